// The vendor-call executor against an in-memory OutboundHttp: what it sends (URL, headers, body,
// authentication) and how it treats answers, failures and retries.
#include "http_request/executor.hpp"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <deque>
#include <string>
#include <vector>

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "http_request/hmac_authorization.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "test_json.hpp"

namespace {

using namespace idp;
using idp::http_request::Executor;
using idp::http_request::HttpRequestConfig;

// Answers in the order given; records every request.
class ScriptedHttp : public ports::OutboundHttp {
 public:
  std::vector<ports::OutboundRequest> sent;
  std::deque<ports::OutboundResult<ports::OutboundResponse>> answers;

  void answer(int status, std::string body, ports::HttpHeaders headers = {}) {
    answers.push_back(ports::OutboundResponse{status, std::move(headers), std::move(body)});
  }
  void fail(ports::OutboundErrorKind kind) {
    answers.push_back(ports::outbound_failure(kind, "http://vendor.test: it failed"));
  }
  ports::OutboundResult<ports::OutboundResponse> send(const ports::OutboundRequest& r) override {
    sent.push_back(r);
    if (answers.empty()) return ports::OutboundResponse{200, {}, "{}"};
    auto next = std::move(answers.front());
    answers.pop_front();
    return next;
  }
};

using test::doc;

HttpRequestConfig config(std::string_view text) {
  auto d = doc(text);
  json::FieldErrors errors;
  json::FieldReader r(d, "http_request", errors);
  auto c = http_request::read_http_request(r);
  BOOST_REQUIRE_MESSAGE(errors.empty(), errors.summary());
  return c;
}

std::string header(const ports::OutboundRequest& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "(absent)";
}

struct Fixture {
  ScriptedHttp http;
  http_request::OAuthTokenCache tokens;
  std::vector<std::int64_t> sleeps;
  json::mapping::Environment env{
      [] {
        return std::chrono::system_clock::time_point(std::chrono::milliseconds(1'750'000'000'123));
      },
      [](unsigned char* out, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<unsigned char>(i);
      }};
  Executor executor{http, tokens, env, [this](std::int64_t ms) { sleeps.push_back(ms); }};
};

const char* k_context = R"({"request_body": {"name": "Taro", "id": "a/b c"},
  "application": {"application_details": {"external_application_id": "x/../y"}}})";

}  // namespace

BOOST_AUTO_TEST_SUITE(http_request_executor)

BOOST_FIXTURE_TEST_CASE(builds_url_headers_and_json_body_from_the_rules, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/{{external_application_id}}/complete-ekyc",
    "method": "POST",
    "path_mapping_rules": [{"from": "$.application.application_details.external_application_id",
                            "to": "external_application_id"}],
    "header_mapping_rules": [{"static_value": "Bearer dummy-token", "to": "Authorization"}],
    "body_mapping_rules": [{"from": "$.request_body", "to": "*"}]})");
  http.answer(200, R"({"status": "accepted"})", {{"content-type", "application/json"}});
  auto result = executor.execute(c, doc(k_context));
  BOOST_TEST(result.status_code == 200);
  BOOST_TEST(json::write(result.response_body) == R"({"status":"accepted"})");
  BOOST_TEST(json::write(result.response_headers) == R"({"content-type":["application/json"]})");
  BOOST_REQUIRE_EQUAL(http.sent.size(), 1u);
  // A path value cannot leave its segment: "/" and "." sequences stay encoded.
  BOOST_TEST(http.sent[0].url == "http://vendor.test/x%2F..%2Fy/complete-ekyc");
  BOOST_TEST(header(http.sent[0], "Authorization") == "Bearer dummy-token");
  BOOST_TEST(header(http.sent[0], "Content-Type") == "application/json");
  BOOST_TEST(http.sent[0].body == R"({"name":"Taro","id":"a/b c"})");
  BOOST_TEST(http.sent[0].timeout_ms == 30000);
}

BOOST_FIXTURE_TEST_CASE(form_body_and_get_query, Fixture) {
  auto post = config(R"({"url": "http://vendor.test/form", "method": "POST",
    "header_mapping_rules": [{"static_value": "application/x-www-form-urlencoded", "to": "Content-Type"}],
    "body_mapping_rules": [{"from": "$.request_body.id", "to": "id"}]})");
  executor.execute(post, doc(k_context));
  BOOST_TEST(http.sent.back().body == "id=a%2Fb+c");
  auto get = config(R"({"url": "http://vendor.test/search?x=1", "method": "get",
    "query_mapping_rules": [{"from": "$.request_body.name", "to": "name"}]})");
  executor.execute(get, doc(k_context));
  BOOST_TEST(http.sent.back().method == "GET");
  BOOST_TEST(http.sent.back().url == "http://vendor.test/search?x=1&name=Taro");
  BOOST_TEST(http.sent.back().body.empty());
}

BOOST_FIXTURE_TEST_CASE(hmac_signs_method_path_timestamp_and_body, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/crm-registration", "method": "POST",
    "auth_type": "hmac_sha256",
    "hmac_authentication": {"api_key": "abcdef123456", "secret": "super-secret-key",
      "signature_format": "HmacSHA256={signature}",
      "signing_fields": ["method", "path", "timestamp", "body"]},
    "body_mapping_rules": [{"from": "$.request_body.name", "to": "name"}]})");
  executor.execute(c, doc(k_context));
  const auto& sent = http.sent.back();
  const std::string timestamp = "2025-06-15T15:06:40.123Z";
  BOOST_TEST(header(sent, "X-Timestamp") == timestamp);
  BOOST_TEST(header(sent, "X-Api-Key") == "abcdef123456");
  std::string expected = base64::encode_url(
      crypto::hmac(crypto::HashAlg::sha256, "super-secret-key",
                   "POST\n/crm-registration\n" + timestamp + "\n" + R"({"name":"Taro"})"));
  BOOST_TEST(header(sent, "Authorization") == "HmacSHA256=" + expected);
}

BOOST_FIXTURE_TEST_CASE(oauth2_token_is_fetched_once_and_renewed_after_a_401, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/apply", "method": "POST", "auth_type": "oauth2",
    "oauth_authorization": {"type": "client_credentials", "token_endpoint": "http://vendor.test/token",
      "client_id": "idp", "client_secret": "s3cret", "scope": "ekyc"}})");
  http.answer(200, R"({"access_token": "t1", "expires_in": 3600})");
  http.answer(200, "{}");
  executor.execute(c, doc(k_context));
  http.answer(200, "{}");  // the cached token serves the second call
  executor.execute(c, doc(k_context));
  BOOST_REQUIRE_EQUAL(http.sent.size(), 3u);
  BOOST_TEST(http.sent[0].url == "http://vendor.test/token");
  BOOST_TEST(http.sent[0].body ==
             "grant_type=client_credentials&scope=ekyc&client_id=idp&client_secret=s3cret");
  BOOST_TEST(header(http.sent[1], "Authorization") == "Bearer t1");
  BOOST_TEST(header(http.sent[2], "Authorization") == "Bearer t1");

  http.answer(401, R"({"error": "invalid_token"})");
  http.answer(200, R"({"access_token": "t2", "expires_in": 3600})");
  http.answer(200, R"({"ok": true})");
  auto result = executor.execute(c, doc(k_context));
  BOOST_TEST(result.status_code == 200);
  BOOST_TEST(header(http.sent.back(), "Authorization") == "Bearer t2");
}

BOOST_FIXTURE_TEST_CASE(retries_retryable_statuses_with_the_configured_delays, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/apply", "method": "POST",
    "retry_configuration": {"max_retries": 3, "backoff_delays": [10, 20],
                            "retryable_status_codes": [503]}})");
  http.answer(503, "{}");
  http.answer(503, "{}", {{"retry-after", "2"}});
  http.answer(503, "{}");
  http.answer(200, R"({"done": 1})");
  auto result = executor.execute(c, doc(k_context));
  BOOST_TEST(result.status_code == 200);
  BOOST_TEST(http.sent.size() == 4u);
  BOOST_TEST((sleeps == std::vector<std::int64_t>{10, 2000, 20}));

  http.answer(400, "{}");  // not retryable: answered at once
  BOOST_TEST(executor.execute(c, doc(k_context)).status_code == 400);
  BOOST_TEST(http.sent.size() == 5u);
}

BOOST_FIXTURE_TEST_CASE(failed_exchanges_become_synthetic_statuses, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/apply", "request_timeout_seconds": 2})");
  http.fail(ports::OutboundErrorKind::timeout);
  auto timeout = executor.execute(c, doc(k_context));
  BOOST_TEST(timeout.status_code == 504);
  BOOST_TEST(timeout.failure == "timeout");
  BOOST_TEST(timeout.response_body["error"].GetString() == std::string("network_error"));
  BOOST_TEST(http.sent.back().timeout_ms == 2000);
  http.fail(ports::OutboundErrorKind::connect_failed);
  BOOST_TEST(executor.execute(c, doc(k_context)).status_code == 503);
  http.fail(ports::OutboundErrorKind::tls_failed);
  BOOST_TEST(executor.execute(c, doc(k_context)).status_code == 502);
}

BOOST_FIXTURE_TEST_CASE(the_callers_deadline_bounds_attempts_and_retries, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/apply", "request_timeout_seconds": 30,
    "retry_configuration": {"max_retries": 3, "backoff_delays": [5000],
                            "retryable_status_codes": [503]}})");
  const std::int64_t now = 1'750'000'000'123;
  http.answer(503, "{}");
  auto result = executor.execute(c, doc(k_context), now + 4000);
  // The attempt got what was left of the budget, and no retry was started that could not end.
  BOOST_TEST(result.status_code == 503);
  BOOST_REQUIRE_EQUAL(http.sent.size(), 1u);
  BOOST_TEST(http.sent[0].timeout_ms == 4000);
  BOOST_TEST(sleeps.empty());
  // With less than a second left nothing is sent at all.
  auto late = executor.execute(c, doc(k_context), now + 500);
  BOOST_TEST(late.status_code == 504);
  BOOST_TEST(http.sent.size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(success_criteria_turn_a_200_into_the_configured_error, Fixture) {
  auto c = config(R"({"url": "http://vendor.test/apply",
    "response_success_criteria": {"conditions": [{"path": "$.result", "operation": "eq", "value": "ok"}],
                                  "error_status_code": 422}})");
  http.answer(200, R"({"result": "ng"})");
  BOOST_TEST(executor.execute(c, doc(k_context)).status_code == 422);
  http.answer(200, R"({"result": "ok"})");
  BOOST_TEST(executor.execute(c, doc(k_context)).status_code == 200);
}

BOOST_AUTO_TEST_CASE(configuration_errors_name_their_member) {
  auto d = doc(R"({"url": "ftp://x", "method": "FETCH", "auth_type": "kerberos",
                   "body_mapping_rules": [{"from": "$[", "to": "x"}]})");
  json::FieldErrors errors;
  json::FieldReader r(d, "http_request", errors);
  http_request::read_http_request(r);
  const std::string all = errors.summary();
  BOOST_TEST(all.find("http_request.url") != std::string::npos);
  BOOST_TEST(all.find("http_request.method") != std::string::npos);
  BOOST_TEST(all.find("http_request.auth_type") != std::string::npos);
  BOOST_TEST(all.find("http_request.body_mapping_rules") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
