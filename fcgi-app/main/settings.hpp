#pragma once
// The server's own settings (not tenant configuration): where the database and the FastCGI socket
// are, how many processes and threads, limits, and the bootstrap API credentials. Read from a
// JSON file (deploy/run.sh writes var/idp.json) when the master starts and again on SIGHUP.
#include <string>

#include "base/expected.hpp"
#include "domain/system_configuration.hpp"

namespace idp::main {

struct Settings {
  std::string database_app;      // libpq conninfo for the request path (role idp_app)
  std::string database_owner;    // for migrations (role idp_owner)
  std::string database_control;  // control-plane cross-tenant reads (role idp_control)
  std::string socket_path = "var/run/idp-fcgi.sock";
  std::string socket_group = "www-data";
  int backlog = 1024;
  int workers = 2;
  int threads = 4;
  std::size_t max_body_bytes = 1u << 20;
  int drain_seconds = 30;  // how long old workers may finish in-flight requests
  // Tenants whose parsed configuration a worker keeps (about 35 KB each).
  int tenant_cache_size = 1000;
  std::string api_key;  // HTTP Basic credentials of POST /v1/admin/initialization
  std::string api_secret;
  std::string migrations_dir = "db/migrations";
  std::string access_log;  // file path; empty means standard error
  std::string pid_file;
  // Outbound HTTP (a client's jwks_uri, sector_identifier_uri): extra trust anchors (PEM) besides
  // the system's, and whether private, loopback and link-local addresses may be reached (the
  // SSRF guard refuses them unless this is true).
  std::string outbound_ca_file;
  bool outbound_allow_private_networks = false;
  // The secret in pairwise subject identifiers (OIDC Core §8.1); api_secret when absent.
  std::string pairwise_salt;
};

// The SSRF guard these settings ask for.
domain::SsrfProtection outbound_ssrf_protection(const Settings& settings);

Expected<Settings> load_settings(const std::string& path);

}  // namespace idp::main
