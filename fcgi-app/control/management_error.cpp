#include "control/management_error.hpp"

#include "json/writer.hpp"

namespace idp::control {

http::Response management_error(int status, std::string_view error, std::string_view description,
                                const std::vector<std::string>& messages) {
  std::string body = "{\"error\":";
  body += json::quote(error);
  body += ",\"error_description\":";
  body += json::quote(description);
  if (!messages.empty()) {
    body += ",\"error_messages\":[";
    for (std::size_t i = 0; i < messages.size(); ++i) {
      if (i) body += ',';
      body += json::quote(messages[i]);
    }
    body += ']';
  }
  body += '}';
  return http::Response::json(status, std::move(body));
}

http::Response invalid_request(const std::string& problems) {
  std::vector<std::string> messages;
  std::size_t start = 0;
  while (start <= problems.size()) {
    std::size_t end = problems.find("; ", start);
    if (end == std::string::npos) end = problems.size();
    if (end > start) messages.push_back(problems.substr(start, end - start));
    start = end + 2;
  }
  return management_error(400, "invalid_request", "the configuration is not valid", messages);
}

}  // namespace idp::control
