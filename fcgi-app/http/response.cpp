#include "http/response.hpp"

#include "base/strings.hpp"
#include "json/writer.hpp"

namespace idp::http {

void Response::set_header(std::string_view name, std::string_view value) {
  for (auto& [k, v] : headers)
    if (iequals(k, name)) {
      v = value;
      return;
    }
  add_header(name, value);
}

void Response::add_header(std::string_view name, std::string_view value) {
  headers.emplace_back(std::string(name), std::string(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return std::string_view(v);
  return std::nullopt;
}

Response& Response::mark_token_bearing() {
  caching = Caching::no_store;
  return *this;
}

Response& Response::mark_cacheable(int max_age_seconds) {
  caching = Caching::cacheable;
  cache_max_age = max_age_seconds < 0 ? 0 : max_age_seconds;
  return *this;
}

Response Response::json(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.set_header("Content-Type", "application/json");
  return r;
}

Response Response::error(int status, std::string_view code, std::string_view description) {
  std::string body = "{\"error\":" + json::quote(code);
  if (!description.empty()) body += ",\"error_description\":" + json::quote(description);
  body += '}';
  return json(status, std::move(body));
}

Response Response::redirect(int status, std::string_view location) {
  Response r;
  r.status = status;
  r.set_header("Location", location);
  return r;
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 409:
      return "Conflict";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Entity";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Unknown";
  }
}

}  // namespace idp::http
