#include "oauth/flow/op_session.hpp"

#include "crypto/digest.hpp"
#include "crypto/random.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/flow/id_token_hint.hpp"
#include "oauth/flow/transaction.hpp"
#include "oauth/subject.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::oauth {
namespace {

http::SetCookie session_cookie(const domain::Tenant& tenant, std::string value,
                               std::int64_t max_age) {
  // The same attributes as the transaction cookie, under the session's name.
  http::SetCookie c = transaction_cookie(tenant.session_config, std::move(value), max_age);
  c.name = session_cookie_name(tenant);
  return c;
}

}  // namespace

std::string session_cookie_name(const domain::Tenant& tenant) {
  if (tenant.session_config.cookie_name) return *tenant.session_config.cookie_name;
  return "IDP_SERVER_SESSION_" + tenant.id.substr(0, 8);
}

std::optional<ports::OpSessionRecord> current_session(const EndpointContext& ctx,
                                                      const domain::Tenant& tenant,
                                                      const http::Request& request) {
  auto cookies = http::request_cookies(request);
  auto cookie = cookies.find(session_cookie_name(tenant));
  if (cookie == cookies.end() || cookie->second.empty()) return std::nullopt;
  auto session = ctx.uow.op_sessions().find_by_cookie(ctx.tenant_id, token_hash(cookie->second));
  if (!session || session->ended || session->expires_at <= ctx.now) return std::nullopt;
  return session;
}

Expected<SignIn> start_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                               const http::Request& request, std::string_view user_sub,
                               std::string_view amr) {
  if (auto previous = current_session(ctx, tenant, request)) {
    if (previous->user_sub != user_sub &&
        tenant.session_config.switch_policy == domain::SessionSwitchPolicy::strict)
      return fail("another user is signed in on this browser; sign out first");
    ctx.uow.op_sessions().end(ctx.tenant_id, previous->id, ctx.now);
  }
  auto& random = crypto::system_random();
  std::string value = random.random_token(32);
  const std::int64_t timeout = tenant.session_config.timeout_seconds;
  SignIn s;
  s.session.id = random.uuid_v4();
  s.session.cookie_hash = token_hash(value);
  s.session.user_sub = std::string(user_sub);
  s.session.authenticated_at = ctx.now;
  s.session.amr = std::string(amr);
  s.session.created_at = ctx.now;
  s.session.expires_at = ctx.now + timeout;
  ctx.uow.op_sessions().insert(ctx.tenant_id, s.session);
  s.cookie = session_cookie(tenant, std::move(value), timeout);
  return s;
}

http::SetCookie end_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                            const http::Request& request) {
  if (auto session = current_session(ctx, tenant, request))
    ctx.uow.op_sessions().end(ctx.tenant_id, session->id, ctx.now);
  const auto& config = tenant.session_config;
  return http::SetCookie::removal(session_cookie_name(tenant), config.cookie_path,
                                  config.cookie_domain.value_or(""));
}

std::int64_t effective_max_age(const AuthorizationRequest& request, const domain::Client& client,
                               const domain::AuthorizationServer& server) {
  if (request.max_age) return *request.max_age;
  if (client.default_max_age) return *client.default_max_age;
  return server.extension.default_max_age;
}

std::optional<std::string> session_refusal(const ports::OpSessionRecord& session,
                                           const AuthorizationRequest& request,
                                           const domain::Client& client,
                                           const EndpointContext& ctx) {
  if (request.has_prompt(Prompt::login)) return "prompt=login asks for a new sign-in";
  if (request.has_prompt(Prompt::select_account))
    return "prompt=select_account asks the user to choose an account";
  // max_age=0 asks for a sign-in every time, like prompt=login (OIDC Core §3.1.2.1).
  const std::int64_t max_age = effective_max_age(request, client, ctx.server);
  if (max_age == 0 || ctx.now - session.authenticated_at > max_age)
    return "the sign-in is older than max_age allows";
  if (request.id_token_hint) {
    auto hint = verify_id_token_hint(ctx, *request.id_token_hint);
    if (!hint) return hint.error();
    // The hint carries the sub its audience saw (pairwise or not, OIDC Core §8).
    if (hint->aud().size() != 1) return "id_token_hint must have exactly one audience";
    auto audience = hint->aud().front() == client.client_id ? std::optional<domain::Client>(client)
                                                            : find_client(ctx, hint->aud().front());
    if (!audience) return "id_token_hint was issued to an unknown client";
    auto expected = subject_for(ctx, *audience, session.user_sub);
    if (!expected || hint->sub() != *expected) return "id_token_hint names another user";
  }
  return std::nullopt;
}

}  // namespace idp::oauth
