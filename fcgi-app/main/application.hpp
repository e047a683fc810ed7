#pragma once
// The request dispatcher: route table, tenant resolution, CORS, security headers, the FAPI
// interaction id, error boundaries and the access log. One per worker process, shared by its
// threads (it is immutable after construction).
#include <functional>

#include "fastcgi/fcgi_server.hpp"
#include "http/router.hpp"
#include "http_request/executor.hpp"
#include "identity/endpoints.hpp"
#include "main/management_routes.hpp"
#include "main/request_scope.hpp"
#include "main/settings.hpp"
#include "main/tenant_cache.hpp"
#include "oauth/endpoint_context.hpp"
#include "outbound/curl_http_client.hpp"
#include "outbound/document_cache.hpp"
#include "ports/clock.hpp"
#include "ports/token_ledger.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::main {

class Application {
 public:
  explicit Application(const Settings& settings);
  http::Response handle(ports::Store& store, fastcgi::Exchange& exchange) const;
  TenantCache& tenant_cache() const { return m_tenants; }
  // Applies the stored system configuration (PUT /v1/management/system-configurations) to
  // outbound calls: its SSRF guard replaces the one of the settings. Called when a worker starts
  // and when the configuration changes; a database that cannot be read keeps what is in force.
  void apply_system_configuration(ports::Store& store) const;
  // Where client_credentials tokens are written (group commit); without one, each request
  // commits its own.
  void use_token_ledger(ports::TokenLedger* ledger) { m_token_ledger = ledger; }

 private:
  http::Response dispatch(RequestScope& scope, const http::Request& request, std::string& route,
                          std::string& tenant_id) const;
  http::Response preflight(RequestScope& scope, const http::Request& request,
                           std::string& tenant_id) const;
  // What the protocol handlers of the request's tenant work with.
  oauth::EndpointContext context(RequestScope& scope, std::string endpoint_url = {}) const;
  // What the identity-verification handlers of the request's tenant work with.
  identity::Endpoint identity_endpoint(RequestScope& scope) const;
  void add_identity_verification_routes();

  const Settings& m_settings;
  http::Router<Handler> m_router;
  mutable TenantCache m_tenants;
  ports::SystemClock m_clock;
  // Outbound fetches (clients' jwks_uri), shared by the worker's threads.
  mutable outbound::CurlHttpClient m_http;
  mutable outbound::DocumentCache m_documents;
  // Vendor calls of identity verification: tokens of oauth2 vendors, mapping functions' clock and
  // randomness, and the executor that uses them.
  mutable http_request::OAuthTokenCache m_vendor_tokens;
  json::mapping::Environment m_mapping_environment = json::mapping::Environment::system();
  http_request::Executor m_vendor_calls;
  ports::TokenLedger* m_token_ledger = nullptr;
};

}  // namespace idp::main
