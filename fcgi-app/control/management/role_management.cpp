#include "control/management/role_management.hpp"

#include <functional>

#include "base/strings.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "crypto/random.hpp"
#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

rapidjson::Value permission_value(const ports::PermissionRecord& p, Allocator& a) {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("id", json::string_value(p.id, a), a);
  v.AddMember("name", json::string_value(p.name, a), a);
  v.AddMember("description", json::string_value(p.description, a), a);
  return v;
}

std::string permission_json(const ports::PermissionRecord& p) {
  rapidjson::Document doc;
  return json::write(permission_value(p, doc.GetAllocator()));
}

rapidjson::Value role_value(const ManagementCall& call, const std::string& tenant,
                            const ports::RoleRecord& role, Allocator& a) {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("id", json::string_value(role.id, a), a);
  v.AddMember("name", json::string_value(role.name, a), a);
  v.AddMember("description", json::string_value(role.description, a), a);
  rapidjson::Value permissions(rapidjson::kArrayType);
  for (const auto& p : call.uow.roles().permissions_of_role(tenant, role.id))
    permissions.PushBack(permission_value(p, a), a);
  v.AddMember("permissions", permissions, a);
  return v;
}

std::string role_json(const ManagementCall& call, const std::string& tenant,
                      const ports::RoleRecord& role) {
  rapidjson::Document doc;
  return json::write(role_value(call, tenant, role, doc.GetAllocator()));
}

http::Response refused(const ManagementCall& call, const Change& change,
                       const std::string& problem) {
  record(call, change, problem);
  return invalid_request(problem);
}

// "name" (1-255 characters) and an optional "description" (at most 255).
Expected<std::pair<std::string, std::string>> name_and_description(const rapidjson::Value& body,
                                                                   const char* what) {
  std::vector<std::string> problems;
  std::string name, description;
  auto n = body.FindMember("name");
  if (n == body.MemberEnd() || !n->value.IsString() || n->value.GetStringLength() == 0 ||
      n->value.GetStringLength() > 255)
    problems.push_back(std::string(what) + ".name: a string of 1 to 255 characters is required");
  else
    name = n->value.GetString();
  if (auto d = body.FindMember("description"); d != body.MemberEnd()) {
    if (!d->value.IsString() || d->value.GetStringLength() > 255)
      problems.push_back(std::string(what) + ".description: a string of at most 255 characters");
    else
      description = d->value.GetString();
  }
  if (!problems.empty()) return fail(join(problems, "; "));
  return std::pair{name, description};
}

// The permission ids of a body member, each an existing permission of the tenant.
Expected<std::vector<std::string>> permission_ids(const ManagementCall& call,
                                                  const std::string& tenant,
                                                  const rapidjson::Value& body) {
  auto it = body.FindMember("permissions");
  if (it == body.MemberEnd() || !it->value.IsArray())
    return fail("role.permissions: an array of permission ids is required");
  std::vector<std::string> ids, problems;
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    const auto& item = it->value[i];
    const std::string path = "role.permissions[" + std::to_string(i) + "]";
    if (!item.IsString() || !is_uuid(item.GetString())) {
      problems.push_back(path + ": a permission id (UUID) is required");
    } else if (!call.uow.roles().find_permission(tenant, item.GetString())) {
      problems.push_back(path + ": no such permission in the tenant");
    } else {
      ids.emplace_back(item.GetString());
    }
  }
  if (!problems.empty()) return fail(join(problems, "; "));
  return ids;
}

template <class Record>
http::Response page_of(const ManagementCall& call, const std::vector<Record>& records,
                       const std::function<rapidjson::Value(const Record&, Allocator&)>& value) {
  rapidjson::Document list(rapidjson::kArrayType);
  const auto total = static_cast<std::int64_t>(records.size());
  for (std::int64_t i = call.offset; i < total && i < call.offset + call.limit; ++i)
    list.PushBack(value(records[static_cast<std::size_t>(i)], list.GetAllocator()),
                  list.GetAllocator());
  return list_answer(call, list, total);
}

}  // namespace

http::Response list_permissions(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:permission:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  return page_of<ports::PermissionRecord>(call, call.uow.roles().permissions(tenant->tenant_id),
                                          permission_value);
}

http::Response get_permission(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view id) {
  if (auto denied = require(call, "idp:permission:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto p = is_uuid(id) ? call.uow.roles().find_permission(tenant->tenant_id, id) : std::nullopt;
  if (!p) return not_found("permission");
  return json_answer(permission_json(*p));
}

http::Response create_permission(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:permission:create")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  Change change{tenant->tenant_id, "permission", "", "create", "", ""};
  if (auto ok = check_body("permission", *body); !ok) return refused(call, change, ok.error());
  auto fields = name_and_description(*body, "permission");
  if (!fields) return refused(call, change, fields.error());
  ports::PermissionRecord p{crypto::system_random().uuid_v4(), fields->first, fields->second};
  change.resource_id = p.id;
  change.after = permission_json(p);
  if (!call.dry_run && !call.uow.roles().save_permission(tenant->tenant_id, p)) {
    record(call, change, "the name is taken");
    return management_error(409, "conflict", "a permission with this name already exists");
  }
  record(call, change);
  return write_answer(201, call, change.after);
}

http::Response replace_permission(const ManagementCall& call, std::string_view tenant_id,
                                  std::string_view id) {
  if (auto denied = require(call, "idp:permission:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current =
      is_uuid(id) ? call.uow.roles().find_permission(tenant->tenant_id, id) : std::nullopt;
  if (!current) return not_found("permission");
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  Change change{
      tenant->tenant_id, "permission", current->id, "update", permission_json(*current), ""};
  if (auto ok = check_body("permission-update", *body); !ok)
    return refused(call, change, ok.error());
  auto fields = name_and_description(*body, "permission");
  if (!fields) return refused(call, change, fields.error());
  ports::PermissionRecord p{current->id, fields->first, fields->second};
  change.after = permission_json(p);
  if (!call.dry_run && !call.uow.roles().save_permission(tenant->tenant_id, p)) {
    record(call, change, "the name is taken");
    return management_error(409, "conflict", "a permission with this name already exists");
  }
  record(call, change);
  return write_answer(200, call, change.after, &change);
}

http::Response delete_permission(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view id) {
  if (auto denied = require(call, "idp:permission:delete")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current =
      is_uuid(id) ? call.uow.roles().find_permission(tenant->tenant_id, id) : std::nullopt;
  if (!current) return not_found("permission");
  Change change{
      tenant->tenant_id, "permission", current->id, "delete", permission_json(*current), ""};
  if (!call.dry_run) call.uow.roles().remove_permission(tenant->tenant_id, current->id);
  record(call, change);
  return delete_answer(call, "id", current->id);
}

http::Response list_roles(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:role:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  const std::string id = tenant->tenant_id;
  return page_of<ports::RoleRecord>(
      call, call.uow.roles().roles(id),
      [&](const ports::RoleRecord& r, Allocator& a) { return role_value(call, id, r, a); });
}

http::Response get_role(const ManagementCall& call, std::string_view tenant_id,
                        std::string_view id) {
  if (auto denied = require(call, "idp:role:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto role = is_uuid(id) ? call.uow.roles().find_role_by_id(tenant->tenant_id, id) : std::nullopt;
  if (!role) return not_found("role");
  return json_answer(role_json(call, tenant->tenant_id, *role));
}

namespace {

http::Response save_role_call(const ManagementCall& call, const std::string& tenant,
                              std::optional<ports::RoleRecord> current) {
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  Change change{tenant,
                "role",
                current ? current->id : "",
                current ? "update" : "create",
                current ? role_json(call, tenant, *current) : "",
                ""};
  auto schema = check_body("role", *body);
  auto fields = name_and_description(*body, "role");
  auto ids = permission_ids(call, tenant, *body);
  if (!schema || !fields || !ids)
    return refused(call, change,
                   all_of({schema, fields ? ok_status() : Status(fail(fields.error())),
                           ids ? ok_status() : Status(fail(ids.error()))})
                       .error());
  ports::RoleRecord role{current ? current->id : crypto::system_random().uuid_v4(), fields->first,
                         fields->second};
  change.resource_id = role.id;
  if (!call.dry_run && !call.uow.roles().save_role(tenant, role, *ids)) {
    record(call, change, "the name is taken");
    return management_error(409, "conflict", "a role with this name already exists");
  }
  change.after =
      call.dry_run ? "{\"name\":" + json::quote(role.name) + "}" : role_json(call, tenant, role);
  record(call, change);
  return write_answer(current ? 200 : 201, call, change.after, current ? &change : nullptr);
}

}  // namespace

http::Response create_role(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:role:create")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  return save_role_call(call, tenant->tenant_id, std::nullopt);
}

http::Response replace_role(const ManagementCall& call, std::string_view tenant_id,
                            std::string_view id) {
  if (auto denied = require(call, "idp:role:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto role = is_uuid(id) ? call.uow.roles().find_role_by_id(tenant->tenant_id, id) : std::nullopt;
  if (!role) return not_found("role");
  return save_role_call(call, tenant->tenant_id, role);
}

http::Response delete_role(const ManagementCall& call, std::string_view tenant_id,
                           std::string_view id) {
  if (auto denied = require(call, "idp:role:delete")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto role = is_uuid(id) ? call.uow.roles().find_role_by_id(tenant->tenant_id, id) : std::nullopt;
  if (!role) return not_found("role");
  Change change{
      tenant->tenant_id, "role", role->id, "delete", role_json(call, tenant->tenant_id, *role), ""};
  if (!call.dry_run) call.uow.roles().remove_role(tenant->tenant_id, role->id);
  record(call, change);
  return delete_answer(call, "id", role->id);
}

http::Response remove_role_permissions(const ManagementCall& call, std::string_view tenant_id,
                                       std::string_view id) {
  if (auto denied = require(call, "idp:role:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto role = is_uuid(id) ? call.uow.roles().find_role_by_id(tenant->tenant_id, id) : std::nullopt;
  if (!role) return not_found("role");
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  Change change{
      tenant->tenant_id, "role", role->id, "update", role_json(call, tenant->tenant_id, *role), ""};
  auto ids = permission_ids(call, tenant->tenant_id, *body);
  if (!ids) return refused(call, change, ids.error());
  if (!call.dry_run) call.uow.roles().remove_role_permissions(tenant->tenant_id, role->id, *ids);
  change.after = role_json(call, tenant->tenant_id, *role);
  record(call, change);
  return write_answer(200, call, change.after, &change);
}

}  // namespace idp::control
