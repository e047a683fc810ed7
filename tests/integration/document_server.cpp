#include "document_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "stack.hpp"

namespace idp::test {
namespace {

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

bool accepts(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

}  // namespace

DocumentServer::DocumentServer() {
  namespace fs = std::filesystem;
  m_dir = (fs::path(stack().var) / "documents" / uuid()).string();
  fs::create_directories(m_dir);
  m_port = free_port();
  const std::string cert = stack().var + "/pki/server.crt";
  const std::string key = stack().var + "/pki/server.key";
  const std::string port = std::to_string(m_port);
  m_pid = fork();
  if (m_pid == 0) {
    if (chdir(m_dir.c_str()) != 0) _exit(127);
    execlp("openssl", "openssl", "s_server", "-quiet", "-WWW", "-accept", port.c_str(), "-cert",
           cert.c_str(), "-key", key.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 100 && !accepts(m_port); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (!accepts(m_port)) throw std::runtime_error("openssl s_server did not start");
}

DocumentServer::~DocumentServer() {
  if (m_pid > 0) {
    kill(m_pid, SIGTERM);
    waitpid(m_pid, nullptr, 0);
  }
  std::error_code ec;
  std::filesystem::remove_all(m_dir, ec);
}

void DocumentServer::put(const std::string& name, const std::string& content) const {
  std::ofstream(m_dir + "/" + name, std::ios::binary | std::ios::trunc) << content;
}

std::string DocumentServer::url(const std::string& name) const {
  return "https://localhost:" + std::to_string(m_port) + "/" + name;
}

}  // namespace idp::test
