#include "control/management/user_management.hpp"

#include "base/strings.hpp"
#include "control/config_writer.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "crypto/password_hasher.hpp"
#include "crypto/random.hpp"
#include "domain/password_rules.hpp"
#include "domain/stored.hpp"
#include "domain/tenant.hpp"
#include "domain/user.hpp"
#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

const crypto::PasswordHasher& hasher() {
  static const crypto::Argon2idPasswordHasher k_hasher;
  return k_hasher;
}

struct Target {
  ports::TenantRecord tenant;
  domain::Tenant config;
};

Expected<Target, http::Response> target_of(const ManagementCall& call, std::string_view tenant_id) {
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return Unexpected<http::Response>{tenant.error()};
  auto config = domain::parse_stored(tenant->payload, "tenant", domain::parse_tenant);
  return Target{std::move(*tenant), std::move(config)};
}

std::optional<domain::User> stored_user(const ManagementCall& call, const std::string& tenant,
                                        std::string_view sub) {
  if (!is_uuid(sub)) return std::nullopt;
  auto row = call.uow.users().find(tenant, sub);
  if (!row) return std::nullopt;
  auto user = domain::parse_stored(row->payload, "user", domain::parse_user);
  user.sub = std::string(sub);
  return user;
}

// The user as the API shows it: its claims and attributes, its roles from the role tables, never
// a password.
std::string user_json(const ManagementCall& call, const std::string& tenant,
                      const domain::User& user) {
  rapidjson::Document doc;
  auto& a = doc.GetAllocator();
  rapidjson::Value v = domain::to_value(user, a, /*include_secrets=*/false);
  rapidjson::Value roles(rapidjson::kArrayType);
  for (const auto& role : call.uow.roles().roles_of(tenant, user.sub.value_or(""))) {
    rapidjson::Value r(rapidjson::kObjectType);
    r.AddMember("role_id", json::string_value(role.id, a), a);
    r.AddMember("role_name", json::string_value(role.name, a), a);
    roles.PushBack(r, a);
  }
  v.RemoveMember("roles");
  v.AddMember("roles", roles, a);
  v.RemoveMember("role");
  return json::write(v);
}

std::string stored_json(const domain::User& user) {
  return domain::to_json(user, /*include_secrets=*/false);
}

// A user body: every problem of its members, and of a raw_password against the tenant's rules.
Expected<domain::User> user_of(const rapidjson::Value& body, const domain::Tenant& tenant,
                               std::string_view schema_name) {
  auto schema = schema_name.empty() ? ok_status() : check_body(schema_name, body);
  auto user = domain::parse_user(body);
  if (!schema || !user)
    return fail(all_of({schema, user ? ok_status() : Status(fail(user.error()))}).error());
  if (user->raw_password)
    if (auto ok = domain::check_password_policy(tenant.identity_policy_config.password_policy,
                                                *user->raw_password);
        !ok)
      return fail("user.raw_password: " + ok.error());
  return user;
}

http::Response refused(const ManagementCall& call, Change& change, const std::string& problem) {
  record(call, change, problem);
  return invalid_request(problem);
}

// Saves `user` (hashing a raw_password), records the change and answers with the stored user.
http::Response saved(const ManagementCall& call, const std::string& tenant, domain::User user,
                     Change& change, int status) {
  change.after = stored_json(user);
  if (!call.dry_run)
    if (auto ok = save_user(call.uow, tenant, user, hasher()); !ok)
      return refused(call, change, ok.error());
  record(call, change);
  user.raw_password.reset();
  return write_answer(status, call, user_json(call, tenant, user),
                      change.before.empty() ? nullptr : &change);
}

// The list of a PATCH body member, as strings.
Expected<std::vector<std::string>> strings_of(const rapidjson::Value& body, const char* name) {
  auto it = body.FindMember(name);
  if (it == body.MemberEnd() || !it->value.IsArray())
    return fail(std::string(name) + ": an array of strings is required");
  std::vector<std::string> out;
  for (const auto& item : it->value.GetArray()) {
    if (!item.IsString()) return fail(std::string(name) + ": an array of strings is required");
    out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

// A write to one existing user: the caller may update users, the tenant is the caller's to
// manage, the user exists and the body is a JSON object (in this order, as the answers say).
struct UserWrite {
  Target target;
  domain::User current;
  rapidjson::Document body;
  const std::string& tenant() const { return target.tenant.tenant_id; }
};

Expected<UserWrite, http::Response> open_user_write(const ManagementCall& call,
                                                    std::string_view tenant_id,
                                                    std::string_view sub) {
  using Refusal = Unexpected<http::Response>;
  if (auto denied = require(call, "idp:user:update")) return Refusal{*denied};
  auto target = target_of(call, tenant_id);
  if (!target) return Refusal{target.error()};
  auto current = stored_user(call, target->tenant.tenant_id, sub);
  if (!current) return Refusal{not_found("user")};
  auto body = http::json_object_body(call.request);
  if (!body) return Refusal{body.error().to_response()};
  return UserWrite{std::move(*target), std::move(*current), std::move(*body)};
}

// Replaces the stored user with `doc` (the body, or the stored user with the body merged in).
http::Response replace_with(const ManagementCall& call, const UserWrite& w, std::string_view sub,
                            const rapidjson::Value& doc) {
  auto user = user_of(doc, w.target.config, "admin-user-update");
  Change change{w.tenant(), "user", std::string(sub), "update", stored_json(w.current), ""};
  if (!user) return refused(call, change, user.error());
  user->sub = std::string(sub);
  return saved(call, w.tenant(), std::move(*user), change, 200);
}

}  // namespace

http::Response list_users(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:user:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  rapidjson::Document list(rapidjson::kArrayType);
  auto& a = list.GetAllocator();
  std::int64_t total = 0;
  for (const auto& row : call.uow.users().list(tenant->tenant_id)) {
    auto user = domain::parse_stored(row.payload, "user", domain::parse_user);
    user.sub = row.sub;
    auto is = [&](const char* name, const std::optional<std::string>& value) {
      auto wanted = call.query.get(name);
      return !wanted || *wanted == value.value_or("");
    };
    if (!is("user_id", user.sub) || !is("email", user.email) || !is("name", user.name) ||
        !is("status", row.status) || !is("external_user_id", user.external_user_id) ||
        !is("provider_id", user.provider_id) || !is("given_name", user.given_name) ||
        !is("family_name", user.family_name) || !is("middle_name", user.middle_name) ||
        !is("nickname", user.nickname) || !is("preferred_username", user.preferred_username) ||
        !is("phone_number", user.phone_number) || !within_period(call, row.created_at))
      continue;
    if (auto role = call.query.get("role")) {
      auto roles = call.uow.roles().role_names_of(tenant->tenant_id, row.sub);
      if (!contains(roles, *role)) continue;
    }
    if (auto permission = call.query.get("permission")) {
      auto held = call.uow.roles().permission_names_of(tenant->tenant_id, row.sub);
      if (!contains(held, *permission)) continue;
    }
    if (total >= call.offset && total < call.offset + call.limit)
      list.PushBack(rapidjson::Value(*json::parse(user_json(call, tenant->tenant_id, user)), a), a);
    ++total;
  }
  return list_answer(call, list, total);
}

http::Response get_user(const ManagementCall& call, std::string_view tenant_id,
                        std::string_view sub) {
  if (auto denied = require(call, "idp:user:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto user = stored_user(call, tenant->tenant_id, sub);
  if (!user) return not_found("user");
  return json_answer(user_json(call, tenant->tenant_id, *user));
}

http::Response create_user(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:user:create")) return *denied;
  auto target = target_of(call, tenant_id);
  if (!target) return target.error();
  const std::string& tenant = target->tenant.tenant_id;
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto user = user_of(*body, target->config, "user");
  Change change{tenant, "user", "", "create", "", ""};
  if (!user) return refused(call, change, user.error());
  if (!user->sub) user->sub = crypto::system_random().uuid_v4();
  change.resource_id = *user->sub;
  if (call.uow.users().find(tenant, *user->sub)) {
    record(call, change, "the user already exists");
    return management_error(409, "conflict", "a user with this sub already exists");
  }
  if (user->email &&
      call.uow.users().find_by(tenant, user->provider_id, ports::UserKey::email, *user->email)) {
    record(call, change, "the email is registered");
    return management_error(409, "conflict", "a user with this email already exists");
  }
  return saved(call, tenant, std::move(*user), change, 201);
}

http::Response replace_user(const ManagementCall& call, std::string_view tenant_id,
                            std::string_view sub) {
  auto w = open_user_write(call, tenant_id, sub);
  if (!w) return w.error();
  return replace_with(call, *w, sub, w->body);
}

http::Response patch_user(const ManagementCall& call, std::string_view tenant_id,
                          std::string_view sub) {
  auto w = open_user_write(call, tenant_id, sub);
  if (!w) return w.error();
  // The members sent replace those of the stored user; the rest stay.
  auto merged = json::parse(domain::to_json(w->current, false));
  rapidjson::Document& doc = *merged;
  for (auto& m : w->body.GetObject()) {
    doc.RemoveMember(m.name);
    doc.AddMember(rapidjson::Value(m.name, doc.GetAllocator()),
                  rapidjson::Value(m.value, doc.GetAllocator()), doc.GetAllocator());
  }
  return replace_with(call, *w, sub, doc);
}

http::Response delete_user(const ManagementCall& call, std::string_view tenant_id,
                           std::string_view sub) {
  if (auto denied = require(call, "idp:user:delete")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = stored_user(call, tenant->tenant_id, sub);
  if (!current) return not_found("user");
  Change change{tenant->tenant_id, "user", std::string(sub), "delete", stored_json(*current), ""};
  if (!call.dry_run) call.uow.users().remove(tenant->tenant_id, sub);
  record(call, change);
  return delete_answer(call, "sub", sub);
}

http::Response set_user_password(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view sub) {
  auto w = open_user_write(call, tenant_id, sub);
  if (!w) return w.error();
  const std::string& tenant = w->tenant();
  Change change{tenant, "user_password", std::string(sub), "update", "", ""};
  auto it = w->body.FindMember("raw_password");
  if (it == w->body.MemberEnd() || !it->value.IsString())
    return refused(call, change, "raw_password: a string is required");
  std::string password(it->value.GetString(), it->value.GetStringLength());
  if (auto ok = domain::check_password_policy(
          w->target.config.identity_policy_config.password_policy, password);
      !ok)
    return refused(call, change, "raw_password: " + ok.error());
  domain::User user = w->current;
  user.raw_password = std::move(password);
  if (!call.dry_run)
    if (auto ok = save_user(call.uow, tenant, user, hasher()); !ok)
      return refused(call, change, ok.error());
  record(call, change);
  return write_answer(200, call, "{\"sub\":" + json::quote(sub) + "}");
}

http::Response set_user_roles(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view sub) {
  auto w = open_user_write(call, tenant_id, sub);
  if (!w) return w.error();
  const std::string& tenant = w->tenant();
  Change change{tenant, "user_roles", std::string(sub), "update", "", ""};
  auto roles = w->body.FindMember("roles");
  if (roles == w->body.MemberEnd() || !roles->value.IsArray())
    return refused(call, change, "roles: an array of {role_id | role_name} is required");
  std::vector<std::string> ids, problems;
  for (rapidjson::SizeType i = 0; i < roles->value.Size(); ++i) {
    const auto& item = roles->value[i];
    auto member = [&](const char* name) -> std::string {
      auto it = item.IsObject() ? item.FindMember(name) : item.MemberEnd();
      return item.IsObject() && it != item.MemberEnd() && it->value.IsString()
                 ? it->value.GetString()
                 : "";
    };
    const std::string id = member("role_id"), name = member("role_name");
    std::optional<ports::RoleRecord> role;
    if (is_uuid(id))
      role = call.uow.roles().find_role_by_id(tenant, id);
    else if (!name.empty())
      role = call.uow.roles().find_role(tenant, name);
    if (!role) {
      problems.push_back("roles[" + std::to_string(i) + "]: no such role in the tenant");
      continue;
    }
    ids.push_back(role->id);
  }
  if (!problems.empty()) return refused(call, change, join(problems, "; "));
  std::string listed;
  for (const auto& id : ids) listed += (listed.empty() ? "" : ",") + json::quote(id);
  change.after = "{\"role_ids\":[" + listed + "]}";
  if (!call.dry_run) call.uow.roles().set_user_roles(tenant, sub, ids);
  record(call, change);
  return write_answer(200, call, user_json(call, tenant, w->current));
}

namespace {

// An assignment PATCH: {"<list>": [ids], "<current>": id?} into the user's `list` and `current`.
http::Response set_assignments(const ManagementCall& call, std::string_view tenant_id,
                               std::string_view sub, const char* list_member,
                               const char* current_member,
                               std::vector<std::string> domain::User::*list,
                               std::optional<std::string> domain::User::*current) {
  auto w = open_user_write(call, tenant_id, sub);
  if (!w) return w.error();
  const std::string& tenant = w->tenant();
  Change change{tenant, "user", std::string(sub), "update", stored_json(w->current), ""};
  auto assigned = strings_of(w->body, list_member);
  if (!assigned) return refused(call, change, assigned.error());
  domain::User user = w->current;
  user.*list = *assigned;
  if (auto it = w->body.FindMember(current_member);
      it != w->body.MemberEnd() && it->value.IsString())
    user.*current = it->value.GetString();
  return saved(call, tenant, std::move(user), change, 200);
}

}  // namespace

http::Response set_user_tenants(const ManagementCall& call, std::string_view tenant_id,
                                std::string_view sub) {
  return set_assignments(call, tenant_id, sub, "assigned_tenants", "current_tenant_id",
                         &domain::User::assigned_tenants, &domain::User::current_tenant);
}

http::Response set_user_organizations(const ManagementCall& call, std::string_view tenant_id,
                                      std::string_view sub) {
  return set_assignments(call, tenant_id, sub, "assigned_organizations", "current_organization_id",
                         &domain::User::assigned_organizations,
                         &domain::User::current_organization);
}

http::Response list_user_sessions(const ManagementCall& call, std::string_view tenant_id,
                                  std::string_view sub) {
  if (auto denied = require(call, "idp:user:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  if (!stored_user(call, tenant->tenant_id, sub)) return not_found("user");
  rapidjson::Document list(rapidjson::kArrayType);
  auto& a = list.GetAllocator();
  auto sessions = call.uow.op_sessions().live_sessions_of(tenant->tenant_id, sub, call.now);
  std::int64_t total = 0;
  for (const auto& s : sessions) {
    if (total >= call.offset && total < call.offset + call.limit) {
      rapidjson::Value v(rapidjson::kObjectType);
      v.AddMember("id", json::string_value(s.id, a), a);
      v.AddMember("authenticated_at", s.authenticated_at, a);
      v.AddMember("amr", json::string_value(s.amr, a), a);
      v.AddMember("created_at", s.created_at, a);
      v.AddMember("expires_at", s.expires_at, a);
      list.PushBack(v, a);
    }
    ++total;
  }
  return list_answer(call, list, total);
}

http::Response end_user_sessions(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view sub, std::string_view session_id) {
  if (auto denied = require(call, "idp:user:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  if (!stored_user(call, tenant->tenant_id, sub)) return not_found("user");
  Change change{tenant->tenant_id, "user_session", std::string(session_id), "delete", "", ""};
  if (!session_id.empty()) {
    auto session = is_uuid(session_id) ? call.uow.op_sessions().find(tenant->tenant_id, session_id)
                                       : std::nullopt;
    if (!session || session->user_sub != sub) return not_found("session");
    if (!call.dry_run) call.uow.op_sessions().end(tenant->tenant_id, session_id, call.now);
  } else if (!call.dry_run) {
    call.uow.op_sessions().end_all_of(tenant->tenant_id, sub, call.now);
  }
  record(call, change);
  return delete_answer(call, "sub", sub);
}

}  // namespace idp::control
