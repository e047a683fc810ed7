#include "oauth/introspection.hpp"

#include <rapidjson/document.h>

#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::oauth {
namespace {

struct FoundToken {
  ports::TokenRecord record;
  bool is_refresh = false;
};

// token_type_hint only orders the lookups (RFC 7662 §2.1, RFC 7009 §2.1).
std::optional<FoundToken> find_token(const EndpointContext& ctx, std::string_view token,
                                     std::optional<std::string_view> hint) {
  std::string hash = token_hash(token);
  auto& tokens = ctx.uow.tokens();
  bool refresh_first = hint == std::optional<std::string_view>("refresh_token");
  for (bool refresh : {refresh_first, !refresh_first}) {
    auto found = refresh ? tokens.find_by_refresh_hash(ctx.tenant_id, hash)
                         : tokens.find_by_access_hash(ctx.tenant_id, hash);
    if (found) return FoundToken{std::move(*found), refresh};
  }
  return std::nullopt;
}

bool active(const EndpointContext& ctx, const FoundToken& t) {
  if (t.record.revoked) return false;
  std::int64_t exp =
      t.is_refresh ? t.record.refresh_token_expires_at : t.record.access_token_expires_at;
  return exp > ctx.now;
}

struct Authenticated {
  AuthenticatedClient client;
  std::string token;
  std::optional<std::string> hint;
};

OAuthResult<Authenticated> authenticate(const EndpointContext& ctx, const http::Request& request) {
  auto form = http::oauth_form_body(request);
  if (!form) return oauth_fail(OAuthErrorCode::invalid_request, form.error().description);
  auto client = authenticate_client(ctx, request, *form);
  if (!client) return fail_with_error(client.error());
  auto token = form->get("token");
  if (!token) return oauth_fail(OAuthErrorCode::invalid_request, "token is missing");
  std::optional<std::string> hint;
  if (auto h = form->get("token_type_hint")) hint = std::string(*h);
  return Authenticated{std::move(*client), std::string(*token), hint};
}

http::Response json_answer(const rapidjson::Document& doc) {
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response introspection_endpoint(const EndpointContext& ctx, const http::Request& request) {
  auto req = authenticate(ctx, request);
  if (!req) return to_response(req.error());
  auto found = find_token(ctx, req->token, req->hint);

  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  if (!found || !active(ctx, *found)) {
    doc.AddMember("active", false, a);
    return json_answer(doc);
  }
  const ports::TokenRecord& t = found->record;
  doc.AddMember("active", true, a);
  if (!t.scope.empty()) doc.AddMember("scope", json::string_value(t.scope, a), a);
  doc.AddMember("client_id", json::string_value(t.client_id, a), a);
  doc.AddMember("token_type", rapidjson::StringRef(found->is_refresh ? "refresh_token" : "Bearer"),
                a);
  doc.AddMember("exp", found->is_refresh ? t.refresh_token_expires_at : t.access_token_expires_at,
                a);
  doc.AddMember("iat", t.issued_at, a);
  doc.AddMember("sub", json::string_value(t.user_sub.empty() ? t.client_id : t.user_sub, a), a);
  doc.AddMember("iss", json::string_value(ctx.server.issuer, a), a);
  doc.AddMember("jti", json::string_value(t.id, a), a);
  // idp-server answers the access token's verified_claims (access_token_selective_verified_claims)
  // here too, so that a resource server with an opaque token sees what a JWT would carry.
  if (!found->is_refresh && t.payload.find("verified_claims") != std::string::npos)
    if (auto payload = json::parse(t.payload); payload && payload->IsObject())
      if (auto it = payload->FindMember("verified_claims");
          it != payload->MemberEnd() && it->value.IsObject())
        doc.AddMember("verified_claims", rapidjson::Value(it->value, a), a);
  return json_answer(doc);
}

http::Response revocation_endpoint(const EndpointContext& ctx, const http::Request& request) {
  auto req = authenticate(ctx, request);
  if (!req) return to_response(req.error());
  if (auto found = find_token(ctx, req->token, req->hint)) {
    // RFC 7009 §2.1: only the client the token was issued to may revoke it.
    if (found->record.client_id != req->client.client.client_id)
      return to_response(
          {OAuthErrorCode::unauthorized_client, "the token was not issued to this client", false});
    // RFC 7009 §2.1: a refresh token takes the access tokens of its grant with it; an access token
    // takes the refresh token issued with it.
    if (found->is_refresh)
      ctx.uow.tokens().revoke_grant(ctx.tenant_id, found->record.grant_id, ctx.now);
    else
      ctx.uow.tokens().revoke(ctx.tenant_id, found->record.id, ctx.now);
  }
  ctx.uow.commit();
  http::Response r = http::Response::json(200, "{}");
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth
