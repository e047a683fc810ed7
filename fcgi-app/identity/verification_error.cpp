#include "identity/verification_error.hpp"

#include <algorithm>
#include <array>

#include "json/schema/json_pointer.hpp"
#include "json/schema/management_errors.hpp"
#include "json/writer.hpp"

namespace idp::identity {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

rapidjson::Document error_body(std::string_view code, std::string_view description,
                               const std::vector<std::string>& messages) {
  rapidjson::Document body(rapidjson::kObjectType);
  auto& a = body.GetAllocator();
  body.AddMember("error", json::string_value(code, a), a);
  body.AddMember("error_description", json::string_value(description, a), a);
  rapidjson::Value list(rapidjson::kArrayType);
  for (const auto& m : messages) list.PushBack(json::string_value(m, a), a);
  body.AddMember("error_messages", list, a);
  return body;
}

http::Response answer(int status, const rapidjson::Document& body) {
  http::Response r = http::Response::json(status, json::write(body));
  r.mark_token_bearing();
  return r;
}

// The vendor statuses idp-server passes on to the user as they are.
constexpr std::array<int, 14> k_passed_through = {400, 401, 403, 404, 408, 409, 413,
                                                  415, 422, 429, 500, 502, 503, 504};

}  // namespace

http::Response error(int status, std::string_view code, std::string_view description,
                     const std::vector<std::string>& messages) {
  return answer(status, error_body(code, description, messages));
}

http::Response schema_violations(std::string_view description,
                                 const std::vector<json::schema::Violation>& violations) {
  auto body = error_body("invalid_request", description, json::schema::error_messages(violations));
  auto& a = body.GetAllocator();
  rapidjson::Value list(rapidjson::kArrayType);
  for (const auto& v : violations) {
    rapidjson::Value item(rapidjson::kObjectType);
    item.AddMember("pointer", json::string_value(v.instance_location, a), a);
    item.AddMember("keyword", json::string_value(v.keyword, a), a);
    item.AddMember("message", json::string_value(v.message, a), a);
    list.PushBack(item, a);
  }
  body.AddMember("violations", list, a);
  return answer(400, body);
}

http::Response pre_hook_failed(const std::vector<std::string>& messages) {
  auto body = error_body("pre_hook_validation_failed",
                         "Pre-hook validation failed for identity verification request", messages);
  auto& a = body.GetAllocator();
  rapidjson::Value details(rapidjson::kObjectType);
  bool verification = std::any_of(messages.begin(), messages.end(), [](const std::string& m) {
    return m.find("verification") != std::string::npos;
  });
  if (verification) details.AddMember("verification_failure", true, a);
  body.AddMember("error_details", details, a);
  return answer(400, body);
}

http::Response execution_failed(std::string_view phase, const http_request::HttpResult& result) {
  int status = result.status_code;
  if (std::find(k_passed_through.begin(), k_passed_through.end(), status) == k_passed_through.end())
    status = status >= 400 && status < 500 ? 400 : 500;
  std::string message = "The external service answered HTTP " + std::to_string(result.status_code);
  if (!result.failure.empty()) message = "The external service failed: " + result.failure;
  auto body = error_body("execution_failed", "Identity verification execution failed", {message});
  auto& a = body.GetAllocator();
  rapidjson::Value details(rapidjson::kObjectType);
  details.AddMember("phase", json::string_value(phase, a), a);
  details.AddMember("execution_type", "http_request", a);
  details.AddMember("status_category", result.status_code >= 500 ? "server_error" : "client_error",
                    a);
  details.AddMember("status_code", result.status_code, a);
  details.AddMember("response_body", rapidjson::Value(result.response_body, a), a);
  body.AddMember("error_details", details, a);
  return answer(status, body);
}

}  // namespace idp::identity
