#include "oauth/flow/id_token_hint.hpp"

#include "jose/jws.hpp"

namespace idp::oauth {

Expected<jose::JwtClaims> verify_id_token_hint(const EndpointContext& ctx, std::string_view hint) {
  auto jws = jose::verify_compact(hint, ctx.server_keys, {.max_length = 64 * 1024});
  if (!jws) return fail("id_token_hint is not an ID token signed by this provider");
  auto claims = jose::JwtClaims::parse(jws->payload);
  if (!claims) return fail("id_token_hint has malformed claims: " + claims.error());
  if (claims->iss() != ctx.server.issuer) return fail("id_token_hint was issued by another issuer");
  if (!claims->sub()) return fail("id_token_hint has no sub");
  return std::move(*claims);
}

}  // namespace idp::oauth
