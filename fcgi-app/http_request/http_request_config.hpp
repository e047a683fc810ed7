#pragma once
// The "http_request" blocks of idp-server configurations: an eKYC vendor call of an
// identity-verification process or pre-hook, and later external authentication and hooks.
//
//   {"url": "https://vendor/{{external_application_id}}/complete-ekyc", "method": "POST",
//    "auth_type": "oauth2" | "hmac_sha256" | "none",
//    "oauth_authorization": {"type": "client_credentials" | "password", "token_endpoint", …},
//    "hmac_authentication": {"api_key", "secret", "signature_format", "signing_fields"},
//    "path_mapping_rules", "header_mapping_rules", "body_mapping_rules", "query_mapping_rules",
//    "retry_configuration": {"max_retries", "backoff_delays", "retryable_status_codes",
//                            "idempotency_required"},
//    "request_timeout_seconds": 30,
//    "response_success_criteria": {"conditions": [...], "match_mode": "ALL" | "ANY",
//                                  "error_status_code": 502}}
//
// Read once when the configuration loads; mapping rules and conditions are compiled then.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "json/field_reader.hpp"
#include "json/mapping/condition.hpp"
#include "json/mapping/rules.hpp"

namespace idp::http_request {

enum class AuthType { none, oauth2, hmac_sha256 };

// RFC 6749 §4.4 (client_credentials) or §4.3 (password) against the vendor's token endpoint.
struct OAuthAuthorization {
  std::string type;  // client_credentials | password
  std::string token_endpoint;
  std::string client_authentication_type = "client_secret_post";  // or client_secret_basic
  std::string client_id;
  std::string client_secret;
  std::string scope;
  std::string username;
  std::string password;
};

struct HmacAuthentication {
  std::string api_key;
  std::string secret;
  std::string signature_format = "{signature}";
  std::vector<std::string> signing_fields;  // method, path, timestamp, body
};

struct RetryConfiguration {
  std::int64_t max_retries = 0;  // 0: one attempt
  std::vector<std::int64_t> backoff_delays_ms = {1000, 5000, 30000};
  std::vector<std::int64_t> retryable_status_codes = {500, 502, 503, 504, 408, 429};
  bool idempotency_required = false;
};

struct SuccessCriteria {
  json::mapping::ConditionList conditions;  // over the response body
  int error_status_code = 502;
};

// An empty list of rules (what an absent *_mapping_rules member means).
json::mapping::Rules no_rules();

struct HttpRequestConfig {
  std::string url;
  std::string method = "POST";  // GET, POST, PUT, PATCH, DELETE
  AuthType auth_type = AuthType::none;
  OAuthAuthorization oauth;
  HmacAuthentication hmac;
  json::mapping::Rules path_rules = no_rules();
  json::mapping::Rules header_rules = no_rules();
  json::mapping::Rules body_rules = no_rules();
  json::mapping::Rules query_rules = no_rules();
  RetryConfiguration retry;
  std::int64_t timeout_ms = 30'000;
  std::optional<SuccessCriteria> success_criteria;
};

// Reads an http_request block; problems go to the reader's errors with their paths.
HttpRequestConfig read_http_request(json::FieldReader& reader);

// Compiles the mapping rules at member `name` of `reader` (absent: no rules).
json::mapping::Rules read_rules(json::FieldReader& reader, std::string_view name);

// Compiles a condition object at member `name` (absent: nullopt).
std::optional<json::mapping::Condition> read_condition(json::FieldReader& reader,
                                                       std::string_view name);

}  // namespace idp::http_request
