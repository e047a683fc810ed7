#include "fastcgi/fcgi_server.hpp"

#include <fcgiapp.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "base/strings.hpp"

namespace idp::fastcgi {
namespace {

std::string param(FCGX_Request& r, const char* name) {
  const char* v = FCGX_GetParam(name, r.envp);
  return v ? std::string(v) : std::string();
}

// Is a server already accepting on this socket path?
bool socket_is_live(const std::string& path) {
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path.c_str(), sizeof(addr.sun_path) - 1);
  bool live = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
  ::close(fd);
  return live;
}

Exchange read_exchange(FCGX_Request& r, std::size_t max_body) {
  Exchange ex;
  http::Request& req = ex.request;
  req.method = param(r, "REQUEST_METHOD");
  std::string uri = param(r, "REQUEST_URI");
  if (auto q = uri.find('?'); q != std::string::npos) {
    req.path = uri.substr(0, q);
    req.query = uri.substr(q + 1);
  } else {
    req.path = uri;
  }
  req.remote_addr = param(r, "REMOTE_ADDR");
  req.scheme = param(r, "HTTPS") == "on" ? "https" : "http";
  req.host = param(r, "HTTP_HOST");
  // Set by nginx from the TLS session; clients cannot inject non-HTTP_ parameters.
  req.client_cert_pem = param(r, "IDP_CLIENT_CERT");

  for (char** e = r.envp; e && *e; ++e) {
    std::string_view kv(*e);
    auto eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view key = kv.substr(0, eq);
    std::string name;
    if (key.substr(0, 5) == "HTTP_") {
      name = to_lower(key.substr(5));
    } else if (key == "CONTENT_TYPE" || key == "CONTENT_LENGTH") {
      name = to_lower(key);
    } else {
      continue;
    }
    for (char& c : name)
      if (c == '_') c = '-';
    req.headers.emplace_back(std::move(name), std::string(kv.substr(eq + 1)));
  }

  std::string length_text = param(r, "CONTENT_LENGTH");
  std::size_t length = 0;
  if (!length_text.empty()) {
    auto [p, ec] =
        std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (ec != std::errc() || p != length_text.data() + length_text.size()) length = max_body + 1;
  }
  if (length > max_body) {
    ex.body_too_large = true;
    return ex;
  }
  req.body.resize(length);
  std::size_t got = 0;
  while (got < length) {
    int n = FCGX_GetStr(req.body.data() + got, static_cast<int>(length - got), r.in);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  req.body.resize(got);
  return ex;
}

// A header value with CR, LF or NUL would split the response (header injection); such a header is
// dropped rather than sent. Handlers never produce one from validated input.
bool safe_header(std::string_view name, std::string_view value) {
  auto bad = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
  return !name.empty() &&
         std::none_of(name.begin(), name.end(), [&](char c) { return bad(c) || c == ':'; }) &&
         std::none_of(value.begin(), value.end(), bad);
}

void write_response(FCGX_Request& r, const http::Response& res) {
  std::string head = "Status: " + std::to_string(res.status) + " ";
  head += http::reason_phrase(res.status);
  head += "\r\n";
  for (const auto& [k, v] : res.headers) {
    if (!safe_header(k, v)) continue;
    head += k;
    head += ": ";
    head += v;
    head += "\r\n";
  }
  head += "\r\n";
  FCGX_PutStr(head.data(), static_cast<int>(head.size()), r.out);
  if (!res.body.empty()) FCGX_PutStr(res.body.data(), static_cast<int>(res.body.size()), r.out);
}

}  // namespace

void init() {
  FCGX_Init();
}

Expected<int> open_socket(const std::string& path, const std::string& group, int backlog) {
  if (socket_is_live(path)) return fail("another server is already listening on " + path);
  int fd = FCGX_OpenSocket(path.c_str(), backlog);
  if (fd < 0) return fail("cannot listen on " + path + ": " + std::strerror(errno));
  if (!group.empty()) {
    if (const struct group* g = ::getgrnam(group.c_str()); g != nullptr) {
      if (::chown(path.c_str(), static_cast<uid_t>(-1), g->gr_gid) != 0)
        return fail("cannot give " + path + " to group " + group + ": " + std::strerror(errno));
    }
  }
  ::chmod(path.c_str(), 0660);
  int flags = ::fcntl(fd, F_GETFL);
  ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  ::fcntl(fd, F_SETFD, FD_CLOEXEC);
  return fd;
}

namespace {

// How long a stopping worker keeps serving the connections nginx still holds open before it gives
// up on them; nginx closes them within keepalive_time + keepalive_timeout (nginx.conf).
constexpr auto k_drain_limit = std::chrono::seconds(5);

// A connection waiting for its next request: readable once, then disarmed until its owner is done.
constexpr std::uint32_t k_parked = EPOLLIN | EPOLLONESHOT;

bool accept_failed_hard(int rc) {
  return rc != -EAGAIN && rc != -EWOULDBLOCK && rc != -EINTR && rc != -ECONNABORTED;
}

void exchange(FCGX_Request& r, std::size_t max_body_bytes, const Handler& handler) {
  Exchange ex = read_exchange(r, max_body_bytes);
  http::Response res = handler(ex);
  write_response(r, res);
  FCGX_Finish_r(&r);
}

}  // namespace

Server::Server(int listen_fd, int stop_fd)
    : m_listen_fd(listen_fd), m_stop_fd(stop_fd), m_epoll(::epoll_create1(EPOLL_CLOEXEC)) {
  // EPOLLEXCLUSIVE: a new connection wakes one worker process, not all of them.
  epoll_event listen_event{};
  listen_event.events = EPOLLIN | EPOLLEXCLUSIVE;
  listen_event.data.fd = listen_fd;
  epoll_event stop_event{};
  stop_event.events = EPOLLIN;
  stop_event.data.fd = stop_fd;
  if (m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, listen_fd, &listen_event) != 0 ||
      ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, stop_fd, &stop_event) != 0)
    throw std::runtime_error(std::string("cannot watch the FastCGI socket: ") +
                             std::strerror(errno));
}

Server::~Server() {
  ::close(m_epoll);
}

void Server::begin_drain() {
  std::lock_guard lock(m_drain_mutex);
  if (m_draining) return;
  // No new connections, and no more wake-ups from the stop signal, which stays readable.
  ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen_fd, nullptr);
  ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_stop_fd, nullptr);
  m_drain_until = std::chrono::steady_clock::now() + k_drain_limit;
  m_draining = true;
}

bool Server::drained() {
  if (!m_draining) return false;
  std::lock_guard lock(m_drain_mutex);
  return m_open == 0 || std::chrono::steady_clock::now() > m_drain_until;
}

void Server::park(int fd, bool first_time) {
  epoll_event e{};
  e.events = k_parked;
  e.data.fd = fd;
  if (first_time) {
    ++m_open;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e);
  } else {
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &e);
  }
}

void Server::serve(std::size_t max_body_bytes, const Handler& handler) {
  // Two request slots: `fresh` accepts new connections; `kept` takes the next request of a
  // connection that nginx keeps open (fastcgi_keep_conn). Kept connections are not tied to a
  // thread: between requests they wait in the worker's epoll set and whichever thread is free
  // takes the next request. libfcgi has no call for this, so its ipcFd (the connection) is set and
  // cleared here; `kept` has no listening socket, so that when nginx has closed the connection,
  // libfcgi closes it too and fails instead of accepting another one.
  FCGX_Request fresh;
  FCGX_InitRequest(&fresh, m_listen_fd, 0);
  FCGX_Request kept;
  FCGX_InitRequest(&kept, -1, 0);
  while (!drained()) {
    epoll_event e{};
    int n = ::epoll_wait(m_epoll, &e, 1, 200);
    if (n < 0 && errno != EINTR) break;
    if (n <= 0) continue;
    if (e.data.fd == m_stop_fd) {
      begin_drain();
    } else if (e.data.fd == m_listen_fd) {
      // Non-blocking: EAGAIN when another thread or worker took the connection.
      if (int rc = FCGX_Accept_r(&fresh); rc < 0) {
        // Out of descriptors or memory: pause instead of spinning on a socket that stays readable.
        if (accept_failed_hard(rc)) ::poll(nullptr, 0, 50);
        continue;
      }
      exchange(fresh, max_body_bytes, handler);
      if (fresh.ipcFd >= 0) park(fresh.ipcFd, true);
      fresh.ipcFd = -1;
    } else {
      kept.ipcFd = e.data.fd;
      kept.keepConnection = 1;  // so that starting this request does not close the connection
      if (FCGX_Accept_r(&kept) < 0) {
        --m_open;  // nginx closed it, and so did libfcgi
        continue;
      }
      exchange(kept, max_body_bytes, handler);
      if (kept.ipcFd >= 0)
        park(kept.ipcFd, false);
      else
        --m_open;
      kept.ipcFd = -1;
    }
  }
  FCGX_Free(&fresh, 1);
  FCGX_Free(&kept, 1);
}

}  // namespace idp::fastcgi
