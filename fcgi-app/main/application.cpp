#include "main/application.hpp"

#include <chrono>
#include <thread>

#include "authn/initial_registration.hpp"
#include "authn/password_authentication.hpp"
#include "authn/password_verifier.hpp"
#include "base/base64.hpp"
#include "base/pem.hpp"
#include "base/strings.hpp"
#include "control/admin_initialization.hpp"
#include "crypto/digest.hpp"
#include "crypto/random.hpp"
#include "domain/stored.hpp"
#include "domain/system_configuration.hpp"
#include "http/cors.hpp"
#include "http/interaction_id.hpp"
#include "http/security_headers.hpp"
#include "main/log.hpp"
#include "main/management_routes.hpp"
#include "oauth/flow/authorization_decision.hpp"
#include "oauth/flow/authorization_endpoint.hpp"
#include "oauth/flow/view_data.hpp"
#include "oauth/introspection.hpp"
#include "oauth/token/token_endpoint.hpp"
#include "oidc/discovery.hpp"
#include "oidc/id_token_issuer.hpp"
#include "oidc/logout.hpp"
#include "oidc/userinfo.hpp"

namespace idp::main {
namespace {

http::RandomBytes random_bytes() {
  return [](std::size_t n) { return crypto::system_random().random_bytes(n); };
}

http::Response health(RequestScope& scope, const http::Request&, const http::PathParams&) {
  scope.uow().system().admin_tenant_id();  // proves the database answers
  return http::Response::json(200, R"({"status":"UP"})");
}

http::Response tenant_health(RequestScope&, const http::Request&, const http::PathParams&) {
  return http::Response::json(200, R"({"status":"UP"})");
}

http::Response discovery(RequestScope& scope, const http::Request&, const http::PathParams&) {
  return oidc::discovery_response(scope.tenant().discovery_document());
}

http::Response jwks(RequestScope& scope, const http::Request&, const http::PathParams&) {
  return oidc::jwks_response(scope.tenant().public_jwks());
}

std::string client_cert_thumbprint(const http::Request& request) {
  if (request.client_cert_pem.empty()) return {};
  auto der = pem_to_der(request.client_cert_pem);
  return der ? base64::encode_url(crypto::sha256(*der)) : "unreadable";
}

const oidc::OidcIdTokenIssuer k_id_tokens;

// The first path segment when it is a tenant id (tenant routes all start with one).
std::string_view first_segment(std::string_view path) {
  if (path.size() < 2 || path[0] != '/') return {};
  path.remove_prefix(1);
  return path.substr(0, path.find('/'));
}

}  // namespace

Application::Application(const Settings& settings)
    : m_settings(settings),
      m_tenants(static_cast<std::size_t>(settings.tenant_cache_size)),
      m_http(outbound_ssrf_protection(settings), {.ca_file = settings.outbound_ca_file}),
      m_documents(m_http, m_clock),
      m_vendor_calls(m_http, m_vendor_tokens, m_mapping_environment, [](std::int64_t ms) {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
      }) {
  m_router.add("GET", "/health", health);
  m_router.add("GET", "/{tenant-id}/v1/health", tenant_health);
  m_router.add("GET", "/{tenant-id}/.well-known/openid-configuration", discovery);
  m_router.add("GET", "/{tenant-id}/v1/jwks", jwks);
  m_router.add(
      "POST", "/{tenant-id}/v1/tokens",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
        const auto& server = scope.tenant().server();
        authn::PasswordGrantAuthenticator owners(scope.tenant().tenant().identity_policy_config);
        auto ctx = context(scope, server.token_endpoint);
        ctx.resource_owners = &owners;
        return oauth::token_endpoint(ctx, request);
      });
  m_router.add("POST", "/{tenant-id}/v1/tokens/introspection",
               [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
                 const auto& server = scope.tenant().server();
                 return oauth::introspection_endpoint(
                     context(scope, domain::introspection_endpoint(server).value_or("")), request);
               });
  m_router.add("POST", "/{tenant-id}/v1/tokens/revocation",
               [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
                 const auto& server = scope.tenant().server();
                 return oauth::revocation_endpoint(
                     context(scope, domain::revocation_endpoint(server).value_or("")), request);
               });
  m_router.add({"GET", "POST"}, "/{tenant-id}/v1/userinfo",
               [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
                 return oidc::userinfo_endpoint(context(scope), request);
               });
  m_router.add({"GET", "POST"}, "/{tenant-id}/v1/authorizations",
               [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
                 const auto& server = scope.tenant().server();
                 return oauth::authorization_endpoint(context(scope, server.authorization_endpoint),
                                                      scope.tenant().tenant(), request);
               });
  m_router.add(
      "POST", "/{tenant-id}/v1/authorizations/{id}/authorize",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return oauth::authorize(context(scope), request, p.at("id"));
      });
  m_router.add(
      "POST", "/{tenant-id}/v1/authorizations/{id}/authorize-with-session",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return oauth::authorize_with_session(context(scope), scope.tenant().tenant(), request,
                                             p.at("id"));
      });
  m_router.add(
      "POST", "/{tenant-id}/v1/authorizations/{id}/deny",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return oauth::deny(context(scope), request, p.at("id"));
      });
  m_router.add(
      "GET", "/{tenant-id}/v1/authorizations/{id}/view-data",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return oauth::view_data(context(scope), scope.tenant().tenant(), request, p.at("id"));
      });
  m_router.add(
      "GET", "/{tenant-id}/v1/authorizations/{id}/authentication-status",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return oauth::authentication_status(context(scope), request, p.at("id"));
      });
  m_router.add(
      "POST", "/{tenant-id}/v1/authorizations/{id}/password-authentication",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return authn::password_authentication(context(scope), scope.tenant().tenant(), request,
                                              p.at("id"));
      });
  m_router.add(
      "POST", "/{tenant-id}/v1/authorizations/{id}/initial-registration",
      [this](RequestScope& scope, const http::Request& request, const http::PathParams& p) {
        return authn::initial_registration(context(scope), scope.tenant().tenant(), request,
                                           p.at("id"));
      });
  m_router.add({"GET", "POST"}, "/{tenant-id}/v1/logout",
               [this](RequestScope& scope, const http::Request& request, const http::PathParams&) {
                 return oidc::logout_endpoint(context(scope), scope.tenant().tenant(), request);
               });
  add_identity_verification_routes();
  add_management_routes(m_router, m_clock);
  m_router.add(
      "POST", "/v1/admin/initialization",
      [&settings](RequestScope& scope, const http::Request& request, const http::PathParams&) {
        control::AdminCredentials credentials{settings.api_key, settings.api_secret};
        return control::initialize_admin(scope.uow(), credentials, request);
      });
}

void Application::apply_system_configuration(ports::Store& store) const {
  try {
    auto uow = store.begin();
    auto stored = uow->system().configuration();
    if (!stored) return;
    auto configuration =
        domain::parse_stored(*stored, "system configuration", domain::parse_system_configuration);
    m_http.set_ssrf_protection(configuration.ssrf_protection);
    m_documents.clear();
    log_event("system_configuration_applied",
              {{"ssrf_protection", configuration.ssrf_protection.enabled ? "on" : "off"}});
  } catch (const std::exception& e) {
    log_event("system_configuration_unreadable", {{"error", e.what()}});
  }
}

oauth::EndpointContext Application::context(RequestScope& scope, std::string endpoint_url) const {
  const TenantContext& t = scope.tenant();
  oauth::EndpointContext ctx{scope.uow(), t.id(),        t.server(),
                             t.jwks(),    m_clock.now(), std::move(endpoint_url),
                             &k_id_tokens};
  ctx.documents = &m_documents;
  ctx.pairwise_salt = m_settings.pairwise_salt;
  ctx.clients = &t.clients();
  ctx.token_ledger = m_token_ledger;
  ctx.oauth_policy = &t.oauth_policy();
  return ctx;
}

identity::Endpoint Application::identity_endpoint(RequestScope& scope) const {
  // Vendor calls of one request end within http_request::k_max_call_ms, below the
  // fastcgi_read_timeout (120 s) of the identity-verification locations in nginx.
  const TenantContext& t = scope.tenant();
  const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count();
  return identity::Endpoint{
      identity::EngineContext{scope.uow(), t.id(), m_vendor_calls, m_mapping_environment, now_ms,
                              [] { return crypto::system_random().uuid_v4(); },
                              now_ms + http_request::k_max_call_ms},
      t.identity_verification()};
}

void Application::add_identity_verification_routes() {
  using Call = std::function<http::Response(identity::Endpoint&, const http::Request&,
                                            const http::PathParams&)>;
  auto add = [this](const char* method, std::string_view base, std::string_view rest, Call call) {
    std::string path(base);
    path += rest;
    m_router.add(method, path,
                 [this, call = std::move(call)](RequestScope& scope, const http::Request& request,
                                                const http::PathParams& p) {
                   auto e = identity_endpoint(scope);
                   return call(e, request, p);
                 });
  };
  constexpr std::string_view me = "/{tenant-id}/v1/me/identity-verification";
  constexpr std::string_view internal = "/{tenant-id}/internal/v1/identity-verification";
  add("POST", me, "/applications/{type}/{process}", [](auto& e, const auto& r, const auto& p) {
    return identity::apply_endpoint(e, r, p.at("type"), p.at("process"));
  });
  add("POST", me, "/applications/{type}/{id}/{process}", [](auto& e, const auto& r, const auto& p) {
    return identity::process_endpoint(e, r, p.at("type"), p.at("id"), p.at("process"));
  });
  add("GET", me, "/applications", [](auto& e, const auto& r, const auto&) {
    return identity::list_applications_endpoint(e, r);
  });
  add("DELETE", me, "/applications/{type}/{id}", [](auto& e, const auto& r, const auto& p) {
    return identity::delete_application_endpoint(e, r, p.at("type"), p.at("id"));
  });
  add("GET", me, "/results",
      [](auto& e, const auto& r, const auto&) { return identity::list_results_endpoint(e, r); });
  add("POST", internal, "/callback/{type}/{process}", [](auto& e, const auto& r, const auto& p) {
    return identity::callback_endpoint(e, r, p.at("type"), "", p.at("process"));
  });
  add("POST", internal, "/callback/{type}/{id}/{process}",
      [](auto& e, const auto& r, const auto& p) {
        return identity::callback_endpoint(e, r, p.at("type"), p.at("id"), p.at("process"));
      });
  add("POST", internal, "/results/{type}/registration", [](auto& e, const auto& r, const auto& p) {
    return identity::registration_endpoint(e, r, p.at("type"));
  });
}

http::Response Application::preflight(RequestScope& scope, const http::Request& request,
                                      std::string& tenant_id) const {
  std::string_view segment = first_segment(request.path);
  if (!is_uuid(segment) || m_router.allowed_methods(request.path).empty())
    return http::Response::error(404, "not_found", "no resource at this path");
  auto tenant =
      m_tenants.get([&]() -> ports::UnitOfWork& { return scope.uow(); }, std::string(segment));
  if (!tenant) return http::Response::error(404, "not_found", tenant.error());
  tenant_id = tenant->id();
  return http::preflight_response(tenant->cors(), request);
}

http::Response Application::dispatch(RequestScope& scope, const http::Request& request,
                                     std::string& route, std::string& tenant_id) const {
  if (http::is_preflight(request)) {
    route = "(preflight)";
    return preflight(scope, request, tenant_id);
  }
  auto match = m_router.match(request);
  if (!match) return match.error().to_response();
  route = std::string(match->path_template);

  if (auto id = match->params.get("tenant-id")) {
    if (!is_uuid(*id)) return http::Response::error(404, "not_found", "tenant id must be a UUID");
    auto tenant =
        m_tenants.get([&]() -> ports::UnitOfWork& { return scope.uow(); }, std::string(*id));
    if (!tenant) return http::Response::error(404, "not_found", tenant.error());
    tenant_id = tenant->id();
    scope.set_tenant(std::move(*tenant));
  }
  http::Response response = (*match->handler)(scope, request, match->params);
  if (scope.has_tenant()) http::apply_cors(scope.tenant().cors(), request, response);
  return response;
}

http::Response Application::handle(ports::Store& store, fastcgi::Exchange& exchange) const {
  auto started = std::chrono::steady_clock::now();
  const http::Request& request = exchange.request;
  std::string route = "(unmatched)";
  std::string tenant_id;
  std::string request_id = http::interaction_id(request, random_bytes());

  http::Response response;
  try {
    if (exchange.body_too_large) {
      response = http::Response::error(413, "invalid_request",
                                       "the request body is larger than " +
                                           std::to_string(m_settings.max_body_bytes) + " bytes");
    } else {
      RequestScope scope(store);
      response = dispatch(scope, request, route, tenant_id);
    }
  } catch (const ports::StoreUnavailable& e) {
    log_event("database_unavailable", {{"request_id", request_id}, {"error", e.what()}});
    response = http::Response::error(503, "temporarily_unavailable",
                                     "the service is temporarily unavailable; retry later");
    response.set_header("Retry-After", "1");
  } catch (const std::exception& e) {
    log_event("request_failed",
              {{"request_id", request_id}, {"route", route}, {"error", e.what()}});
    response = http::Response::error(500, "server_error", "the request could not be processed");
  }

  http::set_interaction_id(response, request_id);
  http::apply_security_headers(request, response);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  log_access({request_id, tenant_id, request.method, route, client_cert_thumbprint(request),
              response.status, ms});
  return response;
}

}  // namespace idp::main
