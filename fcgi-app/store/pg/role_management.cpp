// PgRoles' management methods (permissions and roles by id, a user's roles) and PgUsers::remove.
#include "store/pg/field_text.hpp"
#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

std::vector<ports::PermissionRecord> permissions_of(const pqxx::result& rows) {
  std::vector<ports::PermissionRecord> out;
  for (const auto& r : rows) out.push_back({text(r[0]), text(r[1]), text(r[2])});
  return out;
}

std::vector<ports::RoleRecord> roles_of_rows(const pqxx::result& rows) {
  std::vector<ports::RoleRecord> out;
  for (const auto& r : rows) out.push_back({text(r[0]), text(r[1]), text(r[2])});
  return out;
}

}  // namespace

bool PgUsers::remove(const ports::TenantId& tenant, std::string_view sub) {
  return !m_uow.exec(tenant, "user_delete", tenant, std::string(sub)).empty();
}

std::vector<ports::PermissionRecord> PgRoles::permissions(const ports::TenantId& tenant) {
  return permissions_of(m_uow.exec(tenant, "permission_list", tenant));
}

std::optional<ports::PermissionRecord> PgRoles::find_permission(const ports::TenantId& tenant,
                                                                std::string_view id) {
  auto found = permissions_of(m_uow.exec(tenant, "permission_by_id", tenant, std::string(id)));
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool PgRoles::save_permission(const ports::TenantId& tenant, const ports::PermissionRecord& p) {
  if (!m_uow.exec(tenant, "permission_name_taken", tenant, p.name, p.id).empty()) return false;
  m_uow.exec(tenant, "permission_save", tenant, p.id, p.name, p.description);
  return true;
}

bool PgRoles::remove_permission(const ports::TenantId& tenant, std::string_view id) {
  return !m_uow.exec(tenant, "permission_delete", tenant, std::string(id)).empty();
}

std::vector<ports::RoleRecord> PgRoles::roles(const ports::TenantId& tenant) {
  return roles_of_rows(m_uow.exec(tenant, "role_list", tenant));
}

std::optional<ports::RoleRecord> PgRoles::find_role_by_id(const ports::TenantId& tenant,
                                                          std::string_view id) {
  auto found = roles_of_rows(m_uow.exec(tenant, "role_by_id", tenant, std::string(id)));
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool PgRoles::save_role(const ports::TenantId& tenant, const ports::RoleRecord& role,
                        const std::vector<std::string>& permission_ids) {
  if (!m_uow.exec(tenant, "role_name_taken", tenant, role.name, role.id).empty()) return false;
  m_uow.exec(tenant, "role_save", tenant, role.id, role.name, role.description);
  m_uow.exec(tenant, "role_clear_permissions", tenant, role.id);
  for (const auto& id : permission_ids)
    m_uow.exec(tenant, "role_add_permission", tenant, role.id, id);
  return true;
}

bool PgRoles::remove_role(const ports::TenantId& tenant, std::string_view id) {
  return !m_uow.exec(tenant, "role_delete", tenant, std::string(id)).empty();
}

std::vector<ports::PermissionRecord> PgRoles::permissions_of_role(const ports::TenantId& tenant,
                                                                  std::string_view role_id) {
  return permissions_of(m_uow.exec(tenant, "role_permissions", tenant, std::string(role_id)));
}

void PgRoles::remove_role_permissions(const ports::TenantId& tenant, std::string_view role_id,
                                      const std::vector<std::string>& permission_ids) {
  for (const auto& id : permission_ids)
    m_uow.exec(tenant, "role_remove_permission", tenant, std::string(role_id), id);
}

std::vector<ports::RoleRecord> PgRoles::roles_of(const ports::TenantId& tenant,
                                                 std::string_view user_sub) {
  return roles_of_rows(m_uow.exec(tenant, "user_roles", tenant, std::string(user_sub)));
}

void PgRoles::set_user_roles(const ports::TenantId& tenant, std::string_view user_sub,
                             const std::vector<std::string>& role_ids) {
  m_uow.exec(tenant, "user_roles_clear", tenant, std::string(user_sub));
  for (const auto& id : role_ids)
    m_uow.exec(tenant, "user_role_assign", tenant, std::string(user_sub), id);
}

}  // namespace idp::store::pg
