#pragma once
// An identity-verification configuration ("template") of a tenant, as idp-server defines it
// (FEATURES.md §1.5; seed 002), read once and compiled: request schemas, mapping rules,
// JSONPath queries and conditions. One per verification type:
//
//   {"id", "type": "investment-account-opening", "attributes": {…},
//    "common": {"callback_application_id_param": "application_id"},
//    "processes": {"apply": {"request": {"schema", "basic_auth"},
//                            "pre_hook": {"verifications", "additional_parameters"},
//                            "execution": {"type": "http_request" | "http_requests" |
//                                          "no_action", "http_request", "http_requests"},
//                            "store": {"application_details_mapping_rules"},
//                            "response": {"body_mapping_rules"},
//                            "transition": {"approved" | "rejected" | "canceled" | "applied":
//                                           {"any_of": [[condition, …], …]}},
//                            "dependencies": {"required_processes", "allow_retry",
//                                             "allow_during_statuses"}}, …},
//    "result": {"verified_claims_mapping_rules", "source_details_mapping_rules",
//               "user_status", "verified_claims_update_policy"},
//    "registration": {"basic_auth", "request_validation_schema", "response"},
//    "verified_claims_configuration": {"mapping_rules"}}   // seed 002's older form
//
// Unlike idp-server, which ignores what it does not know and fails at run time, a configuration
// that names an unknown execution, verification or parameter type, or whose schema, rule or
// condition does not compile, is refused when it is written, with the path of each problem.
#include <rapidjson/document.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "http_request/http_request_config.hpp"
#include "json/field_reader.hpp"
#include "json/mapping/condition.hpp"
#include "json/mapping/rules.hpp"
#include "json/path/query.hpp"
#include "json/schema/schema.hpp"

namespace idp::identity {

struct BasicAuth {
  std::string username;
  std::string password;
};

// pre_hook.verifications[].type "user_claim": a value of the request must equal a claim of the
// user.
struct UserClaimCheck {
  std::string request_json_path;
  json::path::Query request_path;
  std::string user_claim_json_path;
  json::path::Query user_claim_path;
};

struct Assertion {
  json::mapping::Condition condition;
  std::string message;
};

enum class VerificationType {
  user_claim,
  duplicate_application,
  process_sequence,
  assertion,  // "assert"
  continuous_customer_due_diligence,
};

struct Verification {
  VerificationType type = VerificationType::user_claim;
  std::vector<UserClaimCheck> user_claims;
  std::vector<Assertion> assertions;
};

enum class AdditionalParameterType { http_request, sso_credentials };

struct AdditionalParameter {
  AdditionalParameterType type = AdditionalParameterType::http_request;
  std::optional<http_request::HttpRequestConfig> http_request;
  std::optional<json::mapping::Condition> condition;  // absent: always
  bool resilient = false;  // a failure yields an empty answer instead of failing the request
};

enum class ExecutionType { no_action, http_request, http_requests };

struct Dependencies {
  std::vector<std::string> required_processes;
  bool allow_retry = true;  // without a process_sequence verification nothing is checked
  std::vector<std::string> allow_during_statuses;
};

struct Transitions {
  std::optional<json::mapping::AnyOfConditions> approved;
  std::optional<json::mapping::AnyOfConditions> rejected;
  std::optional<json::mapping::AnyOfConditions> canceled;
  std::optional<json::mapping::AnyOfConditions> applied;
};

struct Process {
  std::string name;
  std::optional<BasicAuth> basic_auth;
  std::optional<json::schema::Schema> schema;  // absent or {}: any body
  std::vector<Verification> verifications;
  std::vector<AdditionalParameter> additional_parameters;
  ExecutionType execution = ExecutionType::no_action;
  std::optional<http_request::HttpRequestConfig> http_request;
  // "http_requests": called in order; each sees the answers before it as
  // $.execution_http_requests[i].
  std::vector<http_request::HttpRequestConfig> http_requests;
  json::mapping::Rules store_rules = http_request::no_rules();
  json::mapping::Rules response_rules = http_request::no_rules();
  Transitions transitions;
  Dependencies dependencies;
  bool checks_sequence = false;  // a process_sequence verification is configured
};

enum class VerifiedClaimsPolicy { merge, deep_merge, replace };

struct ResultConfig {
  json::mapping::Rules verified_claims_rules = http_request::no_rules();
  json::mapping::Rules source_details_rules = http_request::no_rules();
  std::string user_status = "IDENTITY_VERIFIED";  // or "KEEP"
  VerifiedClaimsPolicy policy = VerifiedClaimsPolicy::merge;
};

struct Registration {
  std::optional<BasicAuth> basic_auth;
  std::optional<json::schema::Schema> schema;  // request_validation_schema
  json::mapping::Rules response_rules = http_request::no_rules();
};

struct VerificationConfiguration {
  std::string id;
  std::string type;
  bool enabled = true;
  json::FrozenJson attributes;  // copied onto applications and results
  std::string callback_application_id_param;
  std::map<std::string, Process, std::less<>> processes;
  ResultConfig result;
  std::optional<Registration> registration;
  // seed 002's verified_claims_configuration.mapping_rules, over the registration body itself
  // ("$.verification…"), used when result.verified_claims_mapping_rules is empty.
  json::mapping::Rules legacy_verified_claims_rules = http_request::no_rules();
  bool has_legacy_rules = false;

  const Process* process(std::string_view name) const;
};

// Reads and compiles a stored configuration; the error lists every problem with its path.
Expected<VerificationConfiguration> parse_verification_configuration(
    const rapidjson::Value& payload);

}  // namespace idp::identity
