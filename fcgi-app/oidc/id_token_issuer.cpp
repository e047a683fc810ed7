#include "oidc/id_token_issuer.hpp"

#include "json/writer.hpp"
#include "oauth/client_keys.hpp"
#include "oauth/subject.hpp"
#include "oidc/id_token.hpp"
#include "oidc/id_token_encryption.hpp"
#include "oidc/user_claims.hpp"
#include "oidc/verified_claims_output.hpp"

namespace idp::oidc {

Expected<std::string> OidcIdTokenIssuer::issue(const oauth::EndpointContext& ctx,
                                               const oauth::IdTokenRequest& request) const {
  auto user = find_user(ctx.uow, ctx.tenant_id, request.user_sub);
  if (!user) return fail("the user no longer exists");
  IdTokenInput input{ctx.server,   ctx.server_keys,   request.client, *user,
                     ctx.now,      request.auth_time, request.nonce,  request.access_token,
                     request.code, request.scopes,    request.amr};
  auto subject = oauth::subject_for(ctx, request.client, request.user_sub);
  if (!subject) return fail(subject.error());
  input.subject = std::move(*subject);
  input.sid = request.sid;
  input.acr = request.acr;
  input.claims = request.claims;
  auto signed_token = issue_id_token(input);
  if (!signed_token || !wants_encrypted_id_token(request.client)) return signed_token;
  return encrypt_id_token(*signed_token, request.client,
                          [&] { return oauth::client_public_keys(ctx, request.client); });
}

std::string OidcIdTokenIssuer::access_token_verified_claims(
    const oauth::EndpointContext& ctx, const std::string& user_sub,
    const std::vector<std::string>& scopes) const {
  // Checked before the user is read: most access tokens carry no verified_claims scope.
  if (user_sub.empty() || !wants_access_token_verified_claims(ctx.server, scopes)) return {};
  auto user = find_user(ctx.uow, ctx.tenant_id, user_sub);
  if (!user) return {};
  rapidjson::Document doc;
  auto selected =
      oidc::access_token_verified_claims(ctx.server, *user, scopes, ctx.now, doc.GetAllocator());
  return selected ? json::write(*selected) : std::string();
}

}  // namespace idp::oidc
