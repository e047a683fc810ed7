#include "json/schema/management_errors.hpp"

#include "json/writer.hpp"

namespace idp::json::schema {
namespace {

// RFC 6901 §4: "~1" → "/", then "~0" → "~".
std::string unescape(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::string field_name(std::string_view location) {
  if (location.empty()) return "request body";
  std::string out;
  std::size_t pos = 0;
  while (pos < location.size()) {
    std::size_t next = location.find('/', pos + 1);
    if (next == std::string_view::npos) next = location.size();
    std::string_view token = location.substr(pos + 1, next - pos - 1);
    if (all_digits(token) && !out.empty()) {
      out += '[';
      out += token;
      out += ']';
    } else {
      if (!out.empty()) out += '.';
      out += unescape(token);
    }
    pos = next;
  }
  return out;
}

std::vector<std::string> error_messages(const std::vector<Violation>& violations) {
  std::vector<std::string> messages;
  messages.reserve(violations.size());
  for (const auto& v : violations) {
    // A stop at a limit is about the whole validation; its message stands alone.
    if (v.keyword.empty())
      messages.push_back(v.message);
    else
      messages.push_back(field_name(v.instance_location) + " " + v.message);
  }
  return messages;
}

std::string management_error_body(const std::vector<Violation>& violations,
                                  std::string_view error_description, std::optional<bool> dry_run) {
  std::string body = "{";
  if (dry_run) body += std::string("\"dry_run\":") + (*dry_run ? "true" : "false") + ",";
  body += "\"error\":\"invalid_request\",\"error_description\":";
  body += quote(error_description);
  body += ",\"error_messages\":[";
  bool first = true;
  for (const auto& message : error_messages(violations)) {
    if (!first) body += ',';
    first = false;
    body += quote(message);
  }
  body += "]}";
  return body;
}

}  // namespace idp::json::schema
