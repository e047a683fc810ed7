#include "oauth/flow/view_data.hpp"

#include <rapidjson/document.h>

#include "base/strings.hpp"
#include "domain/stored.hpp"
#include "json/writer.hpp"
#include "oauth/authorization/claims_request.hpp"
#include "oauth/flow/consent.hpp"
#include "oauth/flow/op_session.hpp"
#include "oauth/flow/open_request.hpp"

namespace idp::oauth {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

void add_optional(rapidjson::Document& doc, const char* name,
                  const std::optional<std::string>& value) {
  if (value)
    doc.AddMember(rapidjson::StringRef(name), json::string_value(*value, doc.GetAllocator()),
                  doc.GetAllocator());
}

rapidjson::Value string_array(const std::vector<std::string>& values, Allocator& a) {
  rapidjson::Value array(rapidjson::kArrayType);
  for (const auto& v : values) array.PushBack(json::string_value(v, a), a);
  return array;
}

http::Response json_answer(const rapidjson::Document& doc) {
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response view_data(const EndpointContext& ctx, const domain::Tenant& tenant,
                         const http::Request& request, std::string_view id) {
  auto t = reopen(ctx, request, id);
  if (!t) return t.error();
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  const domain::Client& client = t->client;
  doc.AddMember("client_id", json::string_value(client.client_id, a), a);
  add_optional(doc, "client_name", client.client_name);
  add_optional(doc, "client_uri", client.client_uri);
  add_optional(doc, "logo_uri", client.logo_uri);
  add_optional(doc, "policy_uri", client.policy_uri);
  add_optional(doc, "tos_uri", client.tos_uri);
  doc.AddMember("scopes", string_array(t->request.scopes, a), a);
  rapidjson::Value claims(rapidjson::kObjectType);
  const std::string claims_request = t->request.claims.value_or("");
  for (const char* member : {"id_token", "userinfo"})
    claims.AddMember(rapidjson::StringRef(member),
                     string_array(requested_claim_names(claims_request, member), a), a);
  doc.AddMember("claims", claims, a);

  auto session = current_session(ctx, tenant, request);
  const bool session_enabled =
      session && !session_refusal(*session, t->request, t->client, ctx).has_value();
  doc.AddMember("session_enabled", session_enabled, a);
  const bool authenticated = !t->record.user_sub.empty();
  doc.AddMember("authenticated", authenticated, a);
  // Known once a user is: whether the consent screen must be shown (prompt=consent, or a scope
  // this user has not allowed this client before).
  std::string user = t->record.user_sub;
  if (user.empty() && session_enabled) user = session->user_sub;
  if (!user.empty()) doc.AddMember("consent_required", consent_required(ctx, user, t->request), a);
  return json_answer(doc);
}

http::Response authentication_status(const EndpointContext& ctx, const http::Request& request,
                                     std::string_view id) {
  auto t = reopen(ctx, request, id);
  if (!t) return t.error();
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  rapidjson::Document results = domain::stored_object(t->record.interactions, "interactions");
  bool locked = false;
  std::vector<std::string> methods;
  for (const auto& m : results.GetObject()) {
    auto lock = m.value.FindMember("locked");
    if (lock != m.value.MemberEnd() && lock->value.IsBool() && lock->value.GetBool()) locked = true;
    auto successes = m.value.FindMember("success_count");
    auto method = m.value.FindMember("method");
    if (successes != m.value.MemberEnd() && successes->value.IsInt() &&
        successes->value.GetInt() > 0 && method != m.value.MemberEnd() &&
        method->value.IsString() && !contains(methods, method->value.GetString()))
      methods.emplace_back(method->value.GetString());
  }
  const char* status = !t->record.user_sub.empty() ? "success" : locked ? "locked" : "in_progress";
  doc.AddMember("status", rapidjson::StringRef(status), a);
  doc.AddMember("interaction_results", rapidjson::Value(results, a), a);
  doc.AddMember("authentication_methods", string_array(methods, a), a);
  return json_answer(doc);
}

}  // namespace idp::oauth
