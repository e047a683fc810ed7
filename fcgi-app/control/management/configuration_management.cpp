#include "control/management/configuration_management.hpp"

#include "identity/configuration_cache.hpp"

#include "base/strings.hpp"
#include "control/config_writer.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "crypto/random.hpp"
#include "domain/authentication_policy.hpp"
#include "domain/stored.hpp"
#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

constexpr std::string_view k_policies = "authentication-policies";

std::string permission(const ConfigurationKind& kind, const char* action) {
  return std::string(kind.permission) + ":" + action;
}

bool is_policy(const ConfigurationKind& kind) {
  return kind.path == k_policies;
}

// The stored document of `id`, for either storage.
std::optional<std::string> stored(const ManagementCall& call, const std::string& tenant,
                                  const ConfigurationKind& kind, std::string_view id) {
  if (!is_uuid(id)) return std::nullopt;
  if (is_policy(kind)) {
    auto p = call.uow.authentication_policies().find(tenant, id);
    return p ? std::optional<std::string>(p->payload) : std::nullopt;
  }
  auto c = call.uow.configurations().find(tenant, kind.kind, id);
  return c ? std::optional<std::string>(c->payload) : std::nullopt;
}

// Checks the body and writes it (unless dry run); the error lists every problem.
Status save(const ManagementCall& call, const std::string& tenant, const ConfigurationKind& kind,
            rapidjson::Document& body, std::string& id_out) {
  if (!kind.schema.empty())
    if (auto ok = check_body(kind.schema, body); !ok) return ok;
  if (is_policy(kind)) {
    auto policy = domain::parse_authentication_policy(body);
    if (!policy) return fail(policy.error());
    id_out = policy->id;
    if (!call.dry_run) save_authentication_policy(call.uow, tenant, *policy);
    return ok_status();
  }
  std::vector<std::string> problems;
  const std::string prefix(kind.kind);
  auto id = body.FindMember("id");
  if (id == body.MemberEnd() || !id->value.IsString() || !is_uuid(id->value.GetString()))
    problems.push_back(prefix + ".id: a UUID is required");
  auto type = body.FindMember("type");
  if (type != body.MemberEnd() && !type->value.IsString())
    problems.push_back(prefix + ".type: must be a string");
  auto enabled = body.FindMember("enabled");
  if (enabled != body.MemberEnd() && !enabled->value.IsBool())
    problems.push_back(prefix + ".enabled: must be true or false");
  if (!problems.empty()) return fail(join(problems, "; "));
  id_out = id->value.GetString();
  if (kind.kind == identity::k_configuration_kind) {
    // Compiled now, so that a template that would fail at run time is refused here.
    auto compiled = identity::parse_verification_configuration(body);
    if (!compiled) return fail(compiled.error());
    for (const auto& other : call.uow.configurations().list(tenant, kind.kind))
      if (other.type == compiled->type && other.id != id_out)
        return fail(prefix + ".type: '" + compiled->type +
                    "' is configured already, by identity verification configuration " + other.id);
  }
  if (!call.dry_run)
    call.uow.configurations().upsert(
        tenant,
        {std::string(kind.kind), id_out, type != body.MemberEnd() ? type->value.GetString() : "",
         enabled == body.MemberEnd() || enabled->value.GetBool(), json::write(body)});
  return ok_status();
}

}  // namespace

const std::vector<ConfigurationKind>& configuration_kinds() {
  static const std::vector<ConfigurationKind> kinds = {
      // idp-server's authentication/authentication-config.json describes an older shape
      // ({id, type, payload}) than its examples use, so those bodies are not checked against it.
      {"authentication_configuration", "authentication-configurations", "idp:authentication-config",
       ""},
      {"authentication_policy", k_policies, "idp:authentication-policy-config", ""},
      {"federation_configuration", "federation-configurations", "idp:federation-config", ""},
      {"identity_verification_configuration", "identity-verification-configurations",
       "idp:identity-verification-config", "identity-verification"},
      {"security_event_hook_configuration", "security-event-hook-configurations",
       "idp:security-event-hook-config", "security-event-hook-configuration"},
  };
  return kinds;
}

http::Response list_configurations(const ManagementCall& call, std::string_view tenant_id,
                                   const ConfigurationKind& kind) {
  if (auto denied = require(call, permission(kind, "read"))) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  std::vector<std::string> documents;
  if (is_policy(kind))
    for (const auto& p : call.uow.authentication_policies().list(tenant->tenant_id))
      documents.push_back(p.payload);
  else
    for (const auto& c : call.uow.configurations().list(tenant->tenant_id, kind.kind))
      documents.push_back(c.payload);
  rapidjson::Document list(rapidjson::kArrayType);
  auto& a = list.GetAllocator();
  const auto total = static_cast<std::int64_t>(documents.size());
  for (std::int64_t i = call.offset; i < total && i < call.offset + call.limit; ++i)
    list.PushBack(rapidjson::Value(*json::parse(documents[static_cast<std::size_t>(i)]), a), a);
  return list_answer(call, list, total);
}

http::Response get_configuration(const ManagementCall& call, std::string_view tenant_id,
                                 const ConfigurationKind& kind, std::string_view id) {
  if (auto denied = require(call, permission(kind, "read"))) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto document = stored(call, tenant->tenant_id, kind, id);
  if (!document) return not_found(kind.kind);
  return json_answer(*document);
}

http::Response create_configuration(const ManagementCall& call, std::string_view tenant_id,
                                    const ConfigurationKind& kind) {
  if (auto denied = require(call, permission(kind, "create"))) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto& a = body->GetAllocator();
  if (!body->HasMember("id"))
    body->AddMember("id", json::string_value(crypto::system_random().uuid_v4(), a), a);
  Change change{tenant->tenant_id, std::string(kind.kind), "", "create", "", ""};
  auto id = body->FindMember("id");
  if (id->value.IsString()) {
    change.resource_id = id->value.GetString();
    if (stored(call, tenant->tenant_id, kind, change.resource_id)) {
      record(call, change, "it already exists");
      return management_error(409, "conflict", "a configuration with this id already exists");
    }
  }
  std::string saved_id;
  if (auto ok = save(call, tenant->tenant_id, kind, *body, saved_id); !ok) {
    record(call, change, ok.error());
    return invalid_request(ok.error());
  }
  change.after = json::write(*body);
  record(call, change);
  return write_answer(201, call, change.after);
}

http::Response replace_configuration(const ManagementCall& call, std::string_view tenant_id,
                                     const ConfigurationKind& kind, std::string_view id) {
  if (auto denied = require(call, permission(kind, "update"))) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = stored(call, tenant->tenant_id, kind, id);
  if (!current) return not_found(kind.kind);
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto& a = body->GetAllocator();
  body->RemoveMember("id");
  body->AddMember("id", json::string_value(id, a), a);
  Change change{tenant->tenant_id, std::string(kind.kind), std::string(id), "update", *current, ""};
  std::string saved_id;
  if (auto ok = save(call, tenant->tenant_id, kind, *body, saved_id); !ok) {
    record(call, change, ok.error());
    return invalid_request(ok.error());
  }
  change.after = json::write(*body);
  record(call, change);
  return write_answer(200, call, change.after, &change);
}

http::Response delete_configuration(const ManagementCall& call, std::string_view tenant_id,
                                    const ConfigurationKind& kind, std::string_view id) {
  if (auto denied = require(call, permission(kind, "delete"))) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = stored(call, tenant->tenant_id, kind, id);
  if (!current) return not_found(kind.kind);
  Change change{tenant->tenant_id, std::string(kind.kind), std::string(id), "delete", *current, ""};
  if (!call.dry_run) {
    if (is_policy(kind))
      call.uow.authentication_policies().remove(tenant->tenant_id, id);
    else
      call.uow.configurations().remove(tenant->tenant_id, kind.kind, id);
  }
  record(call, change);
  return delete_answer(call, "id", id);
}

const std::vector<RecordKind>& record_kinds() {
  static const std::vector<RecordKind> kinds = {
      {"security-events", "idp:security-event:read"},
      {"security-event-hooks", "idp:security-event-hook:read"},
      {"authentication-transactions", "idp:authentication-transaction:read"},
      {"authentication-interactions", "idp:authentication-interaction:read"},
      {"grants", "idp:grant:read"},
      {"statistics", "idp:tenant:read"},
  };
  return kinds;
}

http::Response list_records(const ManagementCall& call, std::string_view tenant_id,
                            const RecordKind& kind) {
  if (auto denied = require(call, kind.permission)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  rapidjson::Document list(rapidjson::kArrayType);
  return list_answer(call, list, 0);
}

http::Response get_record(const ManagementCall& call, std::string_view tenant_id,
                          const RecordKind& kind) {
  if (auto denied = require(call, kind.permission)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  return not_found(kind.path);
}

}  // namespace idp::control
