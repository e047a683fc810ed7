#include "main/log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "json/writer.hpp"

namespace idp::main {
namespace {

int g_fd = 2;

std::string timestamp() {
  auto now = std::chrono::system_clock::now();
  auto secs = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

void emit(std::string line) {
  line += '\n';
  [[maybe_unused]] auto n = ::write(g_fd, line.data(), line.size());
}

}  // namespace

void open_access_log(const std::string& path) {
  if (path.empty()) return;
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd >= 0) g_fd = fd;
}

void log_event(std::string_view event, std::initializer_list<LogField> fields) {
  std::string line = "{\"time\":" + json::quote(timestamp()) + ",\"event\":" + json::quote(event) +
                     ",\"pid\":" + std::to_string(::getpid());
  for (const auto& [k, v] : fields) line += "," + json::quote(k) + ":" + json::quote(v);
  line += '}';
  emit(std::move(line));
}

void log_access(const AccessRecord& r) {
  char duration[32];
  std::snprintf(duration, sizeof(duration), "%.3f", r.duration_ms);
  std::string line = "{\"time\":" + json::quote(timestamp()) + ",\"event\":\"request\"" +
                     ",\"request_id\":" + json::quote(r.request_id) +
                     ",\"tenant_id\":" + json::quote(r.tenant_id) +
                     ",\"method\":" + json::quote(r.method) + ",\"route\":" + json::quote(r.route) +
                     ",\"status\":" + std::to_string(r.status) + ",\"duration_ms\":" + duration +
                     ",\"pid\":" + std::to_string(::getpid()) + "}";
  emit(std::move(line));
}

}  // namespace idp::main
