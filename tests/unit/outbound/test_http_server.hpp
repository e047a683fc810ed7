#pragma once
// A small real HTTP/1.1 server for the outbound client's tests: a listening socket on 127.0.0.1
// (or [::1]) with an ephemeral port, one thread per connection, keep-alive unless the answer
// says "Connection: close". The handler sees each request and returns the raw answer bytes, or
// nullopt to never answer (the connection is held open until the server stops).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace idp::test {

struct ReceivedRequest {
  std::string method;
  std::string target;
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;

  std::string header(std::string_view name) const {
    for (const auto& [n, v] : headers)
      if (n == name) return v;
    return {};
  }
  bool has_header(std::string_view name) const {
    for (const auto& h : headers)
      if (h.first == name) return true;
    return false;
  }
};

using Handler = std::function<std::optional<std::string>(const ReceivedRequest&)>;

// A complete answer with Content-Length.
inline std::string http_response(int status, std::string_view body,
                                 const std::vector<std::string>& header_lines = {}) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " Test\r\n";
  for (const auto& line : header_lines) out += line + "\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out += body;
  return out;
}

class TestHttpServer {
 public:
  explicit TestHttpServer(Handler handler, bool ipv6 = false) : m_handler(std::move(handler)) {
    m_listen = socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0) throw std::runtime_error("socket failed");
    if (ipv6) {
      sockaddr_in6 a{};
      a.sin6_family = AF_INET6;
      a.sin6_addr = in6addr_loopback;
      bind_and_listen(reinterpret_cast<sockaddr*>(&a), sizeof a);
    } else {
      sockaddr_in a{};
      a.sin_family = AF_INET;
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      bind_and_listen(reinterpret_cast<sockaddr*>(&a), sizeof a);
    }
    m_host = ipv6 ? "[::1]" : "127.0.0.1";
    m_thread = std::thread([this] { accept_loop(); });
  }

  ~TestHttpServer() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
    std::vector<std::thread> threads;
    {
      std::lock_guard lock(m_mutex);
      threads.swap(m_connection_threads);
    }
    for (auto& t : threads) t.join();
    close(m_listen);
  }

  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  std::uint16_t port() const { return m_port; }
  // "http://127.0.0.1:PORT" + path, or with another host name that resolves to the server.
  std::string url(std::string_view path = "/", std::string_view host = {}) const {
    return "http://" + std::string(host.empty() ? m_host : host) + ":" + std::to_string(m_port) +
           std::string(path);
  }
  std::vector<ReceivedRequest> requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
  }
  int connections() const { return m_connections; }

 private:
  void bind_and_listen(const sockaddr* address, socklen_t length) {
    if (bind(m_listen, address, length) != 0 || listen(m_listen, 64) != 0)
      throw std::runtime_error("bind/listen failed");
    sockaddr_storage bound{};
    socklen_t size = sizeof bound;
    getsockname(m_listen, reinterpret_cast<sockaddr*>(&bound), &size);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                               : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  }

  // Waits until `fd` is readable; false when the server is stopping.
  bool wait_readable(int fd) const {
    while (!m_stop) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 20) > 0) return true;
    }
    return false;
  }

  void accept_loop() {
    while (wait_readable(m_listen)) {
      const int fd = accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      ++m_connections;
      std::lock_guard lock(m_mutex);
      m_connection_threads.emplace_back([this, fd] {
        serve(fd);
        close(fd);
      });
    }
  }

  // Reads one request; nullopt when the peer closed or the server stops.
  std::optional<ReceivedRequest> read_request(int fd, std::string& buffer) const {
    std::size_t header_end;
    while ((header_end = buffer.find("\r\n\r\n")) == std::string::npos) {
      if (!read_more(fd, buffer)) return std::nullopt;
    }
    ReceivedRequest r;
    std::string_view head(buffer.data(), header_end);
    std::size_t line_end = head.find("\r\n");
    const std::string_view request_line = head.substr(0, line_end);
    const std::size_t sp1 = request_line.find(' ');
    const std::size_t sp2 = request_line.find(' ', sp1 + 1);
    r.method = std::string(request_line.substr(0, sp1));
    r.target = std::string(request_line.substr(sp1 + 1, sp2 - sp1 - 1));
    std::size_t content_length = 0;
    while (line_end != std::string_view::npos) {
      const std::size_t start = line_end + 2;
      line_end = head.find("\r\n", start);
      const std::string_view line = head.substr(start, line_end - start);
      const std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string name(line.substr(0, colon));
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      if (name == "content-length") content_length = std::stoul(std::string(value));
      r.headers.emplace_back(std::move(name), std::string(value));
    }
    buffer.erase(0, header_end + 4);
    while (buffer.size() < content_length)
      if (!read_more(fd, buffer)) return std::nullopt;
    r.body = buffer.substr(0, content_length);
    buffer.erase(0, content_length);
    return r;
  }

  bool read_more(int fd, std::string& buffer) const {
    if (!wait_readable(fd)) return false;
    char chunk[4096];
    const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  void serve(int fd) {
    std::string buffer;
    while (auto request = read_request(fd, buffer)) {
      {
        std::lock_guard lock(m_mutex);
        m_requests.push_back(*request);
      }
      const std::optional<std::string> answer = m_handler(*request);
      if (!answer) {
        while (wait_readable(fd)) {
          char sink[256];
          if (recv(fd, sink, sizeof sink, 0) <= 0) return;
        }
        return;
      }
      std::size_t sent = 0;
      while (sent < answer->size()) {
        const ssize_t n = ::send(fd, answer->data() + sent, answer->size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;  // the client gave up (e.g. over its size limit)
        sent += static_cast<std::size_t>(n);
      }
      if (answer->find("Connection: close") != std::string::npos) return;
    }
  }

  Handler m_handler;
  int m_listen = -1;
  std::uint16_t m_port = 0;
  std::string m_host;
  std::atomic<bool> m_stop{false};
  std::atomic<int> m_connections{0};
  std::thread m_thread;
  mutable std::mutex m_mutex;
  std::vector<std::thread> m_connection_threads;
  std::vector<ReceivedRequest> m_requests;
};

// Answers whatever arrives first on one connection with fixed bytes, then closes it (a server
// that does not speak the protocol the client expects).
class OneReplyServer {
 public:
  explicit OneReplyServer(std::string reply) {
    m_listen = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_listen < 0 || bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        listen(m_listen, 4) != 0)
      throw std::runtime_error("bind/listen failed");
    socklen_t size = sizeof a;
    getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &size);
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this, reply = std::move(reply)] {
      pollfd p{m_listen, POLLIN, 0};
      if (poll(&p, 1, 5'000) <= 0) return;
      const int fd = accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) return;
      pollfd q{fd, POLLIN, 0};
      char sink[4096];
      if (poll(&q, 1, 5'000) > 0) (void)recv(fd, sink, sizeof sink, 0);
      (void)::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
      close(fd);
    });
  }
  ~OneReplyServer() {
    m_thread.join();
    close(m_listen);
  }
  OneReplyServer(const OneReplyServer&) = delete;
  OneReplyServer& operator=(const OneReplyServer&) = delete;
  std::uint16_t port() const { return m_port; }

 private:
  int m_listen = -1;
  std::uint16_t m_port = 0;
  std::thread m_thread;
};

}  // namespace idp::test
