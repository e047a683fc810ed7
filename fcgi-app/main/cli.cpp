// idp-fcgi: one binary, one subcommand per job.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "main/commands.hpp"
#include "main/master.hpp"

namespace {

constexpr const char* k_usage =
    "usage: idp-fcgi COMMAND [--settings FILE] [options]\n"
    "\n"
    "commands:\n"
    "  serve                      run the FastCGI master and its workers\n"
    "  migrate                    apply db/migrations in order (idempotent)\n"
    "  import PATH                upsert organizations, tenants, authorization servers, clients\n"
    "                             and users from idp-server JSON (a file or a directory);\n"
    "                             ${VAR} placeholders come from the environment; all or nothing\n"
    "  export TENANT_ID [--out DIR] [--with-secrets]\n"
    "                             write a tenant back in the same layout\n"
    "  check-config PATH          validate idp-server JSON without touching the database\n"
    "  substitute FILE            print FILE with ${VAR} placeholders filled from the environment\n"
    "\n"
    "--settings defaults to $IDP_SETTINGS, then var/idp.json.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::fputs(k_usage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  idp::main::CommandLine cl;
  cl.command = args[0];
  const char* env = std::getenv("IDP_SETTINGS");
  cl.settings_path = env ? env : "var/idp.json";
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--settings" || a == "--out") && i + 1 < args.size()) {
      (a == "--settings" ? cl.settings_path : cl.out_dir) = args[++i];
    } else if (a == "--with-secrets") {
      cl.with_secrets = true;
    } else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "idp-fcgi: unknown option %s\n%s", a.c_str(), k_usage);
      return 2;
    } else {
      cl.positional.push_back(a);
    }
  }
  if (cl.command == "serve") return idp::main::run_master(cl.settings_path);
  return idp::main::run_command(cl);
}
