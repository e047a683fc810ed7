#include "identity/pre_hook.hpp"

#include <algorithm>

#include "identity/verification_error.hpp"
#include "json/schema/json_compare.hpp"
#include "json/writer.hpp"

namespace idp::identity {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

void check_user_claims(const Verification& v, const VerificationInput& in,
                       std::vector<std::string>& messages) {
  for (const auto& check : v.user_claims) {
    const rapidjson::Value* requested = check.request_path.first(in.body);
    const rapidjson::Value* held =
        in.user.IsNull() ? nullptr : check.user_claim_path.first(in.user);
    if (requested && held && json::schema::equal(*requested, *held)) continue;
    messages.push_back("User claim verification failed. unmatched: " + check.request_json_path +
                       ", user:" + check.user_claim_json_path);
  }
}

void check_duplicates(const VerificationInput& in, std::vector<std::string>& messages) {
  for (const auto& other : in.previous) {
    if (in.application && other.id() == in.application->id()) continue;
    if (other.verification_type() == in.verification_type && !is_terminal(other.status())) {
      messages.push_back("Duplicate application found for type " +
                         std::string(in.verification_type));
      return;
    }
  }
}

void check_sequence(const Process& process, const VerificationInput& in,
                    std::vector<std::string>& messages) {
  const auto& d = process.dependencies;
  std::vector<std::string> missing;
  for (const auto& required : d.required_processes)
    if (!in.application || in.application->successes(required) == 0) missing.push_back(required);
  if (!missing.empty())
    messages.push_back("Process '" + process.name + "' requires completion of: " +
                       joined(d.required_processes) + ". Missing: " + joined(missing));
  if (!d.allow_retry && in.application && in.application->ran(process.name))
    messages.push_back("Process '" + process.name +
                       "' does not allow retry and has already been executed");
  if (!d.allow_during_statuses.empty() && in.application) {
    std::string status(to_string(in.application->status()));
    if (std::find(d.allow_during_statuses.begin(), d.allow_during_statuses.end(), status) ==
        d.allow_during_statuses.end())
      messages.push_back("Process '" + process.name + "' cannot be executed during status: " +
                         status + ". Allowed statuses: " + joined(d.allow_during_statuses));
  }
}

}  // namespace

std::vector<std::string> run_verifications(const Process& process, const VerificationInput& in) {
  std::vector<std::string> messages;
  for (const auto& v : process.verifications) {
    switch (v.type) {
      case VerificationType::user_claim:
        check_user_claims(v, in, messages);
        break;
      case VerificationType::duplicate_application:
        check_duplicates(in, messages);
        break;
      case VerificationType::process_sequence:
        check_sequence(process, in, messages);
        break;
      case VerificationType::assertion:
        for (const auto& a : v.assertions)
          if (!a.condition.evaluate(in.context)) messages.push_back(a.message);
        break;
      case VerificationType::continuous_customer_due_diligence:
        break;  // a placeholder in idp-server too: nothing to check yet
    }
    // idp-server stops at the first verification that fails.
    if (!messages.empty()) break;
  }
  return messages;
}

std::optional<http::Response> resolve_additional_parameters(const Process& process,
                                                            const http_request::Executor& executor,
                                                            std::int64_t deadline_ms,
                                                            rapidjson::Document& context) {
  auto& a = context.GetAllocator();
  rapidjson::Value resolved(rapidjson::kArrayType);
  for (const auto& parameter : process.additional_parameters) {
    if (parameter.condition && !parameter.condition->evaluate(context)) continue;
    rapidjson::Value output(rapidjson::kObjectType);
    if (parameter.type == AdditionalParameterType::http_request && parameter.http_request) {
      auto result = executor.execute(*parameter.http_request, context, deadline_ms);
      if (!result.succeeded() && !parameter.resilient) return execution_failed("pre_hook", result);
      output.AddMember("response_status", result.succeeded() ? result.status_code : 0, a);
      output.AddMember("response_headers",
                       result.succeeded() ? rapidjson::Value(result.response_headers, a)
                                          : rapidjson::Value(rapidjson::kObjectType),
                       a);
      output.AddMember("response_body",
                       result.succeeded() ? rapidjson::Value(result.response_body, a)
                                          : rapidjson::Value(rapidjson::kObjectType),
                       a);
    }
    // sso_credentials: the tokens a federated sign-in left with the user. A user who never
    // signed in through a federated provider has none, and the parameter is an empty object.
    resolved.PushBack(output, a);
  }
  auto it = context.FindMember("pre_hook_additional_parameters");
  if (it != context.MemberEnd())
    it->value = resolved;
  else
    context.AddMember("pre_hook_additional_parameters", resolved, a);
  return std::nullopt;
}

}  // namespace idp::identity
