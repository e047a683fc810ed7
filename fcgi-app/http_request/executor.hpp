#pragma once
// Runs one configured http_request against a mapping context: the URL's {{placeholders}} from the
// path rules (percent-encoded, so a value cannot step out of its path segment), headers, a JSON
// or form body (or, for GET, a query) from the other rules, the configured authentication, and
// retries. The answer enters the caller's context as status_code, response_headers and
// response_body.
//
// Failures never throw: a vendor that cannot be reached or times out is answered as idp-server
// does, by a synthetic status (503 connection failed, 504 timeout, 502 anything else) with a
// network_error body, so every caller handles one shape.
#include <rapidjson/document.h>

#include <cstdint>
#include <functional>
#include <string>

#include "http_request/http_request_config.hpp"
#include "http_request/oauth_token_cache.hpp"
#include "json/mapping/rules.hpp"
#include "ports/outbound_http.hpp"

namespace idp::http_request {

struct HttpResult {
  int status_code = 0;
  rapidjson::Document response_headers{rapidjson::kObjectType};  // name: [values]
  rapidjson::Document response_body{rapidjson::kObjectType};
  // For the operator's log when the exchange itself failed ("timeout", "refused_by_policy"),
  // or the token endpoint did; "" otherwise.
  std::string failure;

  bool succeeded() const { return status_code >= 200 && status_code < 400; }
};

class Executor {
 public:
  using Sleep = std::function<void(std::int64_t milliseconds)>;
  Executor(ports::OutboundHttp& http, OAuthTokenCache& tokens,
           const json::mapping::Environment& environment, Sleep sleep);

  // `deadline_ms` (Unix milliseconds; 0 for none) ends every attempt and retry: the caller's own
  // answer must not wait longer (nginx gives up on a worker after fastcgi_read_timeout).
  HttpResult execute(const HttpRequestConfig& config, const rapidjson::Value& context,
                     std::int64_t deadline_ms = 0) const;

 private:
  struct Prepared;
  Prepared prepare(const HttpRequestConfig& config, const rapidjson::Value& context) const;
  HttpResult attempt(const HttpRequestConfig& config, const Prepared& prepared,
                     std::int64_t deadline_ms) const;

  ports::OutboundHttp& m_http;
  OAuthTokenCache& m_tokens;
  const json::mapping::Environment& m_environment;
  Sleep m_sleep;
};

// The wall-clock budget of one execute(), retries and their delays included, when the caller
// sets no earlier deadline.
constexpr std::int64_t k_max_call_ms = 100'000;
// No call is started with less time than this left.
constexpr std::int64_t k_min_call_ms = 1'000;

}  // namespace idp::http_request
