#pragma once
#include <string>

namespace idp::main {

// `idp-fcgi serve`: the prefork master. Binds the FastCGI socket, keeps `workers` worker
// processes alive (a dead worker is replaced at once), reloads on SIGHUP (a new generation of
// workers starts with freshly read settings while the old one drains), and on SIGTERM or SIGINT
// drains every worker and exits. Returns the process exit code.
int run_master(const std::string& settings_path);

}  // namespace idp::main
