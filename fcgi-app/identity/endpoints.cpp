#include "identity/endpoints.hpp"

#include <algorithm>
#include <charconv>

#include "base/strings.hpp"
#include "crypto/digest.hpp"
#include "http/basic_auth.hpp"
#include "http/bearer_token.hpp"
#include "http/body.hpp"
#include "http/form.hpp"
#include "identity/application.hpp"
#include "identity/approval.hpp"
#include "identity/list_query.hpp"
#include "identity/result_view.hpp"
#include "identity/verification_error.hpp"
#include "json/writer.hpp"
#include "oauth/scope.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::identity {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

http::Response bearer_error(int status, std::string_view code, std::string_view description) {
  http::Response r = error(status, code, description);
  std::string challenge = "Bearer error=\"";
  challenge += code;
  challenge += '"';
  r.set_header("WWW-Authenticate", challenge);
  return r;
}

// RFC 6750 §2.1 and §3.1: the access token's user and client, if it holds `scope`.
Expected<Requester, http::Response> resource_owner(Endpoint& e, const http::Request& request,
                                                   std::string_view scope) {
  auto header = request.header("authorization");
  if (!header)
    return Unexpected<http::Response>{
        bearer_error(401, "invalid_token", "an access token is required")};
  auto token = http::parse_bearer_token(*header);
  if (!token) return Unexpected<http::Response>{bearer_error(401, "invalid_token", token.error())};
  auto& ctx = e.engine;
  auto record = ctx.uow.tokens().find_by_access_hash(ctx.tenant_id, oauth::token_hash(*token));
  if (!record || record->revoked || record->access_token_expires_at * 1000 <= ctx.now_ms ||
      record->user_sub.empty())
    return Unexpected<http::Response>{
        bearer_error(401, "invalid_token", "the access token is not active")};
  auto scopes = oauth::parse_scope(record->scope.empty() ? "-" : record->scope);
  if (!scopes || !contains(*scopes, scope))
    return Unexpected<http::Response>{bearer_error(
        403, "insufficient_scope",
        "The request requires higher privileges than provided by the access token (scope " +
            std::string(scope) + ")")};
  return Requester{record->user_sub, record->client_id};
}

// The body as JSON ({} when there is none).
Expected<rapidjson::Document, http::Response> body_of(const http::Request& request) {
  if (request.body.empty()) return rapidjson::Document(rapidjson::kObjectType);
  auto body = http::json_object_body(request);
  if (!body) return Unexpected<http::Response>{body.error().to_response()};
  return std::move(*body);
}

rapidjson::Document attributes_of(const http::Request& request) {
  rapidjson::Document attributes(rapidjson::kObjectType);
  auto& a = attributes.GetAllocator();
  attributes.AddMember("ip_address", json::string_value(request.remote_addr, a), a);
  attributes.AddMember("user_agent",
                       json::string_value(request.header("user-agent").value_or(""), a), a);
  return attributes;
}

http::Response unknown_type(std::string_view type) {
  return error(
      404, "invalid_request",
      "no identity verification configuration of type '" + http::shorten_for_message(type) + "'");
}

http::Response unknown_process(std::string_view process) {
  return error(404, "invalid_request",
               "invalid configuration. process '" + http::shorten_for_message(process) +
                   "' is unregistered");
}

// RFC 7617 credentials compared in constant time.
std::optional<http::Response> check_basic(const std::optional<BasicAuth>& expected,
                                          const http::Request& request) {
  if (!expected) return std::nullopt;
  auto header = request.header("authorization");
  http::Response refused = error(401, "invalid_token",
                                 header ? "The identity verification request unmatch a basic "
                                          "authentication"
                                        : "The identity verification request requires a basic "
                                          "authentication");
  refused.set_header("WWW-Authenticate", "Basic realm=\"identity-verification\"");
  if (!header) return refused;
  auto credentials = http::parse_basic_credentials(*header);
  if (!credentials) return refused;
  bool user_ok = crypto::constant_time_equals(credentials->user_id, expected->username);
  bool password_ok = crypto::constant_time_equals(credentials->password, expected->password);
  if (!user_ok || !password_ok) return refused;
  return std::nullopt;
}

std::int64_t number_or(const http::Params& q, std::string_view name, std::int64_t fallback,
                       std::int64_t min, std::int64_t max) {
  auto v = q.get(name);
  if (!v) return fallback;
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size()) return fallback;
  return std::clamp(n, min, max);
}

// A list request: its resource owner (holding `scope`) and query parameters.
struct ListCall {
  Requester requester;
  http::Params params;
};

Expected<ListCall, http::Response> list_call(Endpoint& e, const http::Request& request,
                                             std::string_view scope) {
  auto requester = resource_owner(e, request, scope);
  if (!requester) return Unexpected<http::Response>{requester.error()};
  auto params = http::parse_form(request.query);
  if (!params) return Unexpected<http::Response>{error(400, "invalid_request", params.error())};
  return ListCall{std::move(*requester), std::move(*params)};
}

http::Response list_answer(rapidjson::Document& list, std::int64_t total, std::int64_t limit,
                           std::int64_t offset) {
  rapidjson::Document body(rapidjson::kObjectType);
  auto& a = body.GetAllocator();
  body.AddMember("list", rapidjson::Value(list, a), a);
  body.AddMember("total_count", total, a);
  body.AddMember("limit", limit, a);
  body.AddMember("offset", offset, a);
  http::Response r = http::Response::json(200, json::write(body));
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response apply_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                              std::string_view process) {
  auto requester = resource_owner(e, request, "identity_verification_application");
  if (!requester) return requester.error();
  auto config = e.configurations.find(e.engine.uow, e.engine.tenant_id, type);
  if (!config) return unknown_type(type);
  const Process* p = config->process(process);
  if (!p) return unknown_process(process);
  auto body = body_of(request);
  if (!body) return body.error();
  auto attributes = attributes_of(request);
  return apply(e.engine, *config, *p, *requester, *body, attributes);
}

http::Response process_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                                std::string_view id, std::string_view process) {
  auto requester = resource_owner(e, request, "identity_verification_application");
  if (!requester) return requester.error();
  auto config = e.configurations.find(e.engine.uow, e.engine.tenant_id, type);
  if (!config) return unknown_type(type);
  const Process* p = config->process(process);
  if (!p) return unknown_process(process);
  if (!is_uuid(id))
    return error(404, "invalid_request", "identity verification application not found");
  auto body = body_of(request);
  if (!body) return body.error();
  auto attributes = attributes_of(request);
  return continue_process(e.engine, *config, *p, *requester, id, *body, attributes);
}

http::Response list_applications_endpoint(Endpoint& e, const http::Request& request) {
  auto call = list_call(e, request, "identity_verification_application");
  if (!call) return call.error();
  const auto& q = call->params;
  auto query = application_query(q);
  if (!query) return error(400, "invalid_request", query.error());
  query->user_id = call->requester.sub;
  query->limit = number_or(q, "limit", 20, 1, 1000);
  query->offset = number_or(q, "offset", 0, 0, 1'000'000);
  std::int64_t total = 0;
  auto& ctx = e.engine;
  auto rows = ctx.uow.identity_verification_applications().list(ctx.tenant_id, *query, total);
  auto list = applications_json(rows, ctx.tenant_id);
  return list_answer(list, total, query->limit, query->offset);
}

http::Response delete_application_endpoint(Endpoint& e, const http::Request& request,
                                           std::string_view, std::string_view id) {
  auto requester = resource_owner(e, request, "identity_verification_application_delete");
  if (!requester) return requester.error();
  auto& ctx = e.engine;
  auto& applications = ctx.uow.identity_verification_applications();
  auto stored = is_uuid(id) ? applications.find(ctx.tenant_id, id) : std::nullopt;
  if (!stored || stored->user_id != requester->sub)
    return error(404, "invalid_request", "identity verification application not found");
  applications.remove(ctx.tenant_id, id);
  ctx.uow.commit();
  http::Response r = http::Response::json(200, "{}");
  r.mark_token_bearing();
  return r;
}

http::Response list_results_endpoint(Endpoint& e, const http::Request& request) {
  auto call = list_call(e, request, "identity_verification_result");
  if (!call) return call.error();
  const auto& q = call->params;
  auto query = result_query(q);
  if (!query) return error(400, "invalid_request", query.error());
  query->user_id = call->requester.sub;
  query->limit = number_or(q, "limit", 20, 1, 1000);
  query->offset = number_or(q, "offset", 0, 0, 1'000'000);
  std::int64_t total = 0;
  auto& ctx = e.engine;
  auto rows = ctx.uow.identity_verification_results().list(ctx.tenant_id, *query, total);
  auto list = results_json(rows, ctx.tenant_id);
  return list_answer(list, total, query->limit, query->offset);
}

http::Response callback_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                                 std::string_view id, std::string_view process) {
  auto config = e.configurations.find(e.engine.uow, e.engine.tenant_id, type);
  if (!config) return unknown_type(type);
  const Process* p = config->process(process);
  // Only a process with Basic credentials is a callback: any other one would let anybody who
  // knows an application id move it (idp-server runs such processes unauthenticated).
  if (!p || !p->basic_auth) return unknown_process(process);
  if (auto refused = check_basic(p->basic_auth, request)) return *refused;
  if (!id.empty() && !is_uuid(id))
    return error(404, "invalid_request", "identity verification application not found");
  auto body = body_of(request);
  if (!body) return body.error();
  auto attributes = attributes_of(request);
  return callback(e.engine, *config, *p, id, *body, attributes);
}

http::Response registration_endpoint(Endpoint& e, const http::Request& request,
                                     std::string_view type) {
  auto config = e.configurations.find(e.engine.uow, e.engine.tenant_id, type);
  if (!config || !config->registration) return unknown_type(type);
  const Registration& registration = *config->registration;
  if (auto refused = check_basic(registration.basic_auth, request)) return *refused;
  auto body = body_of(request);
  if (!body) return body.error();
  if (registration.schema)
    if (auto v = registration.schema->validate(*body); !v.empty())
      return schema_violations("The identity verification registration is invalid.", v);
  auto user_id = body->FindMember("user_id");
  if (user_id == body->MemberEnd() || !user_id->value.IsString() ||
      !is_uuid(user_id->value.GetString()))
    return error(400, "invalid_request", "user_id must name a user of the tenant (a UUID)");
  auto& ctx = e.engine;
  std::string sub = user_id->value.GetString();
  if (!ctx.uow.users().find(ctx.tenant_id, sub))
    return error(404, "invalid_request", "user not found");

  rapidjson::Document context(rapidjson::kObjectType);
  auto& a = context.GetAllocator();
  context.AddMember("request_body", rapidjson::Value(*body, a), a);
  context.AddMember("request_attributes", rapidjson::Value(attributes_of(request), a), a);
  // result.verified_claims_mapping_rules read the context; seed 002's older
  // verified_claims_configuration.mapping_rules read the body itself.
  rapidjson::Document claims =
      config->has_legacy_rules && config->result.verified_claims_rules.size() == 0
          ? config->legacy_verified_claims_rules.apply(*body, ctx.environment)
          : config->result.verified_claims_rules.apply(context, ctx.environment);
  auto source = config->result.source_details_rules.apply(context, ctx.environment);
  record_verified_claims(ctx.uow, ctx.tenant_id, *config, {sub, "", "direct"}, claims, source,
                         VerifiedClaimsPolicy::replace, ctx.now_ms, ctx.new_id());
  auto answer = registration.response_rules.apply(context, ctx.environment);
  ctx.uow.commit();
  http::Response r = http::Response::json(200, json::write(answer));
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::identity
