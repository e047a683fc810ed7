#include "stack.hpp"

#include <dirent.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "http_client.hpp"
#include "json/reader.hpp"

namespace idp::test {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) throw std::runtime_error(std::string(name) + " is not set: run tests/run.sh");
  return v;
}

}  // namespace

std::string uuid() {
  std::string u = read_file("/proc/sys/kernel/random/uuid");
  while (!u.empty() && u.back() == '\n') u.pop_back();
  return u;
}

const Stack& stack() {
  static const Stack s{env("IDP_TEST_ROOT"),     env("IDP_TEST_VAR"),      env("IDP_TEST_BIN"),
                       env("IDP_TEST_BASE_URL"), env("IDP_TEST_MTLS_URL"), env("IDP_TEST_CA")};
  return s;
}

std::string Stack::conninfo(const std::string& role) const {
  auto doc = json::parse_object(read_file(settings()));
  std::string app = (*doc)["database_app"].GetString();
  return std::regex_replace(app, std::regex("user=[a-z_]+"), "user=" + role);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string data_path(const std::string& relative) {
  return std::string(IDP_TEST_DATA_DIR) + "/" + relative;
}

pid_t master_pid() {
  return static_cast<pid_t>(std::stol(read_file(stack().var + "/run/idp-fcgi.pid")));
}

std::vector<pid_t> worker_pids() {
  pid_t master = master_pid();
  std::vector<pid_t> pids;
  DIR* proc = opendir("/proc");
  while (dirent* e = readdir(proc)) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    std::ifstream stat(std::string("/proc/") + e->d_name + "/stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
    auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state;
    pid_t ppid;
    rest >> state >> ppid;
    if (ppid == master && state != 'Z') pids.push_back(static_cast<pid_t>(std::stol(e->d_name)));
  }
  closedir(proc);
  return pids;
}

bool eventually(const std::function<bool()>& holds) {
  for (int attempt = 0; attempt < 40; ++attempt) {
    if (holds()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return holds();
}

int run(const std::string& command, std::string& output) {
  output.clear();
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) output.append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The admin tenant that deploy/lib/bootstrap.sh made (tests/run.sh bootstraps the stack as
// ./deploy/run.sh does), else one initialized here with the same template.
const AdminTenant& admin_tenant() {
  static const AdminTenant admin = [] {
    if (std::ifstream bootstrapped(stack().var + "/admin-credentials.json"); bootstrapped) {
      auto creds = json::parse_object(read_file(stack().var + "/admin-credentials.json"));
      if (!creds) throw std::runtime_error("admin-credentials.json: " + creds.error());
      auto value = [&](const char* name) { return std::string((*creds)[name].GetString()); };
      return AdminTenant{value("admin_organization_id"),
                         value("admin_tenant_id"),
                         value("admin_client_id"),
                         value("admin_client_secret"),
                         value("admin_user_email"),
                         value("admin_user_password"),
                         value("base_url")};
    }
    AdminTenant a{uuid(),
                  uuid(),
                  uuid(),
                  "s3cret-" + uuid(),
                  "admin@example.test",
                  "Adm1n-" + uuid(),
                  "https://console.example.test"};
    const std::string base = stack().base_url;
    std::string vars =
        "ADMIN_ORGANIZATION_ID=" + a.organization_id + " ADMIN_TENANT_ID=" + a.tenant_id +
        " ADMIN_USER_SUB=" + uuid() + " ADMIN_USER_EMAIL=" + a.user_email +
        " ADMIN_USER_PASSWORD=" + a.user_password + " ADMIN_CLIENT_ID=" + a.client_id +
        " ADMIN_CLIENT_ID_ALIAS=admin-console ADMIN_CLIENT_SECRET=" + a.client_secret +
        " AUTHORIZATION_SERVER_URL=" + base + " UI_BASE_URL=" + base +
        "/auth-views ALLOW_ORIGINS='\"https://console.example.test\"'"
        " SERVER_JWKS_ESCAPED= ADMIN_CLIENT_JWKS_ESCAPED="
        " ADMIN_CLIENT_REDIRECT_URIS='\"https://console.example.test/callback\"'"
        " TOKEN_SIGNED_KEY= ID_TOKEN_SIGNED_KEY=";
    std::string body;
    int rc = run("env " + vars + " " + stack().bin + " substitute " + stack().root +
                     "/deploy/admin/initial.json",
                 body);
    if (rc != 0) throw std::runtime_error("substitute failed: " + body);
    auto settings = json::parse_object(read_file(stack().settings()));
    HttpRequest r;
    r.method = "POST";
    r.url = base + "/v1/admin/initialization";
    r.headers = {"Content-Type: application/json"};
    r.body = body;
    r.basic_user = (*settings)["api_key"].GetString();
    r.basic_password = (*settings)["api_secret"].GetString();
    HttpResponse res = send(r);
    if (res.status != 201)
      throw std::runtime_error("admin initialization answered " + std::to_string(res.status) +
                               ": " + res.body);
    return a;
  }();
  return admin;
}

void import_e2e_test_tenant() {
  static bool done = false;
  if (done) return;
  std::string out;
  if (run(stack().bin + " import " + data_path("idp-server-config/examples/e2e/test-tenant") +
              " --settings " + stack().settings(),
          out) != 0)
    throw std::runtime_error("import of the e2e test tenant failed: " + out);
  done = true;
}

}  // namespace idp::test
