#include "oauth/flow/authorization_decision.hpp"

#include <rapidjson/document.h>

#include "base/strings.hpp"
#include "crypto/random.hpp"
#include "domain/token_policy.hpp"
#include "http/body.hpp"
#include "json/writer.hpp"
#include "oauth/flow/acr.hpp"
#include "oauth/flow/consent.hpp"
#include "oauth/flow/op_session.hpp"
#include "oauth/flow/open_request.hpp"
#include "oauth/token/access_token.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oauth {
namespace {

std::string code_payload(const AuthorizationRequest& req, const Authentication& auth,
                         const std::vector<std::string>& scopes, const std::string& acr) {
  rapidjson::Document p(rapidjson::kObjectType);
  auto& a = p.GetAllocator();
  if (req.redirect_uri_sent)
    p.AddMember("redirect_uri", json::string_value(req.redirect_uri, a), a);
  p.AddMember("scope", json::string_value(join(scopes), a), a);
  if (req.nonce) p.AddMember("nonce", json::string_value(*req.nonce, a), a);
  if (req.code_challenge) {
    p.AddMember("code_challenge", json::string_value(*req.code_challenge, a), a);
    p.AddMember("code_challenge_method",
                json::string_value(to_string(*req.code_challenge_method), a), a);
  }
  if (req.claims) p.AddMember("claims", json::string_value(*req.claims, a), a);
  p.AddMember("auth_time", auth.auth_time, a);
  p.AddMember("amr", json::string_value(auth.amr, a), a);
  if (!auth.session_id.empty()) p.AddMember("sid", json::string_value(auth.session_id, a), a);
  if (!acr.empty()) p.AddMember("acr", json::string_value(acr, a), a);
  return json::write(p);
}

// The optional body of authorize: {"denied_scopes": [...]}; the scopes the user allowed.
Expected<std::vector<std::string>, http::Response> allowed_scopes(const http::Request& request,
                                                                  const AuthorizationRequest& req) {
  if (request.body.empty()) return req.scopes;
  auto body = http::json_object_body(request);
  if (!body) return Unexpected<http::Response>{body.error().to_response()};
  std::vector<std::string> denied;
  if (auto it = body->FindMember("denied_scopes"); it != body->MemberEnd()) {
    if (!it->value.IsArray())
      return Unexpected<http::Response>{
          shown_error(400, "invalid_request", "denied_scopes must be an array of scopes")};
    for (const auto& s : it->value.GetArray())
      if (s.IsString()) denied.emplace_back(s.GetString(), s.GetStringLength());
  }
  std::vector<std::string> allowed;
  for (const auto& s : req.scopes)
    if (!contains(denied, s)) allowed.push_back(s);
  return allowed;
}

http::Response complete_with(const EndpointContext& ctx, const OpenRequest& t,
                             const Authentication& auth, const std::vector<std::string>& scopes) {
  if (!ctx.uow.authorization_requests().complete(ctx.tenant_id, t.record.id, ctx.now))
    return shown_error(400, "invalid_request", "the authorization request was already completed");
  auto params = issue_authorization_response(ctx, t.client, t.request, auth, scopes);
  if (!params) return shown_error(500, "server_error", params.error());
  remember_consent(ctx, auth.user_sub, t.client.client_id, scopes);
  ctx.uow.commit();
  return interaction_answer(t.request, *params);
}

}  // namespace

Expected<ResponseParams> issue_authorization_response(const EndpointContext& ctx,
                                                      const domain::Client& client,
                                                      const AuthorizationRequest& req,
                                                      const Authentication& auth,
                                                      const std::vector<std::string>& scopes) {
  ResponseParams params;
  const std::string acr = reached_acr(ctx, req, auth.amr);
  std::string code;
  if (req.response_type.code) {
    code = crypto::system_random().random_token(32);
    const auto policy = domain::token_policy(ctx.server, client);
    ctx.uow.authorization_codes().insert(
        ctx.tenant_id,
        {token_hash(code), client.client_id, auth.user_sub, code_payload(req, auth, scopes, acr),
         ctx.now + policy.authorization_code_valid_duration, false, ""});
    params.emplace_back("code", code);
  }
  std::string access_token;
  if (req.response_type.token) {
    Grant grant{"implicit", client, auth.user_sub, scopes, false};
    grant.claims = req.claims.value_or("");
    auto tokens = issue_tokens(ctx, grant);
    if (!tokens) return fail(tokens.error().description);
    access_token = tokens->access_token;
    params.emplace_back("access_token", access_token);
    params.emplace_back("token_type", "Bearer");
    params.emplace_back("expires_in", std::to_string(tokens->expires_in));
  }
  if (req.response_type.id_token && ctx.id_tokens) {
    IdTokenRequest id{client,       auth.user_sub, auth.auth_time, req.nonce.value_or(""),
                      access_token, code,          scopes,         auth.amr};
    id.sid = auth.session_id;
    id.acr = acr;
    id.claims = req.claims.value_or("");
    auto id_token = ctx.id_tokens->issue(ctx, id);
    if (!id_token) return fail(id_token.error());
    params.emplace_back("id_token", *id_token);
  }
  return with_state_and_iss(ctx, std::move(params), req);
}

http::Response authorize(const EndpointContext& ctx, const http::Request& http_request,
                         std::string_view id) {
  auto t = reopen(ctx, http_request, id);
  if (!t) return t.error();
  if (t->record.user_sub.empty())
    return shown_error(400, "invalid_request", "the user has not authenticated for this request");
  auto scopes = allowed_scopes(http_request, t->request);
  if (!scopes) return scopes.error();
  return complete_with(
      ctx, *t,
      {t->record.user_sub, t->record.authenticated_at, t->record.amr, t->record.session_id},
      *scopes);
}

http::Response authorize_with_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& http_request, std::string_view id) {
  auto t = reopen(ctx, http_request, id);
  if (!t) return t.error();
  auto session = current_session(ctx, tenant, http_request);
  if (!session) return shown_error(400, "invalid_request", "the browser has no sign-in session");
  if (auto refusal = session_refusal(*session, t->request, t->client, ctx))
    return shown_error(400, "invalid_request", *refusal);
  Authentication auth{session->user_sub, session->authenticated_at, session->amr, session->id};
  ctx.uow.authorization_requests().set_authenticated(ctx.tenant_id, id, auth.user_sub,
                                                     auth.auth_time, auth.amr, auth.session_id);
  return complete_with(ctx, *t, auth, t->request.scopes);
}

http::Response deny(const EndpointContext& ctx, const http::Request& http_request,
                    std::string_view id) {
  auto t = reopen(ctx, http_request, id);
  if (!t) return t.error();
  if (!ctx.uow.authorization_requests().complete(ctx.tenant_id, id, ctx.now))
    return shown_error(400, "invalid_request", "the authorization request was already completed");
  ctx.uow.commit();
  AuthorizationError denied;
  denied.error = {OAuthErrorCode::access_denied, "the user denied the request", false};
  denied.state = t->request.state.value_or("");
  return interaction_answer(t->request, error_params(denied, response_iss(ctx.server)), "denied");
}

}  // namespace idp::oauth
