#include "main/master.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

#include "fastcgi/fcgi_server.hpp"
#include "main/log.hpp"
#include "main/worker.hpp"

namespace idp::main {
namespace {

using Clock = std::chrono::steady_clock;

struct WorkerProcess {
  int generation;
  Clock::time_point started;
  std::optional<Clock::time_point> kill_after;  // set once asked to drain
};

class Master {
 public:
  Master(std::string settings_path, Settings settings, int listen_fd, int signal_fd)
      : m_path(std::move(settings_path)),
        m_settings(std::move(settings)),
        m_listen_fd(listen_fd),
        m_signal_fd(signal_fd) {}

  int run() {
    for (int i = 0; i < m_settings.workers; ++i) spawn();
    log_event("master_started", {{"workers", std::to_string(m_settings.workers)},
                                 {"threads", std::to_string(m_settings.threads)},
                                 {"socket", m_settings.socket_path}});
    while (!(m_stopping && m_workers.empty())) {
      pollfd p{m_signal_fd, POLLIN, 0};
      ::poll(&p, 1, 200);
      if (p.revents & POLLIN) read_signals();
      reap();
      enforce_drain_deadlines();
      if (!m_stopping) refill();
    }
    log_event("master_stopped", {});
    return 0;
  }

 private:
  void spawn() {
    pid_t pid = ::fork();
    if (pid < 0) {
      log_event("fork_failed", {{"error", std::strerror(errno)}});
      return;
    }
    if (pid == 0) {
      ::close(m_signal_fd);
      ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive the master
      sigset_t none;
      sigemptyset(&none);
      ::sigprocmask(SIG_SETMASK, &none, nullptr);
      run_worker(m_settings, m_listen_fd);
    }
    m_workers[pid] = {m_generation, Clock::now(), std::nullopt};
  }

  void read_signals() {
    signalfd_siginfo info;
    while (::read(m_signal_fd, &info, sizeof(info)) == sizeof(info)) {
      switch (info.ssi_signo) {
        case SIGHUP:
          reload();
          break;
        case SIGTERM:
        case SIGINT:
          stop();
          break;
        default:
          break;  // SIGCHLD: reap() runs after every wake-up
      }
    }
  }

  void reload() {
    if (m_stopping) return;
    auto fresh = load_settings(m_path);
    if (!fresh) {
      log_event("reload_refused", {{"error", fresh.error()}});
      return;
    }
    m_settings = std::move(*fresh);
    ++m_generation;
    drain_all_except(m_generation);
    for (int i = 0; i < m_settings.workers; ++i) spawn();
    log_event("reloaded", {{"generation", std::to_string(m_generation)}});
  }

  void stop() {
    if (m_stopping) return;
    m_stopping = true;
    log_event("master_stopping", {});
    drain_all_except(-1);
  }

  void drain_all_except(int generation) {
    auto deadline = Clock::now() + std::chrono::seconds(m_settings.drain_seconds);
    for (auto& [pid, w] : m_workers) {
      if (w.generation == generation || w.kill_after) continue;
      ::kill(pid, SIGTERM);
      w.kill_after = deadline;
    }
  }

  void reap() {
    int status = 0;
    pid_t pid;
    while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
      auto it = m_workers.find(pid);
      if (it == m_workers.end()) continue;
      bool asked = it->second.kill_after.has_value();
      m_workers.erase(it);
      if (!asked) {
        std::string how = WIFSIGNALED(status)
                              ? std::string("signal ") + std::to_string(WTERMSIG(status))
                              : "exit " + std::to_string(WEXITSTATUS(status));
        // Every line carries the pid of the process that writes it (here the master's).
        log_event("worker_died", {{"worker_pid", std::to_string(pid)}, {"status", how}});
      }
    }
  }

  void enforce_drain_deadlines() {
    auto now = Clock::now();
    for (auto& [pid, w] : m_workers)
      if (w.kill_after && now > *w.kill_after) ::kill(pid, SIGKILL);
  }

  // Keeps `workers` live workers of the current generation. A worker that keeps dying right after
  // start (a broken setting, say) is restarted at most once a second.
  void refill() {
    int live = 0;
    for (const auto& [pid, w] : m_workers)
      if (w.generation == m_generation) ++live;
    auto now = Clock::now();
    for (; live < m_settings.workers; ++live) {
      if (now - m_last_spawn < std::chrono::milliseconds(100) &&
          m_rapid_spawns > 2 * m_settings.workers)
        return;
      m_rapid_spawns = (now - m_last_spawn < std::chrono::seconds(1)) ? m_rapid_spawns + 1 : 0;
      m_last_spawn = now;
      spawn();
    }
  }

  std::string m_path;
  Settings m_settings;
  int m_listen_fd;
  int m_signal_fd;
  int m_generation = 0;
  bool m_stopping = false;
  std::map<pid_t, WorkerProcess> m_workers;
  Clock::time_point m_last_spawn{};
  int m_rapid_spawns = 0;
};

}  // namespace

int run_master(const std::string& settings_path) {
  auto settings = load_settings(settings_path);
  if (!settings) {
    std::fprintf(stderr, "idp-fcgi: %s\n", settings.error().c_str());
    return 2;
  }
  open_access_log(settings->access_log);

  sigset_t mask;
  sigemptyset(&mask);
  for (int s : {SIGCHLD, SIGHUP, SIGTERM, SIGINT}) sigaddset(&mask, s);
  ::sigprocmask(SIG_BLOCK, &mask, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
  int signal_fd = ::signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);

  fastcgi::init();
  auto fd = fastcgi::open_socket(settings->socket_path, settings->socket_group, settings->backlog);
  if (!fd) {
    std::fprintf(stderr, "idp-fcgi: %s\n", fd.error().c_str());
    return 1;
  }
  if (!settings->pid_file.empty()) std::ofstream(settings->pid_file) << ::getpid() << "\n";

  std::string socket_path = settings->socket_path;
  std::string pid_file = settings->pid_file;
  int rc = Master(settings_path, std::move(*settings), *fd, signal_fd).run();
  ::unlink(socket_path.c_str());
  if (!pid_file.empty()) ::unlink(pid_file.c_str());
  return rc;
}

}  // namespace idp::main
