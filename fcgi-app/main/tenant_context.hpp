#pragma once
// A tenant's configuration as request code reads it: parsed and defaulted once, immutable but for
// its cache of parsed clients, shared by copies. Loaded from the tenant, authorization-server and
// oauth authentication-policy rows of the request's transaction; the published documents are
// rendered once here.
#include <memory>
#include <optional>
#include <string>

#include "base/expected.hpp"
#include "domain/authentication_policy.hpp"
#include "domain/authorization_server.hpp"
#include "domain/tenant.hpp"
#include "http/cors.hpp"
#include "identity/configuration_cache.hpp"
#include "jose/jwks.hpp"
#include "oauth/client_cache.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::main {

class TenantContext {
 public:
  struct Parts {
    domain::Tenant tenant;
    domain::AuthorizationServer server;
    jose::Jwks jwks;  // the authorization server's keys (private halves included)
    http::CorsPolicy cors;
    std::string discovery_document;  // published, rendered once
    std::string public_jwks;
    std::optional<domain::AuthenticationPolicy> oauth_policy;    // the enabled "oauth" one
    mutable oauth::ClientCache clients;                          // filled as clients are looked up
    mutable identity::ConfigurationCache identity_verification;  // compiled on first use
  };
  explicit TenantContext(std::shared_ptr<const Parts> parts) : m_parts(std::move(parts)) {}

  const std::string& id() const { return m_parts->tenant.id; }
  const domain::Tenant& tenant() const { return m_parts->tenant; }
  const domain::AuthorizationServer& server() const { return m_parts->server; }
  const jose::Jwks& jwks() const { return m_parts->jwks; }
  const http::CorsPolicy& cors() const { return m_parts->cors; }
  const std::string& discovery_document() const { return m_parts->discovery_document; }
  const std::string& public_jwks() const { return m_parts->public_jwks; }
  oauth::ClientCache& clients() const { return m_parts->clients; }
  identity::ConfigurationCache& identity_verification() const {
    return m_parts->identity_verification;
  }
  const std::optional<domain::AuthenticationPolicy>& oauth_policy() const {
    return m_parts->oauth_policy;
  }

 private:
  std::shared_ptr<const Parts> m_parts;
};

// Fails (with a message for a 404 answer) when the tenant does not exist, is disabled, or has no
// authorization server; a stored configuration that no longer parses is an infrastructure error
// and throws.
Expected<TenantContext> load_tenant_context(ports::UnitOfWork& uow, const std::string& tenant_id);

}  // namespace idp::main
