#pragma once
// JSON-lines logging: one object per line, written with a single write(2) so lines from many
// threads and processes never interleave. Callers pass only non-secret fields.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace idp::main {

using LogField = std::pair<std::string_view, std::string>;

// Empty path: standard error. Reopened by every process that calls it.
void open_access_log(const std::string& path);

void log_event(std::string_view event, std::initializer_list<LogField> fields);

struct AccessRecord {
  std::string request_id;  // the x-fapi-interaction-id answered
  std::string tenant_id;
  std::string method;
  std::string route;        // path template, never the concrete path (it may carry identifiers)
  std::string client_cert;  // x5t#S256 of the TLS client certificate (RFC 8705 §3.1), if any
  int status = 0;
  double duration_ms = 0;
};

void log_access(const AccessRecord& record);

}  // namespace idp::main
