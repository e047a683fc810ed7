#include "ekyc_vendor.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

namespace idp::test {
namespace {

// The first line the child writes ("listening PORT"), waiting at most 10 s.
std::string first_line(int fd) {
  std::string line;
  char c = 0;
  while (line.size() < 200) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 10'000) <= 0) break;
    if (read(fd, &c, 1) != 1) break;
    if (c == '\n') return line;
    line += c;
  }
  throw std::runtime_error("the eKYC vendor did not start: '" + line + "'");
}

}  // namespace

EkycVendor::EkycVendor() {
  const std::string script = stack().root + "/tests/integration/vendor/ekyc_vendor.mjs";
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  m_pid = fork();
  if (m_pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    setenv("IDP_TEST_CA", stack().ca_cert.c_str(), 1);
    execlp("node", "node", script.c_str(), "0", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string line;
  try {
    line = first_line(out[0]);
  } catch (...) {
    close(out[0]);
    kill(m_pid, SIGTERM);
    waitpid(m_pid, nullptr, 0);
    throw;
  }
  close(out[0]);
  if (line.rfind("listening ", 0) != 0)
    throw std::runtime_error("the eKYC vendor said '" + line + "'");
  m_url = "http://localhost:" + line.substr(10);
}

EkycVendor::~EkycVendor() {
  if (m_pid > 0) {
    kill(m_pid, SIGTERM);
    waitpid(m_pid, nullptr, 0);
  }
}

HttpResponse EkycVendor::control(const std::string& method, const std::string& path,
                                 const std::string& body) const {
  HttpRequest r;
  r.method = method;
  r.url = m_url + path;
  r.body = body;
  if (!body.empty()) r.headers = {"Content-Type: application/json"};
  r.timeout_seconds = 20;
  auto answer = send(r);
  if (answer.status != 200)
    throw std::runtime_error("vendor control " + path + ": " + std::to_string(answer.status) + " " +
                             answer.body + answer.error);
  return answer;
}

rapidjson::Document EkycVendor::requests(const std::string& path_suffix) const {
  auto answer = control("GET", "/__requests" + (path_suffix.empty() ? "" : "?path=" + path_suffix));
  auto doc = json::parse_object(answer.body);
  if (!doc) throw std::runtime_error("vendor /__requests: " + doc.error());
  rapidjson::Document list;
  list.CopyFrom((*doc)["requests"], list.GetAllocator());
  return list;
}

void EkycVendor::behave(const std::string& path, int status, int delay_ms, const std::string& body,
                        int times) const {
  std::string spec = "{\"path\":" + json::quote(path) +
                     ",\"delay_ms\":" + std::to_string(delay_ms) +
                     ",\"times\":" + std::to_string(times);
  if (status != 0) spec += ",\"status\":" + std::to_string(status);
  if (!body.empty()) spec += ",\"body\":" + body;
  spec += "}";
  control("POST", "/__behaviour", spec);
}

long EkycVendor::call_back(const std::string& url, const std::string& username,
                           const std::string& password, const std::string& body,
                           rapidjson::Document& answer) const {
  std::string spec = "{\"url\":" + json::quote(url) + ",\"body\":" + body;
  if (!username.empty())
    spec += ",\"username\":" + json::quote(username) + ",\"password\":" + json::quote(password);
  spec += "}";
  auto reply = json::parse_object(control("POST", "/__callback", spec).body);
  if (!reply) throw std::runtime_error("vendor /__callback: " + reply.error());
  answer.CopyFrom((*reply)["body"], answer.GetAllocator());
  return (*reply)["status"].GetInt64();
}

}  // namespace idp::test
