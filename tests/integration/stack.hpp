#pragma once
// The stack under test, described by the environment tests/run.sh sets.
#include <sys/types.h>
#include <functional>
#include <string>
#include <vector>

namespace idp::test {

struct Stack {
  std::string root;      // repository
  std::string var;       // the stack's folder (pki/, pg/, run/, idp.json)
  std::string bin;       // idp-fcgi
  std::string base_url;  // https://localhost:PORT
  std::string mtls_url;
  std::string ca_cert;

  std::string settings() const { return var + "/idp.json"; }
  // libpq conninfo for a database role of the stack (idp_app, idp_owner, idp_control, postgres).
  std::string conninfo(const std::string& role) const;
};

const Stack& stack();

std::string read_file(const std::string& path);
std::string uuid();                                  // a random UUID
std::string data_path(const std::string& relative);  // tests/data/…

// pid of the idp-fcgi master and of its live worker processes.
pid_t master_pid();
std::vector<pid_t> worker_pids();

// Whether `holds` becomes true within 2 s (checked every 50 ms). A configuration change reaches
// the other workers by PostgreSQL notification, a moment after the write that made it.
bool eventually(const std::function<bool()>& holds);

// Runs a command line; returns the exit status and fills `output` with stdout+stderr.
int run(const std::string& command, std::string& output);

// The admin tenant of the stack, bootstrapped once per test run through
// POST /v1/admin/initialization (see bootstrap_test.cpp).
struct AdminTenant {
  std::string organization_id;
  std::string tenant_id;
  std::string client_id;
  std::string client_secret;
  std::string user_email;
  std::string user_password;
  std::string allowed_origin;  // the tenant's one CORS origin
};
const AdminTenant& admin_tenant();

// Imports idp-server's examples/e2e/test-tenant/ once per test run (idp-fcgi import).
void import_e2e_test_tenant();

}  // namespace idp::test
