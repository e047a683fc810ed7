#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"

namespace idp::http {

struct Response {
  int status = 200;
  std::vector<Header> headers;  // names as sent
  std::string body;

  // Replaces any header of the same name (case-insensitive).
  void set_header(std::string_view name, std::string_view value);
  void add_header(std::string_view name, std::string_view value);
  std::optional<std::string_view> header(std::string_view name) const;

  static Response json(int status, std::string body);
  // {"error": code, "error_description": description} (RFC 6749 §5.2 shape).
  static Response error(int status, std::string_view code, std::string_view description);
  static Response redirect(int status, std::string_view location);
};

std::string_view reason_phrase(int status);

}  // namespace idp::http
