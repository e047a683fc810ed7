#pragma once
// The server's own settings (not tenant configuration): where the database and the FastCGI socket
// are, how many processes and threads, limits, and the bootstrap API credentials. Read from a
// JSON file (deploy/run.sh writes var/idp.json) when the master starts and again on SIGHUP.
#include <string>

#include "base/expected.hpp"

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
  std::string api_key;     // HTTP Basic credentials of POST /v1/admin/initialization
  std::string api_secret;
  std::string migrations_dir = "db/migrations";
  std::string access_log;  // file path; empty means standard error
  std::string pid_file;
};

Expected<Settings> load_settings(const std::string& path);

}  // namespace idp::main
