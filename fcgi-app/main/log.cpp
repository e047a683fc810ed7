#include "main/log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "base/time_text.hpp"

namespace idp::main {
namespace {

int g_fd = 2;

std::string timestamp() {
  return utc_timestamp(std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count());
}

void emit(std::string line) {
  line += '\n';
  [[maybe_unused]] auto n = ::write(g_fd, line.data(), line.size());
}

// Starts a JSON line with the fields every line carries.
class Line {
 public:
  explicit Line(std::string_view event) : m_writer(m_buffer) {
    m_writer.StartObject();
    field("time", timestamp());
    field("event", event);
    m_writer.Key("pid");
    m_writer.Int(static_cast<int>(::getpid()));
  }
  Line& field(std::string_view key, std::string_view value) {
    m_writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    m_writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    return *this;
  }
  Line& integer(std::string_view key, int value) {
    m_writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    m_writer.Int(value);
    return *this;
  }
  Line& milliseconds(std::string_view key, double value) {
    m_writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    m_writer.SetMaxDecimalPlaces(3);
    m_writer.Double(value);
    return *this;
  }
  void emit_line() {
    m_writer.EndObject();
    emit(std::string(m_buffer.GetString(), m_buffer.GetSize()));
  }

 private:
  rapidjson::StringBuffer m_buffer;
  rapidjson::Writer<rapidjson::StringBuffer> m_writer;
};

}  // namespace

void open_access_log(const std::string& path) {
  if (path.empty()) return;
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd >= 0) g_fd = fd;
}

void log_event(std::string_view event, std::initializer_list<LogField> fields) {
  Line line(event);
  for (const auto& [k, v] : fields) line.field(k, v);
  line.emit_line();
}

void log_access(const AccessRecord& r) {
  Line line("request");
  line.field("request_id", r.request_id)
      .field("tenant_id", r.tenant_id)
      .field("method", r.method)
      .field("route", r.route)
      .field("client_cert", r.client_cert)
      .integer("status", r.status)
      .milliseconds("duration_ms", r.duration_ms)
      .emit_line();
}

}  // namespace idp::main
