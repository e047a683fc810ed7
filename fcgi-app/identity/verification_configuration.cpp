#include "identity/verification_configuration.hpp"

#include <array>

#include "domain/user.hpp"
#include "json/mapping/json_path.hpp"

namespace idp::identity {
namespace {

constexpr json::EnumTable<VerificationType, 5> k_verification_types = {{
    {"user_claim", VerificationType::user_claim},
    {"duplicate_application", VerificationType::duplicate_application},
    {"process_sequence", VerificationType::process_sequence},
    {"assert", VerificationType::assertion},
    {"continuous_customer_due_diligence", VerificationType::continuous_customer_due_diligence},
}};

constexpr json::EnumTable<AdditionalParameterType, 2> k_parameter_types = {{
    {"http_request", AdditionalParameterType::http_request},
    {"sso_credentials", AdditionalParameterType::sso_credentials},
}};

constexpr json::EnumTable<ExecutionType, 3> k_execution_types = {{
    {"no_action", ExecutionType::no_action},
    {"http_request", ExecutionType::http_request},
    {"http_requests", ExecutionType::http_requests},
}};

constexpr json::EnumTable<VerifiedClaimsPolicy, 3> k_policies = {{
    {"merge", VerifiedClaimsPolicy::merge},
    {"deep_merge", VerifiedClaimsPolicy::deep_merge},
    {"replace", VerifiedClaimsPolicy::replace},
}};

constexpr std::array<std::string_view, 8> k_statuses = {
    "requested", "applying", "applied", "examination_processing",
    "approved",  "rejected", "expired", "cancelled"};

constexpr std::array<std::string_view, 2> k_error_strategies = {"FAIL_FAST", "RESILIENT"};

std::optional<BasicAuth> read_basic_auth(json::FieldReader& parent) {
  if (!parent.has("basic_auth")) return std::nullopt;
  auto r = parent.object("basic_auth");
  return BasicAuth{r.required_string("username"), r.required_string("password")};
}

std::optional<json::schema::Schema> read_schema(json::FieldReader& r, std::string_view name) {
  auto raw = r.optional_json(name);
  if (!raw) return std::nullopt;
  const auto& value = raw->value();
  if (value.IsObject() && value.MemberCount() == 0) return std::nullopt;  // {}: anything goes
  auto schema = json::schema::Schema::compile(value);
  if (!schema) {
    r.problem(name, schema.error());
    return std::nullopt;
  }
  return std::move(*schema);
}

std::optional<json::path::Query> read_query(json::FieldReader& r, std::string_view name,
                                            std::string& text) {
  text = r.required_string(name);
  if (text.empty()) return std::nullopt;
  // A bare claim name ("phone_number") means that member of the root, as in idp-server.
  std::string query_text = text.starts_with("$") ? text : "$." + text;
  auto query = json::mapping::compile_path(query_text);  // idp-server's dialect, as in rules
  if (!query) {
    r.problem(name, query.error());
    return std::nullopt;
  }
  return std::move(*query);
}

Verification read_verification(json::FieldReader& r) {
  Verification v;
  v.type = r.enum_or("type", k_verification_types, VerificationType::user_claim);
  if (!r.has("type")) r.problem("type", "missing required member");
  auto details = r.object("details");
  if (v.type == VerificationType::user_claim) {
    details.for_each_object("verification_parameters", [&](json::FieldReader& p, std::size_t) {
      std::string request_text, user_text;
      auto request_path = read_query(p, "request_json_path", request_text);
      auto user_path = read_query(p, "user_claim_json_path", user_text);
      if (request_path && user_path)
        v.user_claims.push_back(
            {request_text, std::move(*request_path), user_text, std::move(*user_path)});
    });
  } else if (v.type == VerificationType::assertion) {
    details.for_each_object("assertions", [&](json::FieldReader& a, std::size_t) {
      auto condition = http_request::read_condition(a, "condition");
      std::string message = a.string_or("message", "assertion failed");
      if (condition) v.assertions.push_back({std::move(*condition), std::move(message)});
    });
  }
  return v;
}

AdditionalParameter read_parameter(json::FieldReader& r) {
  AdditionalParameter p;
  p.type = r.enum_or("type", k_parameter_types, AdditionalParameterType::http_request);
  if (!r.has("type")) r.problem("type", "missing required member");
  if (p.type == AdditionalParameterType::http_request) {
    auto details = r.object("details");
    p.http_request = http_request::read_http_request(details);
  } else {
    r.object("details");  // the federation's token endpoint; read when SSO credentials exist
  }
  p.condition = http_request::read_condition(r, "condition");
  json::Choices strategies{k_error_strategies, json::Spelling::any_case};
  p.resilient =
      r.optional_choice("error_handling_strategy", strategies).value_or("FAIL_FAST") == "RESILIENT";
  return p;
}

std::optional<json::mapping::AnyOfConditions> read_any_of(json::FieldReader& r,
                                                          std::string_view name) {
  auto raw = r.optional_json(name);
  if (!raw) return std::nullopt;
  auto conditions = json::mapping::AnyOfConditions::compile(raw->value());
  if (!conditions) {
    r.problem(name, conditions.error());
    return std::nullopt;
  }
  if (!conditions->defined()) return std::nullopt;
  return std::move(*conditions);
}

Transitions read_transitions(json::FieldReader r) {
  Transitions t;
  t.approved = read_any_of(r, "approved");
  t.rejected = read_any_of(r, "rejected");
  t.canceled = read_any_of(r, "canceled");
  t.applied = read_any_of(r, "applied");
  return t;
}

Process read_process(json::FieldReader& r, std::string name) {
  Process p;
  p.name = std::move(name);
  auto request = r.object("request");
  p.basic_auth = read_basic_auth(request);
  p.schema = read_schema(request, "schema");

  auto pre_hook = r.object("pre_hook");
  pre_hook.for_each_object("verifications", [&](json::FieldReader& v, std::size_t) {
    p.verifications.push_back(read_verification(v));
    if (p.verifications.back().type == VerificationType::process_sequence) p.checks_sequence = true;
  });
  pre_hook.for_each_object("additional_parameters", [&](json::FieldReader& a, std::size_t) {
    p.additional_parameters.push_back(read_parameter(a));
  });

  auto execution = r.object("execution");
  p.execution = execution.enum_or("type", k_execution_types, ExecutionType::no_action);
  if (p.execution == ExecutionType::http_request) {
    auto http = execution.object("http_request");
    p.http_request = http_request::read_http_request(http);
  } else if (p.execution == ExecutionType::http_requests) {
    execution.for_each_object("http_requests", [&](json::FieldReader& http, std::size_t) {
      p.http_requests.push_back(http_request::read_http_request(http));
    });
    if (p.http_requests.empty())
      execution.problem("http_requests", "expected at least one http_request");
  }
  auto store = r.object("store");
  p.store_rules = http_request::read_rules(store, "application_details_mapping_rules");
  auto response = r.object("response");
  p.response_rules = http_request::read_rules(response, "body_mapping_rules");
  p.transitions = read_transitions(r.object("transition"));

  auto dependencies = r.object("dependencies");
  p.dependencies.required_processes = dependencies.strings_or("required_processes", {});
  p.dependencies.allow_retry = dependencies.bool_or("allow_retry", !p.checks_sequence);
  json::Choices statuses{k_statuses, json::Spelling::any_case};
  p.dependencies.allow_during_statuses =
      dependencies.strings_or("allow_during_statuses", {}, &statuses);
  return p;
}

}  // namespace

const Process* VerificationConfiguration::process(std::string_view name) const {
  auto it = processes.find(name);
  return it == processes.end() ? nullptr : &it->second;
}

Expected<VerificationConfiguration> parse_verification_configuration(
    const rapidjson::Value& payload) {
  json::FieldErrors errors;
  json::FieldReader r(payload, "identity_verification_configuration", errors);
  VerificationConfiguration c;
  c.id = r.required_uuid("id");
  c.type = r.required_string("type");
  if (r.has("type") && c.type.empty()) r.problem("type", "must not be empty");
  c.enabled = r.bool_or("enabled", true);
  c.attributes = r.optional_object("attributes").value_or(json::FrozenJson());
  auto common = r.object("common");
  c.callback_application_id_param = common.string_or("callback_application_id_param", "");
  // Older templates name it at the top level.
  if (c.callback_application_id_param.empty())
    c.callback_application_id_param = r.string_or("external_application_id_param", "");

  if (const auto* processes =
          payload.IsObject() && payload.HasMember("processes") ? &payload["processes"] : nullptr;
      processes != nullptr && !processes->IsNull()) {
    if (!processes->IsObject()) {
      r.problem("processes", "expected an object of processes by name");
    } else {
      auto all = r.object("processes");
      for (const auto& m : processes->GetObject()) {
        std::string name(m.name.GetString(), m.name.GetStringLength());
        if (name.empty() || name.size() > 128 || name.find('/') != std::string::npos) {
          all.problem(name, "a process name must be 1 to 128 characters without '/'");
          continue;
        }
        auto process_reader = all.object(name);
        c.processes.emplace(name, read_process(process_reader, name));
      }
    }
  }

  auto result = r.object("result");
  c.result.verified_claims_rules =
      http_request::read_rules(result, "verified_claims_mapping_rules");
  c.result.source_details_rules = http_request::read_rules(result, "source_details_mapping_rules");
  c.result.user_status = result.string_or("user_status", "IDENTITY_VERIFIED");
  bool known = c.result.user_status == "KEEP";
  for (const auto& entry : domain::k_user_status_names) known |= entry.name == c.result.user_status;
  if (!known)
    result.problem("user_status", "expected KEEP or a user status such as IDENTITY_VERIFIED");
  c.result.policy =
      result.enum_or("verified_claims_update_policy", k_policies, VerifiedClaimsPolicy::merge);

  if (r.has("registration")) {
    auto reg = r.object("registration");
    Registration registration;
    registration.basic_auth = read_basic_auth(reg);
    registration.schema = read_schema(reg, "request_validation_schema");
    auto response = reg.object("response");
    registration.response_rules = http_request::read_rules(response, "body_mapping_rules");
    c.registration = std::move(registration);
  }
  if (r.has("verified_claims_configuration")) {
    auto legacy = r.object("verified_claims_configuration");
    c.legacy_verified_claims_rules = http_request::read_rules(legacy, "mapping_rules");
    c.has_legacy_rules = true;
  }
  if (!errors.empty()) return fail(errors.summary());
  return c;
}

}  // namespace idp::identity
