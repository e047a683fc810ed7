#include "main/worker.hpp"

#include <malloc.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <thread>
#include <vector>

#include "fastcgi/fcgi_server.hpp"
#include "main/application.hpp"
#include "main/log.hpp"
#include "store/pg/change_listener.hpp"
#include "store/pg/pg_store.hpp"
#include "store/pg/pg_token_ledger.hpp"

namespace idp::main {

void run_worker(const Settings& settings, int listen_fd) {
  // Signals go to one waiting thread; the serving threads never see them.
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGHUP);
  ::pthread_sigmask(SIG_BLOCK, &mask, nullptr);
  ::signal(SIGPIPE, SIG_IGN);

  // Big buffers go back to the system when freed (an Argon2id hash takes 19 MiB): by default glibc
  // raises its mmap threshold to the size of the first such buffer freed and from then on keeps
  // them in the heap, which left a worker at 37 MB after a few sign-ins. Few arenas: the threads
  // of a worker share them instead of each keeping its own free memory.
  ::mallopt(M_MMAP_THRESHOLD, 1 << 20);
  ::mallopt(M_ARENA_MAX, 2);

  int stop_fd = ::eventfd(0, EFD_CLOEXEC);
  Application app(settings);
  auto apply_system_configuration = [&] {
    store::pg::PgStore store(settings.database_app, settings.database_control);
    app.apply_system_configuration(store);
  };
  apply_system_configuration();
  store::pg::ChangeListener listener(settings.database_app,
                                     {[&](const std::string& changed) {
                                        // The payload is a tenant id, or "system" for the system
                                        // configuration.
                                        if (changed == "system")
                                          apply_system_configuration();
                                        else
                                          app.tenant_cache().changed(changed);
                                      },
                                      [&](bool on) {
                                        app.tenant_cache().listening(on);
                                        // A change made before LISTEN took effect (while the
                                        // worker started, or the listener reconnected) was not
                                        // notified: read the configuration again now.
                                        if (on) apply_system_configuration();
                                      }});
  store::pg::PgTokenLedger token_ledger(settings.database_app);
  app.use_token_ledger(&token_ledger);
  log_event("worker_started", {{"threads", std::to_string(settings.threads)}});

  fastcgi::Server server(listen_fd, stop_fd);
  std::vector<std::thread> threads;
  for (int i = 0; i < settings.threads; ++i) {
    threads.emplace_back([&] {
      store::pg::PgStore store(settings.database_app, settings.database_control);
      server.serve(settings.max_body_bytes,
                   [&](fastcgi::Exchange& ex) { return app.handle(store, ex); });
    });
  }

  std::thread([&] {
    int sig = 0;
    do {
      ::sigwait(&mask, &sig);
    } while (sig == SIGHUP);  // reloads are the master's business
    std::uint64_t one = 1;
    [[maybe_unused]] auto n = ::write(stop_fd, &one, sizeof(one));
  }).detach();

  for (auto& t : threads) t.join();
  log_event("worker_stopped", {{"token_batches", std::to_string(token_ledger.batches())},
                               {"tokens_in_batches", std::to_string(token_ledger.tokens())}});
  std::_Exit(0);
}

}  // namespace idp::main
