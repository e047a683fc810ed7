#pragma once
// Runs one process of an identity-verification configuration (FEATURES.md §1.5):
//
//   request schema → pre_hook verifications → pre_hook additional parameters → execution
//   (http_request or no_action) → store (application_details) → transition → result on
//   approval → response mapping
//
// for a user's first process (apply), a later one (continue_process) or a vendor's callback.
// Mapping rules see one context: request_body, request_attributes, user (not in callbacks),
// application (the stored one, before this request), pre_hook_additional_parameters, and after
// an http_request execution status_code, response_headers and response_body (after
// http_requests, those of the last call, and every call's in execution_http_requests).
//
// Consistency: everything is read first and that transaction ends before any vendor call, so
// no database transaction waits on a vendor. The write that follows checks that nobody changed
// the application in between (409 otherwise). A refused request changes nothing but the
// process's failure count; a vendor failure is answered with its status and recorded the same
// way. An application that reached a terminal status (approved, rejected, expired, cancelled)
// runs no further process.
#include <rapidjson/document.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "http/response.hpp"
#include "http_request/executor.hpp"
#include "identity/verification_configuration.hpp"
#include "json/mapping/environment.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::identity {

struct EngineContext {
  ports::UnitOfWork& uow;
  const std::string& tenant_id;
  const http_request::Executor& executor;
  const json::mapping::Environment& environment;
  std::int64_t now_ms;
  std::function<std::string()> new_id;  // a fresh UUID
  // When vendor calls must have ended (Unix ms): before nginx stops waiting for the answer.
  std::int64_t deadline_ms = 0;
};

// The resource owner of a /me request: the access token's user and client.
struct Requester {
  std::string sub;
  std::string client_id;
};

// What every context carries about the HTTP request: {"ip_address", "user_agent"}.
using RequestAttributes = rapidjson::Value;

http::Response apply(EngineContext& ctx, const VerificationConfiguration& config,
                     const Process& process, const Requester& requester,
                     const rapidjson::Value& body, const RequestAttributes& attributes);

http::Response continue_process(EngineContext& ctx, const VerificationConfiguration& config,
                                const Process& process, const Requester& requester,
                                std::string_view application_id, const rapidjson::Value& body,
                                const RequestAttributes& attributes);

// `application_id` empty: the application is found by the body's
// common.callback_application_id_param member (the vendor's id of it).
http::Response callback(EngineContext& ctx, const VerificationConfiguration& config,
                        const Process& process, std::string_view application_id,
                        const rapidjson::Value& body, const RequestAttributes& attributes);

}  // namespace idp::identity
