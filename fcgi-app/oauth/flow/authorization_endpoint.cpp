#include "oauth/flow/authorization_endpoint.hpp"

#include <rapidjson/document.h>

#include "base/strings.hpp"
#include "crypto/random.hpp"
#include "domain/stored.hpp"
#include "domain/token_policy.hpp"
#include "http/body.hpp"
#include "json/writer.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/flow/transaction.hpp"
#include "oauth/token/access_token.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oauth {
namespace {

http::Response shown_error(int status, std::string_view error, std::string_view description) {
  http::Response r = http::Response::error(status, error, description);
  r.mark_token_bearing();
  return r;
}

ResponseParams with_state_and_iss(const EndpointContext& ctx, ResponseParams params,
                                  const std::string& state) {
  if (!state.empty()) params.emplace_back("state", state);
  if (auto iss = response_iss(ctx.server)) params.emplace_back("iss", *iss);
  return params;
}

// Errors about the client or the redirect URI are shown; the rest go to the verified redirect URI.
http::Response authorization_error(const EndpointContext& ctx, const AuthorizationError& e) {
  if (!e.redirectable) return shown_error(400, error_string(e.error.code), e.error.description);
  http::Response r = error_redirect(e, response_iss(ctx.server));
  r.mark_token_bearing();
  return r;
}

std::string params_json(const http::Params& params) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  for (const auto& [k, v] : params)
    doc.AddMember(json::string_value(k, a), json::string_value(v, a), a);
  return json::write(doc);
}

http::Params params_of(const std::string& stored) {
  auto doc = domain::stored_object(stored, "authorization request");
  http::Params params;
  for (const auto& m : doc.GetObject())
    params.add(m.name.GetString(), m.value.IsString() ? m.value.GetString() : "");
  return params;
}

struct Reloaded {
  ports::AuthorizationRequestRecord record;
  domain::Client client;
  AuthorizationRequest request;
};

// The open transaction `id`, validated again against the current configuration.
Expected<Reloaded, http::Response> reload(const EndpointContext& ctx,
                                          const http::Request& http_request, std::string_view id) {
  auto transaction = open_transaction(ctx, http_request, id);
  if (!transaction) return Unexpected<http::Response>{to_response(transaction.error())};
  auto client = find_client(ctx, transaction->client_id);
  auto validated = validate_authorization_request(params_of(transaction->payload),
                                                  client ? &*client : nullptr, ctx.server);
  if (!validated) return Unexpected<http::Response>{authorization_error(ctx, validated.error())};
  return Reloaded{std::move(*transaction), std::move(*client), std::move(*validated)};
}

// What the UI sends the browser to: the redirect URI with the response in its query or fragment;
// for form_post the bare redirect URI and the parameters to post.
http::Response interaction_answer(const AuthorizationRequest& request,
                                  const ResponseParams& params) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("status", "success", a);
  if (request.response_mode == "form_post") {
    doc.AddMember("redirect_uri", json::string_value(request.redirect_uri, a), a);
    doc.AddMember("response_mode", "form_post", a);
    rapidjson::Value parameters(rapidjson::kObjectType);
    for (const auto& [k, v] : params)
      parameters.AddMember(json::string_value(k, a), json::string_value(v, a), a);
    doc.AddMember("parameters", parameters, a);
  } else {
    doc.AddMember(
        "redirect_uri",
        json::string_value(
            authorization_response_uri(request.redirect_uri, request.response_mode, params), a),
        a);
  }
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response authorization_endpoint(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& request) {
  // RFC 6749 §3.1: GET must be supported; POST with a form body may be.
  auto params = request.method == "POST" ? http::oauth_form_body(request)
                                         : [&]() -> http::HttpExpected<http::Params> {
    auto p = http::parse_oauth_params(request.query);
    if (!p) return http::fail_with(http::bad_request(p.error()));
    return std::move(*p);
  }();
  if (!params)
    return shown_error(params.error().status, "invalid_request", params.error().description);

  std::optional<domain::Client> client;
  if (auto id = params->get("client_id")) client = find_client(ctx, *id);
  auto validated = validate_authorization_request(*params, client ? &*client : nullptr, ctx.server);
  if (!validated) return authorization_error(ctx, validated.error());
  if (validated->has_prompt(Prompt::none)) {
    // OIDC Core §3.1.2.6: without an existing session nothing can be answered silently.
    AuthorizationError e;
    e.error.code = OAuthErrorCode::login_required;
    e.error.description = "the user is not signed in";
    e.redirectable = true;
    e.redirect_uri = validated->redirect_uri;
    e.response_mode = validated->response_mode;
    e.state = validated->state.value_or("");
    return authorization_error(ctx, e);
  }

  auto& random = crypto::system_random();
  std::string browser = random.random_token(32);
  ports::AuthorizationRequestRecord record;
  record.id = random.uuid_v4();
  record.client_id = validated->client_id;
  record.payload = params_json(*params);
  record.browser_hash = token_hash(browser);
  record.created_at = ctx.now;
  const std::int64_t lifetime = ctx.server.extension.oauth_authorization_request_expires_in;
  record.expires_at = ctx.now + lifetime;
  ctx.uow.authorization_requests().insert(ctx.tenant_id, record);
  ctx.uow.commit();

  const auto& ui = tenant.ui_config;
  http::Response r =
      http::Response::redirect(302, ui.base_url.value_or("") + ui.signin_page + "?id=" + record.id +
                                        "&tenant_id=" + ctx.tenant_id);
  if (auto ok =
          http::add_set_cookie(r, transaction_cookie(tenant.session_config, browser, lifetime));
      !ok)
    throw std::runtime_error("transaction cookie: " + ok.error());
  r.mark_token_bearing();
  return r;
}

http::Response authorize(const EndpointContext& ctx, const http::Request& http_request,
                         std::string_view id) {
  auto t = reload(ctx, http_request, id);
  if (!t) return t.error();
  const AuthorizationRequest& req = t->request;
  if (t->record.user_sub.empty())
    return shown_error(400, "invalid_request", "the user has not authenticated for this request");
  if (!ctx.uow.authorization_requests().complete(ctx.tenant_id, id, ctx.now))
    return shown_error(400, "invalid_request", "the authorization request was already completed");

  ResponseParams params;
  std::string code;
  if (req.response_type.code) {
    code = crypto::system_random().random_token(32);
    rapidjson::Document p(rapidjson::kObjectType);
    auto& a = p.GetAllocator();
    if (req.redirect_uri_sent)
      p.AddMember("redirect_uri", json::string_value(req.redirect_uri, a), a);
    p.AddMember("scope", json::string_value(join(req.scopes), a), a);
    if (req.nonce) p.AddMember("nonce", json::string_value(*req.nonce, a), a);
    if (req.code_challenge) {
      p.AddMember("code_challenge", json::string_value(*req.code_challenge, a), a);
      p.AddMember("code_challenge_method",
                  json::string_value(to_string(*req.code_challenge_method), a), a);
    }
    if (req.claims) p.AddMember("claims", json::string_value(*req.claims, a), a);
    p.AddMember("auth_time", t->record.authenticated_at, a);
    p.AddMember("amr", json::string_value(t->record.amr, a), a);
    const auto policy = domain::token_policy(ctx.server, t->client);
    ctx.uow.authorization_codes().insert(
        ctx.tenant_id, {token_hash(code), t->client.client_id, t->record.user_sub, json::write(p),
                        ctx.now + policy.authorization_code_valid_duration, false, ""});
    params.emplace_back("code", code);
  }
  std::string access_token;
  if (req.response_type.token) {
    auto tokens = issue_tokens(ctx, {"implicit", t->client, t->record.user_sub, req.scopes, false});
    if (!tokens) return to_response(tokens.error());
    access_token = tokens->access_token;
    params.emplace_back("access_token", access_token);
    params.emplace_back("token_type", "Bearer");
    params.emplace_back("expires_in", std::to_string(tokens->expires_in));
  }
  if (req.response_type.id_token && ctx.id_tokens) {
    auto id_token = ctx.id_tokens->issue(
        ctx, {t->client, t->record.user_sub, t->record.authenticated_at, req.nonce.value_or(""),
              access_token, code, req.scopes, t->record.amr});
    if (!id_token) return shown_error(500, "server_error", id_token.error());
    params.emplace_back("id_token", *id_token);
  }
  ctx.uow.commit();
  return interaction_answer(req,
                            with_state_and_iss(ctx, std::move(params), req.state.value_or("")));
}

http::Response deny(const EndpointContext& ctx, const http::Request& http_request,
                    std::string_view id) {
  auto t = reload(ctx, http_request, id);
  if (!t) return t.error();
  if (!ctx.uow.authorization_requests().complete(ctx.tenant_id, id, ctx.now))
    return shown_error(400, "invalid_request", "the authorization request was already completed");
  ctx.uow.commit();
  AuthorizationError denied;
  denied.error = {OAuthErrorCode::access_denied, "the user denied the request", false};
  denied.state = t->request.state.value_or("");
  return interaction_answer(t->request, error_params(denied, response_iss(ctx.server)));
}

http::Response view_data(const EndpointContext& ctx, const http::Request& http_request,
                         std::string_view id) {
  auto t = reload(ctx, http_request, id);
  if (!t) return t.error();
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("client_id", json::string_value(t->client.client_id, a), a);
  if (t->client.client_name)
    doc.AddMember("client_name", json::string_value(*t->client.client_name, a), a);
  if (t->client.client_uri)
    doc.AddMember("client_uri", json::string_value(*t->client.client_uri, a), a);
  if (t->client.logo_uri) doc.AddMember("logo_uri", json::string_value(*t->client.logo_uri, a), a);
  if (t->client.policy_uri)
    doc.AddMember("policy_uri", json::string_value(*t->client.policy_uri, a), a);
  if (t->client.tos_uri) doc.AddMember("tos_uri", json::string_value(*t->client.tos_uri, a), a);
  rapidjson::Value scopes(rapidjson::kArrayType);
  for (const auto& s : t->request.scopes) scopes.PushBack(json::string_value(s, a), a);
  doc.AddMember("scopes", scopes, a);
  doc.AddMember("authenticated", !t->record.user_sub.empty(), a);
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth
