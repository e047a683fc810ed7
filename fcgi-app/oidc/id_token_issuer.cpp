#include "oidc/id_token_issuer.hpp"

#include "json/reader.hpp"
#include "oidc/id_token.hpp"

namespace idp::oidc {

Expected<std::string> OidcIdTokenIssuer::issue(const oauth::EndpointContext& ctx,
                                               const oauth::IdTokenRequest& request) const {
  auto row = ctx.uow.users().find(ctx.tenant_id, request.user_sub);
  if (!row) return fail("the user no longer exists");
  auto doc = json::parse_object(row->payload);
  if (!doc) return fail("stored user is not valid JSON: " + doc.error());
  auto user = domain::parse_user(*doc);
  if (!user) return fail("stored user does not parse: " + user.error());
  user->sub = request.user_sub;
  return issue_id_token({ctx.server, ctx.server_keys, request.client, *user, ctx.now,
                         request.auth_time, request.nonce, request.access_token, request.code,
                         request.scopes, request.amr});
}

}  // namespace idp::oidc
