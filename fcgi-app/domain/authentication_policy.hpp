#pragma once
// A tenant's authentication policy for one flow (FEATURES.md 1.8; idp-server-config
// examples/e2e/test-tenant/authentication-policy/*.json): policies in priority order, each with
// the conditions that select it, the methods it allows, and acr_mapping_rules, which give the
// Authentication Context Class Reference (OIDC Core §2 "acr") a sign-in reached from the methods
// it used. Members this server does not act on yet (step_definitions, success/failure/lock
// conditions, level_of_authentication_scopes) are kept as they are.
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/expected.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

struct AuthenticationPolicyConditions {
  std::vector<std::string> scopes;
  std::vector<std::string> acr_values;
  std::vector<std::string> client_ids;
  json::FrozenJson extra;
  bool operator==(const AuthenticationPolicyConditions&) const = default;
};

struct AuthenticationPolicyRule {
  std::string description;
  std::int64_t priority = 0;  // higher first
  AuthenticationPolicyConditions conditions;
  std::vector<std::string> available_methods;
  // acr → the methods that reach it, in document order (strongest first in the examples).
  std::vector<std::pair<std::string, std::vector<std::string>>> acr_mapping_rules;
  json::FrozenJson extra;
  bool operator==(const AuthenticationPolicyRule&) const = default;
};

struct AuthenticationPolicy {
  std::string id;    // UUID
  std::string flow;  // "oauth", "ciba", "fido2-registration", …
  bool enabled = true;
  std::vector<AuthenticationPolicyRule> policies;
  json::FrozenJson extra;
  bool operator==(const AuthenticationPolicy&) const = default;
};

// Error paths start with "authentication_policy.".
Expected<AuthenticationPolicy> parse_authentication_policy(const rapidjson::Value& value);
rapidjson::Value to_value(const AuthenticationPolicy& p, rapidjson::Document::AllocatorType& a);
std::string to_json(const AuthenticationPolicy& p);

// The rule that applies to a request: the highest priority one whose conditions hold (every
// condition scope requested, the client listed when client_ids is set, a requested acr value
// listed when acr_values is set); nullptr when none does.
const AuthenticationPolicyRule* select_rule(const AuthenticationPolicy& policy,
                                            const std::vector<std::string>& scopes,
                                            const std::string& client_id,
                                            const std::vector<std::string>& acr_values);

// The first acr of the rule's acr_mapping_rules that one of `methods` reaches ("" for none).
std::string acr_for(const AuthenticationPolicyRule& rule, const std::vector<std::string>& methods);

}  // namespace idp::domain
