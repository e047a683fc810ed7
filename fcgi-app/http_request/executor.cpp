#include "http_request/executor.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>

#include "base/strings.hpp"
#include "base/time_text.hpp"
#include "crypto/random.hpp"
#include "http/form.hpp"
#include "http_request/hmac_authorization.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::http_request {
namespace {

std::int64_t millis(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

// A mapped value as header, query or path text: strings as they are, other values as JSON.
std::optional<std::string> text_of(const rapidjson::Value& v) {
  if (v.IsNull()) return std::nullopt;
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  return json::write(v);
}

// RFC 3986 §2.3: everything but unreserved characters is percent-encoded in a path value.
std::string encode_path_value(std::string_view value) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 15];
    }
  }
  return out;
}

std::string url_with_values(std::string url, const rapidjson::Value& values) {
  if (!values.IsObject()) return url;
  for (const auto& m : values.GetObject()) {
    auto value = text_of(m.value);
    if (!value) continue;
    std::string placeholder = "{{";
    placeholder.append(m.name.GetString(), m.name.GetStringLength());
    placeholder += "}}";
    const std::string encoded = encode_path_value(*value);
    for (auto at = url.find(placeholder); at != std::string::npos;
         at = url.find(placeholder, at + encoded.size()))
      url.replace(at, placeholder.size(), encoded);
  }
  return url;
}

// The path of an absolute URL, without query or fragment ("/" when it has none).
std::string_view path_of(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return "/";
  auto slash = url.find('/', scheme + 3);
  if (slash == std::string_view::npos) return "/";
  auto path = url.substr(slash);
  return path.substr(0, path.find_first_of("?#"));
}

bool has_header(const ports::HttpHeaders& headers, std::string_view name) {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& h) { return iequals(h.first, name); });
}

void set_header(ports::HttpHeaders& headers, std::string name, std::string value) {
  std::erase_if(headers, [&](const auto& h) { return iequals(h.first, name); });
  headers.emplace_back(std::move(name), std::move(value));
}

// idp-server's network_error answer for an exchange that failed.
HttpResult network_failure(const ports::OutboundError& error) {
  HttpResult r;
  std::string_view reason = "io_error";
  switch (error.kind) {
    case ports::OutboundErrorKind::connect_failed:
    case ports::OutboundErrorKind::refused_by_policy:
      r.status_code = 503;
      reason = "connection_failed";
      break;
    case ports::OutboundErrorKind::timeout:
      r.status_code = 504;
      reason = "http_timeout";
      break;
    default:
      r.status_code = 502;
  }
  r.failure = std::string(to_string(error.kind));
  auto& a = r.response_body.GetAllocator();
  r.response_body.AddMember("error", "network_error", a);
  r.response_body.AddMember("error_description", json::string_value(error.message, a), a);
  rapidjson::Value info(rapidjson::kObjectType);
  info.AddMember("retryable", true, a);
  info.AddMember("reason", json::string_value(reason, a), a);
  r.response_body.AddMember("retry_info", info, a);
  return r;
}

HttpResult result_of(const ports::OutboundResponse& response) {
  HttpResult r;
  r.status_code = response.status;
  auto& ha = r.response_headers.GetAllocator();
  for (const auto& [name, value] : response.headers) {
    auto it = r.response_headers.FindMember(name.c_str());
    if (it == r.response_headers.MemberEnd()) {
      r.response_headers.AddMember(json::string_value(name, ha),
                                   rapidjson::Value(rapidjson::kArrayType), ha);
      it = r.response_headers.FindMember(name.c_str());
    }
    it->value.PushBack(json::string_value(value, ha), ha);
  }
  // A body that is not JSON (or is empty) reads as an empty object: mapping rules find nothing
  // in it rather than failing the application.
  if (auto body = json::parse(response.body); body && (body->IsObject() || body->IsArray()))
    r.response_body = std::move(*body);
  return r;
}

// RFC 9110 §10.2.3 in its delay-seconds form.
std::optional<std::int64_t> retry_after_seconds(const HttpResult& r) {
  auto it = r.response_headers.FindMember("retry-after");
  if (it == r.response_headers.MemberEnd() || !it->value.IsArray() || it->value.Empty())
    return std::nullopt;
  std::string_view text(it->value[0].GetString(), it->value[0].GetStringLength());
  std::int64_t seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc() || end != text.data() + text.size() || seconds < 0) return std::nullopt;
  return seconds;
}

bool is_retryable(const RetryConfiguration& retry, const HttpResult& r) {
  return std::find(retry.retryable_status_codes.begin(), retry.retryable_status_codes.end(),
                   r.status_code) != retry.retryable_status_codes.end();
}

}  // namespace

struct Executor::Prepared {
  ports::OutboundRequest request;
  std::string path;  // as sent, for the HMAC
};

Executor::Executor(ports::OutboundHttp& http, OAuthTokenCache& tokens,
                   const json::mapping::Environment& environment, Sleep sleep)
    : m_http(http), m_tokens(tokens), m_environment(environment), m_sleep(std::move(sleep)) {}

Executor::Prepared Executor::prepare(const HttpRequestConfig& config,
                                     const rapidjson::Value& context) const {
  Prepared p;
  auto& request = p.request;
  request.method = config.method;
  request.timeout_ms = config.timeout_ms;
  request.url = url_with_values(config.url, config.path_rules.apply(context, m_environment));

  auto headers = config.header_rules.apply(context, m_environment);
  for (const auto& m : headers.GetObject())
    if (auto value = text_of(m.value))
      set_header(request.headers, std::string(m.name.GetString(), m.name.GetStringLength()),
                 std::move(*value));

  if (config.method == "GET") {
    auto query = config.query_rules.apply(context, m_environment);
    std::string q;
    for (const auto& m : query.GetObject()) {
      auto value = text_of(m.value);
      if (!value) continue;
      if (!q.empty()) q += '&';
      q += http::form_encode(std::string_view(m.name.GetString(), m.name.GetStringLength()));
      q += '=';
      q += http::form_encode(*value);
    }
    if (!q.empty()) request.url += (request.url.find('?') == std::string::npos ? '?' : '&') + q;
  } else {
    auto body = config.body_rules.apply(context, m_environment);
    bool form = false;
    for (const auto& [name, value] : request.headers)
      if (iequals(name, "content-type"))
        form = value.starts_with("application/x-www-form-urlencoded");
    if (form) {
      for (const auto& m : body.GetObject()) {
        auto value = text_of(m.value);
        if (!value) continue;
        if (!request.body.empty()) request.body += '&';
        request.body +=
            http::form_encode(std::string_view(m.name.GetString(), m.name.GetStringLength()));
        request.body += '=';
        request.body += http::form_encode(*value);
      }
    } else {
      request.body = json::write(body);
      if (!has_header(request.headers, "content-type"))
        request.headers.emplace_back("Content-Type", "application/json");
    }
  }
  p.path = std::string(path_of(request.url));
  return p;
}

HttpResult Executor::attempt(const HttpRequestConfig& config, const Prepared& prepared,
                             std::int64_t deadline_ms) const {
  ports::OutboundRequest request = prepared.request;
  // Each call (the token request, then the vendor's) gets what is left of the budget.
  auto fit_in_budget = [&]() {
    const std::int64_t remaining = deadline_ms - millis(m_environment.clock());
    request.timeout_ms = std::min(prepared.request.timeout_ms, remaining);
    return remaining >= k_min_call_ms;
  };
  const auto out_of_time = [] {
    return network_failure({ports::OutboundErrorKind::timeout,
                            "the time this request may wait for external services ran out"});
  };
  if (!fit_in_budget()) return out_of_time();
  if (config.auth_type == AuthType::oauth2) {
    auto token =
        m_tokens.token(config.oauth, m_http, millis(m_environment.clock()), request.timeout_ms);
    if (!token) {
      HttpResult r;
      r.status_code = 502;
      r.failure = token.error();
      auto& a = r.response_body.GetAllocator();
      r.response_body.AddMember("error", "token_request_failed", a);
      r.response_body.AddMember("error_description", json::string_value(token.error(), a), a);
      return r;
    }
    set_header(request.headers, "Authorization", "Bearer " + *token);
    if (!fit_in_budget()) return out_of_time();
  } else if (config.auth_type == AuthType::hmac_sha256) {
    const std::string timestamp = utc_timestamp(millis(m_environment.clock()));
    set_header(
        request.headers, "Authorization",
        hmac_authorization(config.hmac, {request.method, prepared.path, timestamp, request.body}));
    set_header(request.headers, "X-Timestamp", timestamp);
    if (!config.hmac.api_key.empty()) set_header(request.headers, "X-Api-Key", config.hmac.api_key);
  }
  auto response = m_http.send(request);
  if (!response) return network_failure(response.error());
  return result_of(*response);
}

HttpResult Executor::execute(const HttpRequestConfig& config, const rapidjson::Value& context,
                             std::int64_t deadline_ms) const {
  Prepared prepared = prepare(config, context);
  if (config.retry.idempotency_required)
    set_header(prepared.request.headers, "Idempotency-Key",
               "idem_" + crypto::system_random().random_token(16));
  const std::int64_t started = millis(m_environment.clock());
  const std::int64_t deadline =
      deadline_ms > 0 ? std::min(deadline_ms, started + k_max_call_ms) : started + k_max_call_ms;
  bool token_renewed = false;
  HttpResult result;
  for (std::int64_t attempt_no = 0;; ++attempt_no) {
    result = attempt(config, prepared, deadline);
    // A vendor that refuses our cached token gets one fresh token, once.
    if (config.auth_type == AuthType::oauth2 && !token_renewed &&
        (result.status_code == 401 || result.status_code == 403)) {
      m_tokens.invalidate(config.oauth);
      token_renewed = true;
      result = attempt(config, prepared, deadline);
    }
    if (result.succeeded() || !is_retryable(config.retry, result) ||
        attempt_no >= config.retry.max_retries)
      break;
    const auto& delays = config.retry.backoff_delays_ms;
    std::int64_t delay = delays.empty()
                             ? 0
                             : delays[std::min<std::size_t>(static_cast<std::size_t>(attempt_no),
                                                            delays.size() - 1)];
    if (auto seconds = retry_after_seconds(result))
      delay = std::min<std::int64_t>(*seconds, 60) * 1000;
    // No retry that could not finish in time: the last answer stands.
    if (millis(m_environment.clock()) + delay + k_min_call_ms > deadline) break;
    m_sleep(delay);
  }
  if (config.success_criteria && result.succeeded()) {
    const auto& criteria = *config.success_criteria;
    if (!criteria.conditions.evaluate(result.response_body))
      result.status_code = criteria.error_status_code;
  }
  return result;
}

}  // namespace idp::http_request
