#pragma once
// pre_hook of a process: the verifications that may refuse the request (user_claim,
// duplicate_application, process_sequence, assert, continuous_customer_due_diligence), then the
// additional parameters resolved for the later phases ($.pre_hook_additional_parameters[i]).
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <vector>

#include "http/response.hpp"
#include "http_request/executor.hpp"
#include "identity/application.hpp"
#include "identity/verification_configuration.hpp"

namespace idp::identity {

struct VerificationInput {
  const rapidjson::Value& body;
  const rapidjson::Value& user;              // the user as JSON; null in callbacks
  const rapidjson::Value& context;           // for assertions
  const Application* application;            // nullptr for a first process
  const std::vector<Application>& previous;  // the user's other applications
  std::string_view verification_type;
};

// The messages of every failed verification; empty when all passed.
std::vector<std::string> run_verifications(const Process& process, const VerificationInput& in);

// Resolves the additional parameters into `context`'s pre_hook_additional_parameters array. A
// failed http_request that is not configured RESILIENT ends the request with that answer.
std::optional<http::Response> resolve_additional_parameters(const Process& process,
                                                            const http_request::Executor& executor,
                                                            std::int64_t deadline_ms,
                                                            rapidjson::Document& context);

}  // namespace idp::identity
