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
#include <cstring>

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

// Whether the stop descriptor has become readable, without waiting.
bool stop_requested(int stop_fd) {
  pollfd p{stop_fd, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0;
}

}  // namespace

void serve(int listen_fd, int stop_fd, std::size_t max_body_bytes, const Handler& handler) {
  // Every thread of every worker waits on the one listening socket. With poll() a connection
  // woke them all and all but one went back to sleep (at 32 threads, most of a core went to
  // context switches); EPOLLEXCLUSIVE wakes one waiter per connection. Since a thread is only
  // woken for connections that arrive while it waits, it first takes whatever is already queued
  // and sleeps only when the queue is empty. Every thread also watches the stop descriptor.
  int ep = ::epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) return;
  epoll_event listen_event{};
  listen_event.events = EPOLLIN | EPOLLEXCLUSIVE;
  listen_event.data.fd = listen_fd;
  epoll_event stop_event{};
  stop_event.events = EPOLLIN;
  stop_event.data.fd = stop_fd;
  if (::epoll_ctl(ep, EPOLL_CTL_ADD, listen_fd, &listen_event) != 0 ||
      ::epoll_ctl(ep, EPOLL_CTL_ADD, stop_fd, &stop_event) != 0) {
    ::close(ep);
    return;
  }
  FCGX_Request r;
  FCGX_InitRequest(&r, listen_fd, 0);
  while (!stop_requested(stop_fd)) {
    // Non-blocking: EAGAIN when nothing is queued (or another thread took it).
    if (int rc = FCGX_Accept_r(&r); rc < 0) {
      if (rc != -EAGAIN && rc != -EWOULDBLOCK && rc != -EINTR && rc != -ECONNABORTED) {
        // Out of descriptors or memory: pause instead of spinning on a listening socket that
        // stays readable.
        ::poll(nullptr, 0, 50);
        continue;
      }
      epoll_event ready[2];
      if (::epoll_wait(ep, ready, 2, 1000) < 0 && errno != EINTR) break;
      continue;
    }
    Exchange ex = read_exchange(r, max_body_bytes);
    http::Response res = handler(ex);
    write_response(r, res);
    FCGX_Finish_r(&r);
  }
  FCGX_Free(&r, 1);
  ::close(ep);
}

}  // namespace idp::fastcgi
