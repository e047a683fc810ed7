#include "oidc/logout.hpp"

#include "base/strings.hpp"
#include "http/body.hpp"
#include "http/cookies.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/flow/id_token_hint.hpp"
#include "oauth/flow/op_session.hpp"
#include "oauth/subject.hpp"

namespace idp::oidc {
namespace {

http::Response refused(std::string_view description) {
  http::Response r = http::Response::error(400, "invalid_request", description);
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response logout_endpoint(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                               const http::Request& request) {
  auto request_params = http::oauth_request_params(request);
  if (!request_params) return refused(request_params.error().description);
  if (!request_params->repeated.empty())
    return refused(http::repeated_parameter(request_params->repeated.front()));
  const http::Params* params = &request_params->params;

  std::optional<jose::JwtClaims> hint;
  if (auto text = params->get("id_token_hint")) {
    auto verified = oauth::verify_id_token_hint(ctx, *text);
    if (!verified) return refused(verified.error());
    hint = std::move(*verified);
  }
  // The client: the hint's audience, and client_id must agree with it (§2).
  std::string client_id;
  if (hint) {
    if (hint->aud().size() != 1) return refused("id_token_hint must have exactly one audience");
    client_id = hint->aud().front();
  }
  if (auto sent = params->get("client_id")) {
    if (!client_id.empty() && *sent != client_id)
      return refused("client_id is not the audience of id_token_hint");
    client_id = std::string(*sent);
  }
  std::optional<domain::Client> client;
  if (!client_id.empty()) {
    client = oauth::find_client(ctx, client_id);
    if (!client) return refused("the client is unknown");
  }
  std::optional<std::string> redirect;
  if (auto uri = params->get("post_logout_redirect_uri")) {
    if (!client)
      return refused(
          "post_logout_redirect_uri needs id_token_hint or client_id to name the client");
    if (!contains(client->post_logout_redirect_uris, *uri))
      return refused("post_logout_redirect_uri is not registered for the client");
    redirect = std::string(*uri);
  }

  http::SetCookie removal = oauth::end_session(ctx, tenant, request);
  // The session the hint was issued in, when the hint's subject is that session's user.
  if (hint && client)
    if (auto sid = hint->string_claim("sid"))
      if (auto session = ctx.uow.op_sessions().find(ctx.tenant_id, *sid)) {
        auto subject = oauth::subject_for(ctx, *client, session->user_sub);
        if (subject && *subject == hint->sub())
          ctx.uow.op_sessions().end(ctx.tenant_id, *sid, ctx.now);
      }
  ctx.uow.commit();

  http::Response r;
  if (redirect) {
    oauth::ResponseParams state;
    if (auto s = params->get("state")) state.emplace_back("state", std::string(*s));
    r = http::Response::redirect(302, oauth::authorization_response_uri(*redirect, "query", state));
  } else {
    r = http::Response::json(200, R"({"status":"logged_out"})");
  }
  if (auto ok = http::add_set_cookie(r, removal); !ok)
    throw std::runtime_error("session cookie removal: " + ok.error());
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oidc
