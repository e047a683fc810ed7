#include "main/tenant_context.hpp"

#include <stdexcept>

#include "domain/discovery_document.hpp"
#include "domain/stored.hpp"
#include "oauth/flow/acr.hpp"

namespace idp::main {
namespace {

http::CorsPolicy cors_policy(const domain::CorsConfig& c) {
  http::CorsPolicy p;
  p.allow_origins = c.allow_origins;
  p.allow_headers = c.allow_headers;
  p.allow_methods = c.allow_methods;
  p.allow_credentials = c.allow_credentials;
  p.expose_headers = "x-fapi-interaction-id";  // FAPI clients read it from browser code too
  return p;
}

}  // namespace

Expected<TenantContext> load_tenant_context(ports::UnitOfWork& uow, const std::string& tenant_id) {
  auto tenant_row = uow.tenants().find(tenant_id);
  // A disabled tenant answers exactly like an unknown one: nothing is served for it.
  if (!tenant_row || !tenant_row->enabled) return fail("tenant " + tenant_id + " not found");
  auto server_row = uow.authorization_servers().find(tenant_id);
  if (!server_row) return fail("tenant " + tenant_id + " has no authorization server");

  auto tenant = domain::parse_stored(tenant_row->payload, "tenant", domain::parse_tenant);
  auto server = domain::parse_stored(server_row->payload, "authorization server",
                                     domain::parse_authorization_server);
  jose::Jwks jwks;
  if (server.jwks) {
    // Checked in full when it was stored (import, management API).
    auto parsed = jose::Jwks::parse(*server.jwks, crypto::KeyCheck::shape);
    if (!parsed) throw std::runtime_error("stored jwks does not parse: " + parsed.error());
    jwks = std::move(*parsed);
  }
  auto parts = std::make_shared<TenantContext::Parts>();
  parts->tenant = std::move(tenant);
  parts->server = std::move(server);
  parts->jwks = std::move(jwks);
  parts->cors = cors_policy(parts->tenant.cors_config);
  parts->discovery_document = domain::discovery_document(parts->server);
  parts->public_jwks = parts->jwks.public_json();
  parts->oauth_policy = oauth::load_oauth_policy(uow, tenant_id);
  return TenantContext(std::move(parts));
}

}  // namespace idp::main
