#include "identity/process_engine.hpp"

#include <stdexcept>

#include "domain/user.hpp"
#include "identity/application.hpp"
#include "identity/approval.hpp"
#include "identity/pre_hook.hpp"
#include "identity/verification_error.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "oidc/user_claims.hpp"

namespace idp::identity {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

constexpr std::string_view k_invalid_request =
    "The identity verification request is invalid. Please review your input for missing or "
    "incorrect fields.";
constexpr std::string_view k_invalid_callback = "identity verification callback is invalid.";

void put(rapidjson::Document& context, const char* name, rapidjson::Value value) {
  auto& a = context.GetAllocator();
  auto it = context.FindMember(name);
  if (it != context.MemberEnd())
    it->value = std::move(value);
  else
    context.AddMember(rapidjson::StringRef(name), std::move(value), a);
}

rapidjson::Document base_context(const rapidjson::Value& body,
                                 const RequestAttributes& attributes) {
  rapidjson::Document context(rapidjson::kObjectType);
  auto& a = context.GetAllocator();
  put(context, "request_body", rapidjson::Value(body, a));
  put(context, "request_attributes", rapidjson::Value(attributes, a));
  put(context, "pre_hook_additional_parameters", rapidjson::Value(rapidjson::kArrayType));
  return context;
}

void put_application(rapidjson::Document& context, const std::string& tenant_id,
                     const Application& application) {
  put(context, "application", application.to_json(tenant_id, context.GetAllocator()));
}

void put_execution(rapidjson::Document& context, const http_request::HttpResult& result) {
  auto& a = context.GetAllocator();
  put(context, "status", rapidjson::Value("success"));
  put(context, "status_code", rapidjson::Value(result.status_code));
  put(context, "response_headers", rapidjson::Value(result.response_headers, a));
  put(context, "response_body", rapidjson::Value(result.response_body, a));
}

std::optional<Status> transition(const Transitions& t, const rapidjson::Value& context) {
  using Result = json::mapping::AnyOfConditions::Result;
  auto holds = [&](const std::optional<json::mapping::AnyOfConditions>& c) {
    return c && c->evaluate(context) == Result::satisfied;
  };
  if (holds(t.approved)) return Status::approved;
  if (holds(t.rejected)) return Status::rejected;
  if (holds(t.canceled)) return Status::cancelled;
  if (holds(t.applied)) return Status::applied;
  return std::nullopt;
}

http::Response json_answer(int status, const rapidjson::Value& body) {
  http::Response r = http::Response::json(status, json::write(body));
  r.mark_token_bearing();
  return r;
}

// The user as mapping rules and user_claim verifications see it.
rapidjson::Value user_json(EngineContext& ctx, const std::string& sub, Allocator& a) {
  auto user = oidc::find_user(ctx.uow, ctx.tenant_id, sub);
  if (!user) return rapidjson::Value(rapidjson::kNullType);
  return domain::to_value(*user, a, /*include_secrets=*/false);
}

// The access token outlived its user (deleted since): RFC 6750 §3.1.
http::Response user_gone() {
  http::Response r = error(401, "invalid_token", "the user of this access token no longer exists");
  r.set_header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  return r;
}

std::vector<Application> applications_of(EngineContext& ctx, const std::string& sub) {
  ports::IdentityVerificationApplicationQuery query;
  query.user_id = sub;
  query.limit = 100;
  std::int64_t total = 0;
  std::vector<Application> out;
  for (const auto& r :
       ctx.uow.identity_verification_applications().list(ctx.tenant_id, query, total))
    out.emplace_back(r);
  return out;
}

http::Response terminal_refusal(const Application& application) {
  return error(400, "invalid_request",
               "the identity verification application is " +
                   std::string(to_string(application.status())) +
                   "; no further process can run on it");
}

// Approval of `application` (status already approved): result row and user update.
void approve(EngineContext& ctx, const VerificationConfiguration& config,
             const Application& application, rapidjson::Document& context) {
  put_application(context, ctx.tenant_id, application);
  auto claims = config.result.verified_claims_rules.apply(context, ctx.environment);
  auto source = config.result.source_details_rules.apply(context, ctx.environment);
  record_verified_claims(ctx.uow, ctx.tenant_id, config,
                         {application.user_id(), application.id(), "application"}, claims, source,
                         config.result.policy, ctx.now_ms, ctx.new_id());
}

// Records a refused or failed call of `process` on an existing application (its counters only).
void record_failure(EngineContext& ctx, const Application& application, std::string_view process) {
  Application failed(application.record(ctx.now_ms));
  failed.count(process, false);
  ctx.uow.identity_verification_applications().update(ctx.tenant_id, failed.record(ctx.now_ms));
  ctx.uow.commit();
}

// The external id the vendor knows the application by: details[callback_application_id_param].
void take_external_id(const VerificationConfiguration& config, Application& application) {
  if (config.callback_application_id_param.empty()) return;
  auto it = application.details().FindMember(config.callback_application_id_param.c_str());
  if (it == application.details().MemberEnd()) return;
  if (it->value.IsString())
    application.set_external_id(it->value.GetString());
  else if (it->value.IsNumber())
    application.set_external_id(json::write(it->value));
}

// The vendor named an application id that another application of the type already has: its
// callbacks could not tell the two apart, so the change is refused and nothing is written.
http::Response vendor_id_taken() {
  return error(502, "execution_failed",
               "the external service gave an application id that another application of this "
               "type already has");
}

// Asked only when the vendor's id changed: the stored one was checked when it was taken.
bool external_id_taken(EngineContext& ctx, const Application& application,
                       const std::string& stored_external_id) {
  const std::string& external = application.external_id();
  if (external.empty() || external == stored_external_id) return false;
  auto holder = ctx.uow.identity_verification_applications().find_by_external_id(
      ctx.tenant_id, application.verification_type(), external);
  return holder && holder->id != application.id();
}

// Execution and everything after it that does not write: the answer on failure.
std::optional<http::Response> execute(EngineContext& ctx, const Process& process,
                                      rapidjson::Document& context) {
  if (process.execution == ExecutionType::http_request && process.http_request) {
    auto result = ctx.executor.execute(*process.http_request, context, ctx.deadline_ms);
    if (!result.succeeded()) return execution_failed("execution", result);
    put_execution(context, result);
  } else if (process.execution == ExecutionType::http_requests) {
    // The answers so far, for the calls after them and for the later phases; the last one also
    // as status_code, response_headers and response_body, like a single call's.
    auto& a = context.GetAllocator();
    put(context, "execution_http_requests", rapidjson::Value(rapidjson::kArrayType));
    for (const auto& http : process.http_requests) {
      auto result = ctx.executor.execute(http, context, ctx.deadline_ms);
      if (!result.succeeded()) return execution_failed("execution", result);
      rapidjson::Value answer(rapidjson::kObjectType);
      answer.AddMember("status_code", result.status_code, a);
      answer.AddMember("response_headers", rapidjson::Value(result.response_headers, a), a);
      answer.AddMember("response_body", rapidjson::Value(result.response_body, a), a);
      context["execution_http_requests"].PushBack(answer, a);
      put_execution(context, result);
    }
  }
  return std::nullopt;
}

}  // namespace

http::Response apply(EngineContext& ctx, const VerificationConfiguration& config,
                     const Process& process, const Requester& requester,
                     const rapidjson::Value& body, const RequestAttributes& attributes) {
  if (process.schema)
    if (auto v = process.schema->validate(body); !v.empty())
      return schema_violations(k_invalid_request, v);

  rapidjson::Document context = base_context(body, attributes);
  put(context, "user", user_json(ctx, requester.sub, context.GetAllocator()));
  if (context["user"].IsNull()) return user_gone();
  std::vector<Application> previous = applications_of(ctx, requester.sub);
  ctx.uow.commit();  // no transaction stays open while vendors are called

  auto messages =
      run_verifications(process, {body, context["user"], context, nullptr, previous, config.type});
  if (!messages.empty()) return pre_hook_failed(messages);
  if (auto refused = resolve_additional_parameters(process, ctx.executor, ctx.deadline_ms, context))
    return *refused;
  if (auto failed = execute(ctx, process, context)) return *failed;

  Application application(ctx.new_id(), config.type, requester.client_id, requester.sub,
                          ctx.now_ms);
  if (config.attributes.is_object()) application.set_attributes(config.attributes.value());
  application.merge_details(process.store_rules.apply(context, ctx.environment));
  application.count(process.name, true);
  take_external_id(config, application);
  put_application(context, ctx.tenant_id, application);
  Status initial = transition(process.transitions, context).value_or(Status::requested);
  application.set_status(initial == Status::applying ? Status::requested : initial);

  if (!ctx.uow.identity_verification_applications().insert(ctx.tenant_id,
                                                           application.record(ctx.now_ms)))
    return vendor_id_taken();
  if (application.status() == Status::approved) approve(ctx, config, application, context);
  put_application(context, ctx.tenant_id, application);
  rapidjson::Document answer = process.response_rules.apply(context, ctx.environment);
  ctx.uow.commit();

  auto& a = answer.GetAllocator();
  if (answer.HasMember("id")) answer.RemoveMember("id");
  answer.AddMember("id", json::string_value(application.id(), a), a);
  return json_answer(200, answer);
}

http::Response continue_process(EngineContext& ctx, const VerificationConfiguration& config,
                                const Process& process, const Requester& requester,
                                std::string_view application_id, const rapidjson::Value& body,
                                const RequestAttributes& attributes) {
  auto stored = ctx.uow.identity_verification_applications().find(ctx.tenant_id, application_id);
  if (!stored || stored->user_id != requester.sub || stored->verification_type != config.type)
    return error(404, "invalid_request", "identity verification application not found");
  Application application(*stored);
  if (is_terminal(application.status())) return terminal_refusal(application);
  if (process.schema)
    if (auto v = process.schema->validate(body); !v.empty()) {
      record_failure(ctx, application, process.name);
      return schema_violations(k_invalid_request, v);
    }

  rapidjson::Document context = base_context(body, attributes);
  put(context, "user", user_json(ctx, requester.sub, context.GetAllocator()));
  if (context["user"].IsNull()) return user_gone();
  put_application(context, ctx.tenant_id, application);
  std::vector<Application> previous = applications_of(ctx, requester.sub);
  ctx.uow.commit();

  auto messages = run_verifications(
      process, {body, context["user"], context, &application, previous, config.type});
  std::optional<http::Response> refused;
  if (!messages.empty())
    refused = pre_hook_failed(messages);
  else if (auto failed =
               resolve_additional_parameters(process, ctx.executor, ctx.deadline_ms, context))
    refused = std::move(failed);
  else if (auto vendor = execute(ctx, process, context))
    refused = std::move(vendor);
  if (refused) {
    record_failure(ctx, application, process.name);
    return *refused;
  }

  application.merge_details(process.store_rules.apply(context, ctx.environment));
  application.count(process.name, true);
  take_external_id(config, application);
  Status candidate = transition(process.transitions, context).value_or(Status::applying);
  application.set_status(reconcile(application.status(), candidate));
  if (external_id_taken(ctx, application, stored->external_application_id)) {
    record_failure(ctx, Application(*stored), process.name);
    return vendor_id_taken();
  }
  if (!ctx.uow.identity_verification_applications().update(ctx.tenant_id,
                                                           application.record(ctx.now_ms)))
    return error(409, "conflict",
                 "The application was updated by another request while the external service "
                 "call was in flight. Refetch the application and retry.");
  if (application.status() == Status::approved) approve(ctx, config, application, context);
  rapidjson::Document answer = process.response_rules.apply(context, ctx.environment);
  ctx.uow.commit();
  return json_answer(200, answer);
}

http::Response callback(EngineContext& ctx, const VerificationConfiguration& config,
                        const Process& process, std::string_view application_id,
                        const rapidjson::Value& body, const RequestAttributes& attributes) {
  if (process.schema)
    if (auto v = process.schema->validate(body); !v.empty())
      return schema_violations(k_invalid_callback, v);

  std::optional<ports::IdentityVerificationApplicationRecord> stored;
  auto& applications = ctx.uow.identity_verification_applications();
  if (!application_id.empty()) {
    stored = applications.find(ctx.tenant_id, application_id);
  } else if (!config.callback_application_id_param.empty() && body.IsObject()) {
    auto it = body.FindMember(config.callback_application_id_param.c_str());
    if (it != body.MemberEnd() && (it->value.IsString() || it->value.IsNumber())) {
      std::string external = it->value.IsString() ? it->value.GetString() : json::write(it->value);
      stored = applications.find_by_external_id(ctx.tenant_id, config.type, external);
    }
  }
  if (!stored || stored->verification_type != config.type)
    return error(404, "invalid_request", "identity verification application not found");
  Application application(*stored);
  if (is_terminal(application.status())) return terminal_refusal(application);

  rapidjson::Document context = base_context(body, attributes);
  put_application(context, ctx.tenant_id, application);
  ctx.uow.commit();
  if (auto failed = execute(ctx, process, context)) {
    record_failure(ctx, application, process.name);
    return *failed;
  }

  application.merge_details(process.store_rules.apply(context, ctx.environment));
  application.count(process.name, true);
  take_external_id(config, application);
  Status candidate =
      transition(process.transitions, context).value_or(Status::examination_processing);
  application.set_status(reconcile(application.status(), candidate));
  if (external_id_taken(ctx, application, stored->external_application_id)) {
    record_failure(ctx, Application(*stored), process.name);
    return vendor_id_taken();
  }
  if (!applications.update(ctx.tenant_id, application.record(ctx.now_ms)))
    return error(409, "conflict",
                 "The application was updated by another request at the same time. Retry the "
                 "callback.");
  if (application.status() == Status::approved) approve(ctx, config, application, context);
  rapidjson::Document answer = process.response_rules.apply(context, ctx.environment);
  ctx.uow.commit();
  return json_answer(200, answer);
}

}  // namespace idp::identity
