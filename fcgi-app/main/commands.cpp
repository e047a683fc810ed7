#include "main/commands.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "control/config_export.hpp"
#include "control/config_import.hpp"
#include "control/placeholders.hpp"
#include "main/settings.hpp"
#include "outbound/curl_http_client.hpp"
#include "store/pg/migrator.hpp"
#include "store/pg/pg_store.hpp"

namespace idp::main {
namespace {

int usage_error(const std::string& message) {
  std::fprintf(stderr, "idp-fcgi: %s\n", message.c_str());
  return 2;
}

void print_report(const char* verb, const control::ImportReport& r) {
  std::printf(
      "%s: %d organization(s), %d tenant(s), %d authorization server(s), %d client(s), %d "
      "user(s), %d authentication polic(ies)\n",
      verb, r.organizations, r.tenants, r.authorization_servers, r.clients, r.users,
      r.authentication_policies);
  for (const auto& s : r.skipped) std::printf("skipped: %s\n", s.c_str());
}

int migrate(const Settings& settings) {
  auto report = store::pg::migrate(settings.database_owner, settings.migrations_dir);
  if (!report) return usage_error(report.error()), 1;
  for (const auto& name : report->applied) std::printf("applied %s\n", name.c_str());
  std::printf("database schema is current (%zu migration(s) applied now, %zu before)\n",
              report->applied.size(), report->already_applied);
  return 0;
}

int import(const Settings& settings, const std::string& path) {
  auto failed = [](const std::string& why) {
    std::fprintf(stderr, "idp-fcgi: import failed, nothing was changed: %s\n", why.c_str());
    return 1;
  };
  Expected<control::ImportReport> report = fail("not run");
  try {
    store::pg::PgStore store(settings.database_app, settings.database_control);
    auto uow = store.begin();
    outbound::CurlHttpClient http(outbound_ssrf_protection(settings),
                                  {.ca_file = settings.outbound_ca_file});
    report = control::import_configuration(*uow, path, control::environment_lookup(), &http);
    if (!report) return failed(report.error());
    uow->commit();
  } catch (const std::exception& e) {
    return failed(e.what());
  }
  print_report("imported", *report);
  return 0;
}

int export_tenant(const Settings& settings, const CommandLine& cl) {
  std::string out = cl.out_dir.empty() ? "export-" + cl.positional[0] : cl.out_dir;
  store::pg::PgStore store(settings.database_app, settings.database_control);
  auto uow = store.begin();
  auto report = control::export_tenant(*uow, cl.positional[0], out, cl.with_secrets);
  if (!report) return usage_error(report.error()), 1;
  print_report(
      ("exported to " + out + (cl.with_secrets ? " (with secrets)" : " (without secrets)")).c_str(),
      *report);
  return 0;
}

int check_config(const std::string& path) {
  auto report = control::check_configuration(path, control::environment_lookup());
  if (!report) {
    std::fprintf(stderr, "idp-fcgi: %s\n", report.error().c_str());
    return 1;
  }
  print_report("valid", *report);
  return 0;
}

int substitute(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return usage_error("cannot read " + path), 1;
  std::ostringstream text;
  text << in.rdbuf();
  auto out = control::substitute_placeholders(text.str(), control::environment_lookup());
  if (!out) return usage_error(path + ": " + out.error()), 1;
  std::fwrite(out->data(), 1, out->size(), stdout);
  return 0;
}

}  // namespace

int run_command(const CommandLine& cl) {
  const std::string& c = cl.command;
  auto need = [&](std::size_t n) { return cl.positional.size() == n; };
  if (c == "check-config")
    return need(1) ? check_config(cl.positional[0]) : usage_error("check-config PATH");
  if (c == "substitute")
    return need(1) ? substitute(cl.positional[0]) : usage_error("substitute FILE");
  if (c != "migrate" && c != "import" && c != "export") return usage_error("unknown command " + c);

  auto settings = load_settings(cl.settings_path);
  if (!settings) return usage_error(settings.error()), 1;
  try {
    if (c == "migrate")
      return need(0) ? migrate(*settings) : usage_error("migrate takes no arguments");
    if (c == "import")
      return need(1) ? import(*settings, cl.positional[0]) : usage_error("import PATH");
    return need(1) ? export_tenant(*settings, cl) : usage_error("export TENANT_ID");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "idp-fcgi: %s failed: %s\n", c.c_str(), e.what());
    return 1;
  }
}

}  // namespace idp::main
