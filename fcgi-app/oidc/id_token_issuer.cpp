#include "oidc/id_token_issuer.hpp"

#include "oidc/id_token.hpp"
#include "oidc/user_claims.hpp"

namespace idp::oidc {

Expected<std::string> OidcIdTokenIssuer::issue(const oauth::EndpointContext& ctx,
                                               const oauth::IdTokenRequest& request) const {
  auto user = find_user(ctx.uow, ctx.tenant_id, request.user_sub);
  if (!user) return fail("the user no longer exists");
  IdTokenInput input{ctx.server,   ctx.server_keys,   request.client, *user,
                     ctx.now,      request.auth_time, request.nonce,  request.access_token,
                     request.code, request.scopes,    request.amr};
  input.sid = request.sid;
  input.claims = request.claims;
  return issue_id_token(input);
}

}  // namespace idp::oidc
