#include "oauth/flow/authorization_endpoint.hpp"

#include "base/strings.hpp"
#include "crypto/random.hpp"
#include "http/body.hpp"
#include "http/form.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/flow/authorization_decision.hpp"
#include "oauth/flow/consent.hpp"
#include "oauth/flow/op_session.hpp"
#include "oauth/flow/open_request.hpp"
#include "oauth/flow/transaction.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::oauth {
namespace {

http::Response redirected_error(const EndpointContext& ctx, const AuthorizationRequest& request,
                                OAuthErrorCode code, std::string description) {
  AuthorizationError e;
  e.error.code = code;
  e.error.description = std::move(description);
  e.redirectable = true;
  e.redirect_uri = request.redirect_uri;
  e.response_mode = request.response_mode;
  e.state = request.state.value_or("");
  return authorization_error(ctx, e);
}

// OIDC Core §3.1.2.6: prompt=none is answered at once, from the sign-in session, or with
// login_required / consent_required.
http::Response silent_authorization(const EndpointContext& ctx, const domain::Tenant& tenant,
                                    const http::Request& http_request, const domain::Client& client,
                                    const AuthorizationRequest& request) {
  auto session = current_session(ctx, tenant, http_request);
  if (!session)
    return redirected_error(ctx, request, OAuthErrorCode::login_required,
                            "the user is not signed in");
  if (auto refusal = session_refusal(*session, request, client, ctx))
    return redirected_error(ctx, request, OAuthErrorCode::login_required, *refusal);
  if (consent_required(ctx, session->user_sub, request))
    return redirected_error(ctx, request, OAuthErrorCode::consent_required,
                            "the user has not allowed every requested scope to this client");
  auto params = issue_authorization_response(
      ctx, client, request,
      {session->user_sub, session->authenticated_at, session->amr, session->id}, request.scopes);
  if (!params) return shown_error(500, "server_error", params.error());
  ctx.uow.commit();
  return redirect_answer(request, *params);
}

}  // namespace

http::Response authorization_endpoint(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& request) {
  // RFC 6749 §3.1: GET must be supported; POST with a form body may be.
  auto received = http::oauth_request_params(request);
  if (!received)
    return shown_error(received.error().status, "invalid_request", received.error().description);
  const http::Params* params = &received->params;
  // A repeated client_id or redirect_uri leaves nothing to trust (shown); any other repeat is
  // redirected once the client and the redirect URI are known to be good (RFC 6749 §4.1.2.1).
  for (const auto& name : received->repeated)
    if (name == "client_id" || name == "redirect_uri")
      return shown_error(400, "invalid_request", http::repeated_parameter(name));

  std::optional<domain::Client> client;
  if (auto id = params->get("client_id")) client = find_client(ctx, *id);
  auto validated = validate_authorization_request(*params, client ? &*client : nullptr, ctx.server);
  if (!validated) return authorization_error(ctx, validated.error());
  if (!received->repeated.empty())
    return redirected_error(ctx, *validated, OAuthErrorCode::invalid_request,
                            http::repeated_parameter(received->repeated.front()));
  if (validated->has_prompt(Prompt::none))
    return silent_authorization(ctx, tenant, request, *client, *validated);

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

  // The sign-in pages speak the language the client asked for (OIDC Core §3.1.2.1 ui_locales).
  const auto& ui = tenant.ui_config;
  std::string page = ui.base_url.value_or("") + ui.signin_page + "?id=" + record.id +
                     "&tenant_id=" + ctx.tenant_id;
  if (!validated->ui_locales.empty()) {
    page += "&ui_locales=";
    page += http::form_encode(join(validated->ui_locales, " "));
  }
  http::Response r = http::Response::redirect(302, page);
  if (auto ok =
          http::add_set_cookie(r, transaction_cookie(tenant.session_config, browser, lifetime));
      !ok)
    throw std::runtime_error("transaction cookie: " + ok.error());
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth
