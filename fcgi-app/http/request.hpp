#pragma once
// An HTTP request as the application sees it, independent of FastCGI.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace idp::http {

using Header = std::pair<std::string, std::string>;  // name in lower case

struct Request {
  std::string method;  // upper case: GET, POST, …
  std::string path;    // raw path, without the query string
  std::string query;   // raw query string, without '?'
  std::vector<Header> headers;
  std::string body;
  std::string client_cert_pem;  // verified at the TLS layer by nginx; empty when none was sent
  std::string remote_addr;
  std::string scheme = "https";
  std::string host;

  // First header of that name (case-insensitive), if any.
  std::optional<std::string_view> header(std::string_view name) const;
  // The media type of Content-Type in lower case, without parameters ("" when absent).
  std::string media_type() const;
};

}  // namespace idp::http
