#pragma once
// The only code that knows FastCGI: it accepts requests on the listening socket, turns them into
// http::Request values, and writes http::Response values back.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

#include "base/expected.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::fastcgi {

struct Exchange {
  http::Request request;
  bool body_too_large = false;  // the body was not read: it exceeds the configured limit
};

using Handler = std::function<http::Response(Exchange&)>;

// Process-wide libfcgi initialisation; call once in the master before forking.
void init();

// Binds the unix socket (refusing when another live server answers on it), hands it to `group`
// with mode 0660 so nginx can connect, and makes it non-blocking so that idle threads can also
// watch a stop signal.
Expected<int> open_socket(const std::string& path, const std::string& group, int backlog);

// The FastCGI connections of one worker process, served by all its threads. nginx keeps
// connections open between requests (fastcgi_keep_conn); they wait in one epoll set, so any free
// thread takes the next request of any connection and no thread is tied to an idle one.
class Server {
 public:
  Server(int listen_fd, int stop_fd);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Called by each serving thread. Returns once `stop_fd` has become readable and the worker is
  // drained: no new connection is accepted, and the connections nginx still holds open are served
  // until nginx closes them (a few seconds at most), so no request sent on one is lost. A request
  // in hand is always finished.
  void serve(std::size_t max_body_bytes, const Handler& handler);

 private:
  void begin_drain();
  bool drained();
  void park(int fd, bool first_time);

  int m_listen_fd;
  int m_stop_fd;
  int m_epoll;
  std::atomic<int> m_open{0};  // kept connections, parked or in use
  std::mutex m_drain_mutex;
  std::atomic<bool> m_draining{false};  // read without the mutex on every turn of every thread
  std::chrono::steady_clock::time_point m_drain_until{};
};

}  // namespace idp::fastcgi
