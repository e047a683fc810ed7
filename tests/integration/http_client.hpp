#pragma once
// A small libcurl client for talking to the stack over real HTTPS.
#include <string>
#include <utility>
#include <vector>

namespace idp::test {

struct HttpResponse {
  long status = 0;  // 0: no answer (connection failed or timed out)
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string error;  // curl's message when status is 0

  std::string header(const std::string& name) const;
};

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string body;
  std::string basic_user;  // sends Authorization: Basic when set
  std::string basic_password;
  std::string client_cert;  // PEM files for mTLS
  std::string client_key;
  long timeout_seconds = 10;
};

HttpResponse send(const HttpRequest& request);
HttpResponse get(const std::string& url, std::vector<std::string> headers = {});

}  // namespace idp::test
