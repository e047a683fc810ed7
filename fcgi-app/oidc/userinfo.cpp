#include "oidc/userinfo.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "http/bearer_token.hpp"
#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "oauth/authorization/claims_request.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/scope.hpp"
#include "oauth/subject.hpp"
#include "oauth/token/access_token.hpp"
#include "oidc/user_claims.hpp"
#include "oidc/verified_claims_output.hpp"

namespace idp::oidc {
namespace {

// RFC 6750 §3: the challenge, and the same error as JSON for clients that read bodies.
http::Response bearer_error(int status, std::string_view error, std::string_view description) {
  http::Response r = error.empty() ? http::Response::json(status, "{}")
                                   : http::Response::error(status, error, description);
  std::string challenge = "Bearer realm=\"userinfo\"";
  if (!error.empty()) {
    challenge += ", error=\"" + std::string(error) + "\"";
    if (!description.empty())
      challenge += ", error_description=\"" + std::string(description) + "\"";
  }
  r.set_header("WWW-Authenticate", challenge);
  r.mark_token_bearing();
  return r;
}

// The access token from exactly one of the places RFC 6750 §2 allows.
Expected<std::string> access_token_of(const http::Request& request) {
  auto authorization = request.header("authorization");
  std::optional<std::string> from_body;
  if (request.method == "POST" && request.media_type() == "application/x-www-form-urlencoded") {
    auto form = http::parse_oauth_params(request.body);
    if (!form) return fail(form.error());
    if (auto t = form->get("access_token")) from_body = std::string(*t);
  }
  if (authorization && from_body) return fail("the access token was sent in more than one way");
  if (from_body) return *from_body;
  if (!authorization) return std::string();
  auto token = http::parse_bearer_token(*authorization);
  if (!token) return fail(token.error());
  return *token;
}

}  // namespace

http::Response userinfo_endpoint(const oauth::EndpointContext& ctx, const http::Request& request) {
  auto token = access_token_of(request);
  if (!token) return bearer_error(400, "invalid_request", token.error());
  if (token->empty()) return bearer_error(401, "", "");  // RFC 6750 §3.1: no error code

  auto record = ctx.uow.tokens().find_by_access_hash(ctx.tenant_id, oauth::token_hash(*token));
  if (!record || record->revoked || record->access_token_expires_at <= ctx.now)
    return bearer_error(401, "invalid_token", "the access token is unknown, expired or revoked");
  auto scopes = oauth::parse_scope(record->scope.empty() ? "-" : record->scope);
  bool openid = scopes && contains(*scopes, "openid");
  if (record->user_sub.empty() || !openid)
    return bearer_error(403, "insufficient_scope",
                        "the access token was not issued for OpenID (scope openid)");

  auto user = find_user(ctx.uow, ctx.tenant_id, record->user_sub);
  if (!user) return bearer_error(401, "invalid_token", "the user of this token no longer exists");

  rapidjson::Document claims(rapidjson::kObjectType);
  auto& a = claims.GetAllocator();
  // OIDC Core §5.3.2: the same sub as in the client's ID tokens (pairwise or not).
  auto client = oauth::find_client(ctx, record->client_id);
  if (!client)
    return bearer_error(401, "invalid_token", "the client of this token no longer exists");
  auto subject = oauth::subject_for(ctx, *client, record->user_sub);
  if (!subject) throw std::runtime_error(subject.error());
  claims.AddMember("sub", json::string_value(*subject, a), a);
  add_scope_claims(claims, a, *user, *scopes, ctx.server.extension.custom_claims_scope_mapping);
  add_requested_claims(claims, a, *user, oauth::requested_claim_names(record->claims, "userinfo"));
  add_userinfo_verified_claims(claims, a, ctx.server, *user, record->claims, *scopes, ctx.now);
  http::Response r = http::Response::json(200, json::write(claims));
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oidc
