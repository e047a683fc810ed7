#include "http_request/http_request_config.hpp"

#include <array>

namespace idp::http_request {
namespace {

constexpr json::EnumTable<AuthType, 3> k_auth_types = {{
    {"none", AuthType::none},
    {"oauth2", AuthType::oauth2},
    {"hmac_sha256", AuthType::hmac_sha256},
}};

constexpr std::array<std::string_view, 5> k_methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
constexpr std::array<std::string_view, 2> k_grants = {"client_credentials", "password"};
constexpr std::array<std::string_view, 2> k_client_authentications = {"client_secret_post",
                                                                      "client_secret_basic"};
constexpr std::array<std::string_view, 4> k_signing_fields = {"method", "path", "timestamp",
                                                              "body"};

OAuthAuthorization read_oauth(json::FieldReader r) {
  OAuthAuthorization o;
  o.type = r.optional_choice("type", {k_grants}).value_or("");
  o.token_endpoint = r.string_or("token_endpoint", "");
  o.client_authentication_type =
      r.optional_choice("client_authentication_type", {k_client_authentications})
          .value_or("client_secret_post");
  o.client_id = r.string_or("client_id", "");
  o.client_secret = r.string_or("client_secret", "");
  o.scope = r.string_or("scope", "");
  o.username = r.string_or("username", "");
  o.password = r.string_or("password", "");
  return o;
}

HmacAuthentication read_hmac(json::FieldReader r) {
  HmacAuthentication h;
  h.api_key = r.string_or("api_key", "");
  h.secret = r.string_or("secret", "");
  h.signature_format = r.string_or("signature_format", "{signature}");
  json::Choices fields{k_signing_fields};
  h.signing_fields = r.strings_or("signing_fields", {}, &fields);
  return h;
}

}  // namespace

json::mapping::Rules no_rules() {
  static const json::mapping::Rules empty =
      *json::mapping::Rules::compile(rapidjson::Value(rapidjson::kArrayType));
  return empty;
}

json::mapping::Rules read_rules(json::FieldReader& reader, std::string_view name) {
  auto raw = reader.optional_json(name);
  if (!raw) return no_rules();
  auto rules = json::mapping::Rules::compile(raw->value());
  if (!rules) {
    reader.problem(name, rules.error());
    return no_rules();
  }
  return std::move(*rules);
}

std::optional<json::mapping::Condition> read_condition(json::FieldReader& reader,
                                                       std::string_view name) {
  auto raw = reader.optional_json(name);
  if (!raw) return std::nullopt;
  auto condition = json::mapping::Condition::compile(raw->value());
  if (!condition) {
    reader.problem(name, condition.error());
    return std::nullopt;
  }
  return std::move(*condition);
}

HttpRequestConfig read_http_request(json::FieldReader& r) {
  HttpRequestConfig c;
  c.url = r.required_string("url");
  if (!c.url.starts_with("https://") && !c.url.starts_with("http://"))
    r.problem("url", "must be an absolute http:// or https:// URL");
  json::Choices methods{k_methods, json::Spelling::any_case};
  c.method = r.optional_choice("method", methods).value_or("POST");
  c.auth_type = r.enum_or("auth_type", k_auth_types, AuthType::none);
  c.oauth = read_oauth(r.object("oauth_authorization"));
  if (c.auth_type == AuthType::oauth2) {
    if (c.oauth.type.empty()) r.problem("oauth_authorization", "type is required for oauth2");
    if (c.oauth.token_endpoint.empty())
      r.problem("oauth_authorization", "token_endpoint is required for oauth2");
  }
  c.hmac = read_hmac(r.object("hmac_authentication"));
  if (c.auth_type == AuthType::hmac_sha256 && c.hmac.secret.empty())
    r.problem("hmac_authentication", "secret is required for hmac_sha256");
  c.path_rules = read_rules(r, "path_mapping_rules");
  c.header_rules = read_rules(r, "header_mapping_rules");
  c.body_rules = read_rules(r, "body_mapping_rules");
  c.query_rules = read_rules(r, "query_mapping_rules");

  auto retry = r.object("retry_configuration");
  if (r.has("retry_configuration")) {
    c.retry.max_retries = retry.int_or("max_retries", 3, {0, 10});
    if (auto delays = retry.optional_json("backoff_delays")) {
      c.retry.backoff_delays_ms.clear();
      const auto& a = delays->value();
      if (!a.IsArray() || a.Empty())
        retry.problem("backoff_delays", "expected a non-empty array of milliseconds");
      else
        for (const auto& d : a.GetArray()) {
          if (!d.IsInt64() || d.GetInt64() < 0 || d.GetInt64() > 60'000) {
            retry.problem("backoff_delays", "each delay must be 0 to 60000 milliseconds");
            break;
          }
          c.retry.backoff_delays_ms.push_back(d.GetInt64());
        }
    }
    if (auto codes = retry.optional_json("retryable_status_codes")) {
      c.retry.retryable_status_codes.clear();
      const auto& a = codes->value();
      if (!a.IsArray())
        retry.problem("retryable_status_codes", "expected an array of HTTP status codes");
      else
        for (const auto& s : a.GetArray()) {
          if (!s.IsInt() || s.GetInt() < 100 || s.GetInt() > 599) {
            retry.problem("retryable_status_codes", "each item must be an HTTP status code");
            break;
          }
          c.retry.retryable_status_codes.push_back(s.GetInt());
        }
    }
    c.retry.idempotency_required = retry.bool_or("idempotency_required", false);
  }
  c.timeout_ms = r.int_or("request_timeout_seconds", 30, {1, 300}) * 1000;

  if (r.has("response_success_criteria")) {
    auto raw = r.optional_json("response_success_criteria");
    auto s = r.object("response_success_criteria");
    auto conditions = json::mapping::ConditionList::compile(raw->value());
    if (!conditions) {
      r.problem("response_success_criteria", conditions.error());
    } else {
      int status = static_cast<int>(s.int_or("error_status_code", 502, {400, 599}));
      c.success_criteria = SuccessCriteria{std::move(*conditions), status};
    }
  }
  return c;
}

}  // namespace idp::http_request
