#pragma once
#include "main/settings.hpp"

namespace idp::main {

// Body of a worker process: `settings.threads` threads, each with its own PostgreSQL connection,
// serve requests on `listen_fd`. SIGTERM stops accepting; requests in hand are finished, then the
// process exits 0. Never returns.
[[noreturn]] void run_worker(const Settings& settings, int listen_fd);

}  // namespace idp::main
