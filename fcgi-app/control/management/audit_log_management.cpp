#include "control/management/audit_log_management.hpp"

#include <ctime>

#include "base/strings.hpp"
#include "control/management_error.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

std::string iso_time(std::int64_t t) {
  std::time_t time = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&time, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void add_json(rapidjson::Value& object, const char* name, const std::string& text, Allocator& a) {
  auto doc = text.empty() ? Expected<rapidjson::Document>(fail("none")) : json::parse(text);
  object.AddMember(rapidjson::StringRef(name),
                   doc ? rapidjson::Value(*doc, a) : rapidjson::Value(rapidjson::kNullType), a);
}

rapidjson::Value entry_value(const std::string& tenant, const ports::AuditLogRecord& e,
                             Allocator& a) {
  rapidjson::Value v(rapidjson::kObjectType);
  auto str = [&](const char* name, const std::string& value) {
    v.AddMember(rapidjson::StringRef(name), json::string_value(value, a), a);
  };
  auto optional = [&](const char* name, const std::string& value) {
    if (value.empty())
      v.AddMember(rapidjson::StringRef(name), rapidjson::Value(), a);
    else
      str(name, value);
  };
  str("id", e.id);
  str("type", e.type);
  str("description", e.description);
  str("tenant_id", tenant);
  optional("client_id", e.client_id);
  optional("user_id", e.user_id);
  optional("target_resource", e.target_resource);
  optional("target_resource_action", e.target_resource_action);
  optional("ip_address", e.ip_address);
  optional("user_agent", e.user_agent);
  add_json(v, "before", e.before, a);
  add_json(v, "after", e.after, a);
  rapidjson::Value attributes(rapidjson::kObjectType);
  attributes.AddMember("target_resource_id", json::string_value(e.target_resource_id, a), a);
  attributes.AddMember("actor_tenant_id", json::string_value(e.actor_tenant_id, a), a);
  if (!e.organization_id.empty())
    attributes.AddMember("organization_id", json::string_value(e.organization_id, a), a);
  attributes.AddMember("outcome_result", json::string_value(e.outcome_result, a), a);
  if (!e.outcome_reason.empty())
    attributes.AddMember("outcome_reason", json::string_value(e.outcome_reason, a), a);
  v.AddMember("attributes", attributes, a);
  str("outcome_result", e.outcome_result);
  v.AddMember("dry_run", e.dry_run, a);
  str("created_at", iso_time(e.created_at));
  return v;
}

}  // namespace

http::Response list_audit_logs(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:audit-log:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  ports::AuditLogQuery q;
  q.limit = call.limit;
  q.offset = call.offset;
  q.type = std::string(call.query.get("type").value_or(""));
  q.outcome_result = std::string(call.query.get("outcome_result").value_or(""));
  q.user_id = std::string(call.query.get("user_id").value_or(""));
  q.client_id = std::string(call.query.get("client_id").value_or(""));
  if (auto v = call.query.get("dry_run")) q.dry_run = *v == "true";
  for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    auto t = query_time(call, name);
    if (!t) return t.error();
    *out = t->value_or(0);
  }
  std::int64_t total = 0;
  auto entries = call.uow.audit_log().list(tenant->tenant_id, q, total);
  rapidjson::Document list(rapidjson::kArrayType);
  for (const auto& e : entries)
    list.PushBack(entry_value(tenant->tenant_id, e, list.GetAllocator()), list.GetAllocator());
  return list_answer(call, list, total);
}

http::Response get_audit_log(const ManagementCall& call, std::string_view tenant_id,
                             std::string_view id) {
  if (auto denied = require(call, "idp:audit-log:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto entry = is_uuid(id) ? call.uow.audit_log().find(tenant->tenant_id, id) : std::nullopt;
  if (!entry) return not_found("audit log entry");
  rapidjson::Document doc;
  rapidjson::Value v = entry_value(tenant->tenant_id, *entry, doc.GetAllocator());
  return json_answer(json::write(v));
}

}  // namespace idp::control
