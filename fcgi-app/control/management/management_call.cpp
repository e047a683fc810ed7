#include "control/management/management_call.hpp"

#include <algorithm>
#include <charconv>
#include <ctime>

#include "base/strings.hpp"
#include "control/management_error.hpp"
#include "crypto/random.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

using Refusal = Unexpected<http::Response>;

std::optional<std::int64_t> number(std::string_view text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// Members whose values never reach the audit log.
constexpr std::string_view k_secret_members[] = {"client_secret",
                                                 "raw_password",
                                                 "hashed_password",
                                                 "password",
                                                 "api_secret",
                                                 "secret",
                                                 "d",
                                                 "p",
                                                 "q",
                                                 "dp",
                                                 "dq",
                                                 "qi",
                                                 "k",
                                                 "access_token",
                                                 "refresh_token",
                                                 "client_assertion"};

void mask(rapidjson::Value& v, rapidjson::Document::AllocatorType& a) {
  if (v.IsObject()) {
    for (auto& m : v.GetObject()) {
      std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (std::find(std::begin(k_secret_members), std::end(k_secret_members), name) !=
          std::end(k_secret_members))
        m.value.SetString("****", a);
      else
        mask(m.value, a);
    }
  } else if (v.IsArray()) {
    for (auto& item : v.GetArray()) mask(item, a);
  } else if (v.IsString()) {
    // JWKS are stored as JSON text inside a string (jwks, authorization_server.jwks).
    std::string_view s(v.GetString(), v.GetStringLength());
    if (s.size() > 1 && s.front() == '{' && s.find("\"keys\"") != std::string_view::npos) {
      auto inner = json::parse(s);
      if (inner && inner->IsObject()) {
        rapidjson::Document& doc = *inner;
        mask(doc, doc.GetAllocator());
        v.SetString(json::write(doc).c_str(), a);
      }
    }
  }
}

// Unix seconds, or an ISO 8601 date-time in UTC ("2026-01-02T03:04:05Z", seconds optional).
std::optional<std::int64_t> time_of(std::string_view text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc() && end == text.data() + text.size()) return v;
  std::tm tm{};
  std::string s(text);
  const char* rest = strptime(s.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
  if (!rest) rest = strptime(s.c_str(), "%Y-%m-%dT%H:%M", &tm);
  if (!rest || (*rest != '\0' && std::string_view(rest) != "Z")) return std::nullopt;
  return static_cast<std::int64_t>(timegm(&tm));
}

}  // namespace

Expected<std::optional<std::int64_t>, http::Response> query_time(const ManagementCall& call,
                                                                 const char* name) {
  auto v = call.query.get(name);
  if (!v) return std::optional<std::int64_t>();
  auto t = time_of(*v);
  if (!t)
    return Refusal{management_error(400, "invalid_request",
                                    std::string(name) + " must be an ISO 8601 date-time")};
  return t;
}

bool within_period(const ManagementCall& call, std::int64_t t) {
  auto from = query_time(call, "from");
  auto to = query_time(call, "to");
  return (!from || !*from || t >= **from) && (!to || !*to || t <= **to);
}

Expected<ManagementCall, http::Response> management_call(ports::UnitOfWork& uow,
                                                         ports::Directory& directory,
                                                         const http::Request& request,
                                                         const Caller& caller, std::int64_t now) {
  auto query = http::parse_oauth_params_keeping_first(request.query);
  if (!query) return Refusal{management_error(400, "invalid_request", query.error())};
  ManagementCall call{uow, directory, request, caller, now, std::move(query->params)};
  if (auto v = call.query.get("dry_run")) {
    if (*v != "true" && *v != "false")
      return Refusal{management_error(400, "invalid_request", "dry_run must be true or false")};
    call.dry_run = *v == "true";
  }
  if (auto v = call.query.get("limit")) {
    auto n = number(*v);
    if (!n || *n < 1 || *n > 1000)
      return Refusal{management_error(400, "invalid_request", "limit must be 1 to 1000")};
    call.limit = *n;
  }
  if (auto v = call.query.get("offset")) {
    auto n = number(*v);
    if (!n || *n < 0)
      return Refusal{management_error(400, "invalid_request", "offset must be 0 or more")};
    call.offset = *n;
  }
  for (const char* name : {"from", "to"})
    if (auto t = query_time(call, name); !t) return Refusal{t.error()};
  return call;
}

std::optional<http::Response> require(const ManagementCall& call, std::string_view permission) {
  if (call.caller.may(permission)) return std::nullopt;
  return management_error(403, "access_denied",
                          "the caller lacks the permission " + std::string(permission));
}

Expected<ports::TenantRecord, http::Response> managed_tenant(const ManagementCall& call,
                                                             std::string_view tenant_id) {
  if (!is_uuid(tenant_id)) return Refusal{not_found("tenant")};
  if (call.caller.organization_id) {
    const auto& tenants = call.caller.organization_tenants;
    auto it = std::find_if(tenants.begin(), tenants.end(),
                           [&](const auto& t) { return t.tenant_id == tenant_id; });
    if (it == tenants.end()) return Refusal{not_found("tenant")};
  }
  auto tenant = call.uow.tenants().find(std::string(tenant_id));
  if (!tenant) return Refusal{not_found("tenant")};
  return std::move(*tenant);
}

void record(const ManagementCall& call, const Change& change, std::string_view reason) {
  ports::AuditLogRecord e;
  e.id = crypto::system_random().uuid_v4();
  e.type = change.resource + "." + change.action;
  e.description = std::string(reason.empty() ? "" : "refused: ") + std::string(reason);
  e.organization_id = call.caller.organization_id.value_or("");
  e.actor_tenant_id = call.caller.tenant_id;
  e.client_id = call.caller.client_id;
  e.user_id = call.caller.user_sub;
  e.target_resource = change.resource;
  e.target_resource_id = change.resource_id;
  e.target_resource_action = change.action;
  e.ip_address = call.request.remote_addr;
  e.user_agent = std::string(call.request.header("user-agent").value_or(""));
  e.before = change.before.empty() ? "" : masked(change.before);
  e.after = change.after.empty() ? "" : masked(change.after);
  e.outcome_result = reason.empty() ? "success" : "failure";
  e.outcome_reason = std::string(reason);
  e.dry_run = call.dry_run;
  e.created_at = call.now;
  call.uow.audit_log().insert(change.tenant_id, e);
  call.uow.commit();
}

http::Response json_answer(std::string body) {
  http::Response r = http::Response::json(200, std::move(body));
  r.mark_token_bearing();
  return r;
}

http::Response write_answer(int status, const ManagementCall& call, const std::string& result_json,
                            const Change* change) {
  std::string body = "{\"dry_run\":";
  body += call.dry_run ? "true" : "false";
  body += ",\"result\":";
  body += result_json.empty() ? "{}" : result_json;
  if (change && !change->before.empty() && !change->after.empty()) {
    body += ",\"diff\":";
    body += diff(masked(change->before), masked(change->after));
  }
  body += '}';
  http::Response r = http::Response::json(call.dry_run && status == 201 ? 200 : status, body);
  r.mark_token_bearing();
  return r;
}

http::Response delete_answer(const ManagementCall& call, std::string_view id_name,
                             std::string_view id) {
  if (!call.dry_run) {
    http::Response r;
    r.status = 204;
    return r;
  }
  return http::Response::json(200, "{\"dry_run\":true,\"message\":\"would be deleted\"," +
                                       json::quote(id_name) + ":" + json::quote(id) + "}");
}

http::Response list_answer(const ManagementCall& call, rapidjson::Document& list,
                           std::int64_t total) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("list", rapidjson::Value(list, a), a);
  doc.AddMember("total_count", total, a);
  doc.AddMember("limit", call.limit, a);
  doc.AddMember("offset", call.offset, a);
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

http::Response not_found(std::string_view what) {
  return management_error(404, "not_found", "no " + std::string(what) + " with this id");
}

std::string masked(const std::string& json_text) {
  auto doc = json::parse(json_text);
  if (!doc) return "{}";
  rapidjson::Document& d = *doc;
  mask(d, d.GetAllocator());
  return json::write(d);
}

std::string diff(const std::string& before_json, const std::string& after_json) {
  auto before = json::parse(before_json);
  auto after = json::parse(after_json);
  rapidjson::Document out(rapidjson::kObjectType);
  auto& a = out.GetAllocator();
  if (!before || !after || !before->IsObject() || !after->IsObject()) return "{}";
  auto add = [&](const rapidjson::Value& name, const rapidjson::Value* b,
                 const rapidjson::Value* f) {
    rapidjson::Value change(rapidjson::kObjectType);
    change.AddMember("before", b ? rapidjson::Value(*b, a) : rapidjson::Value(), a);
    change.AddMember("after", f ? rapidjson::Value(*f, a) : rapidjson::Value(), a);
    out.AddMember(rapidjson::Value(name, a), change, a);
  };
  for (const auto& m : after->GetObject()) {
    auto old = before->FindMember(m.name);
    if (old == before->MemberEnd())
      add(m.name, nullptr, &m.value);
    else if (old->value != m.value)
      add(m.name, &old->value, &m.value);
  }
  for (const auto& m : before->GetObject())
    if (!after->HasMember(m.name)) add(m.name, &m.value, nullptr);
  return json::write(out);
}

}  // namespace idp::control
