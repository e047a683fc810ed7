#pragma once
// The answers of the identity-verification endpoints when something is refused, in idp-server's
// shapes (swagger-resource-owner-ja.yaml, swagger-internal-ja.yaml):
//   {"error": "invalid_request" | "pre_hook_validation_failed" | "execution_failed" | …,
//    "error_description": "…", "error_messages": ["last_name is missing", …], …}
#include <string>
#include <string_view>
#include <vector>

#include "http/response.hpp"
#include "http_request/executor.hpp"
#include "json/schema/schema.hpp"

namespace idp::identity {

// 400: the body does not satisfy the process's request schema. Every violation is listed, by
// field name in error_messages and by JSON pointer in "violations".
http::Response schema_violations(std::string_view description,
                                 const std::vector<json::schema::Violation>& violations);

// 400 pre_hook_validation_failed: the pre-hook verifications that failed.
http::Response pre_hook_failed(const std::vector<std::string>& messages);

// The vendor answered with an error or could not be reached: its status passes through where
// idp-server lets it (otherwise 400 or 500), with the vendor's answer in error_details.
http::Response execution_failed(std::string_view phase, const http_request::HttpResult& result);

http::Response error(int status, std::string_view code, std::string_view description,
                     const std::vector<std::string>& messages = {});

}  // namespace idp::identity
