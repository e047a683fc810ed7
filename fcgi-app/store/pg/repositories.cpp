#include "store/pg/repositories.hpp"

#include "store/pg/field_text.hpp"
#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

ports::ClientRecord client_of(const pqxx::row& r) {
  return {text(r[0]), text(r[1]), r[2].as<bool>(), text(r[3]), r[4].as<std::int64_t>()};
}

ports::UserRecord user_of(const pqxx::row& r) {
  ports::UserRecord u;
  u.sub = text(r[0]);
  u.provider_id = text(r[1]);
  u.external_user_id = text(r[2]);
  u.name = text(r[3]);
  u.preferred_username = text(r[4]);
  u.email = text(r[5]);
  u.phone_number = text(r[6]);
  u.status = text(r[7]);
  u.hashed_password = text(r[8]);
  u.payload = text(r[9]);
  u.locked_until = r[10].as<std::int64_t>();
  u.created_at = r[11].as<std::int64_t>();
  return u;
}

ports::TokenRecord token_of(const pqxx::row& r) {
  ports::TokenRecord t;
  t.id = text(r[0]);
  t.grant_id = text(r[1]);
  t.client_id = text(r[2]);
  t.user_sub = text(r[3]);
  t.scope = text(r[4]);
  t.grant_type = text(r[5]);
  t.access_token_hash = text(r[6]);
  t.access_token_expires_at = r[7].as<std::int64_t>();
  t.refresh_token_hash = text(r[8]);
  t.refresh_token_expires_at = r[9].as<std::int64_t>();
  t.issued_at = r[10].as<std::int64_t>();
  t.revoked = r[11].as<bool>();
  t.rotated = r[12].as<bool>();
  t.payload = text(r[13]);
  t.claims = text(r[14]);
  return t;
}

const std::string k_system;  // system tables are not tenant-scoped

}  // namespace

std::optional<ports::OrganizationRecord> PgOrganizations::find(std::string_view id) {
  auto r = m_uow.exec(k_system, "organization_find", std::string(id));
  if (r.empty()) return std::nullopt;
  return ports::OrganizationRecord{text(r[0][0]), text(r[0][1]), text(r[0][2]), text(r[0][3])};
}

void PgOrganizations::upsert(const ports::OrganizationRecord& o) {
  m_uow.exec(k_system, "organization_upsert", o.id, o.name, o.description, o.payload);
}

bool PgOrganizations::remove(std::string_view id) {
  return !m_uow.exec(k_system, "organization_delete", std::string(id)).empty();
}

void PgOrganizations::assign_tenant(const ports::TenantId& tenant,
                                    std::string_view organization_id) {
  m_uow.exec(tenant, "organization_assign_tenant", tenant, std::string(organization_id));
}

std::vector<std::string> PgOrganizations::organizations_of(const ports::TenantId& tenant) {
  std::vector<std::string> ids;
  for (const auto& row : m_uow.exec(tenant, "organizations_of_tenant", tenant))
    ids.push_back(text(row[0]));
  return ids;
}

std::optional<ports::TenantRecord> PgTenants::find(const ports::TenantId& tenant) {
  auto r = m_uow.exec(tenant, "tenant_find", tenant);
  if (r.empty()) return std::nullopt;
  return ports::TenantRecord{text(r[0][0]), text(r[0][1]), text(r[0][2]), r[0][3].as<bool>(),
                             text(r[0][4])};
}

void PgTenants::upsert(const ports::TenantId& tenant, const ports::TenantRecord& t) {
  m_uow.exec(tenant, "tenant_upsert", tenant, t.name, t.tenant_type, t.enabled, t.payload);
}

bool PgTenants::remove(const ports::TenantId& tenant) {
  return !m_uow.exec(tenant, "tenant_delete", tenant).empty();
}

std::optional<ports::AuthorizationServerRecord> PgAuthorizationServers::find(
    const ports::TenantId& tenant) {
  auto r = m_uow.exec(tenant, "authorization_server_find", tenant);
  if (r.empty()) return std::nullopt;
  return ports::AuthorizationServerRecord{text(r[0][0]), text(r[0][1])};
}

void PgAuthorizationServers::upsert(const ports::TenantId& tenant,
                                    const ports::AuthorizationServerRecord& s) {
  m_uow.exec(tenant, "authorization_server_upsert", tenant, s.issuer, s.payload);
}

std::optional<ports::ClientRecord> PgClients::find(const ports::TenantId& tenant,
                                                   std::string_view client_id) {
  auto r = m_uow.exec(tenant, "client_find", tenant, std::string(client_id));
  if (r.empty()) return std::nullopt;
  return client_of(r[0]);
}

std::vector<ports::ClientRecord> PgClients::list(const ports::TenantId& tenant) {
  std::vector<ports::ClientRecord> out;
  for (const auto& row : m_uow.exec(tenant, "client_list", tenant)) out.push_back(client_of(row));
  return out;
}

void PgClients::upsert(const ports::TenantId& tenant, const ports::ClientRecord& c) {
  m_uow.exec(tenant, "client_upsert", tenant, c.client_id, c.client_id_alias, c.enabled, c.payload);
}

bool PgClients::remove(const ports::TenantId& tenant, std::string_view client_id) {
  return !m_uow.exec(tenant, "client_delete", tenant, std::string(client_id)).empty();
}

std::optional<ports::UserRecord> PgUsers::find(const ports::TenantId& tenant,
                                               std::string_view sub) {
  auto r = m_uow.exec(tenant, "user_find", tenant, std::string(sub));
  if (r.empty()) return std::nullopt;
  return user_of(r[0]);
}

std::optional<ports::UserRecord> PgUsers::find_by(const ports::TenantId& tenant,
                                                  std::string_view provider_id, ports::UserKey key,
                                                  std::string_view value) {
  const char* statement = "user_find_by_email";
  switch (key) {
    case ports::UserKey::email:
      break;
    case ports::UserKey::preferred_username:
      statement = "user_find_by_preferred_username";
      break;
    case ports::UserKey::phone_number:
      statement = "user_find_by_phone_number";
      break;
    case ports::UserKey::external_user_id:
      statement = "user_find_by_external_user_id";
      break;
  }
  auto r = m_uow.exec(tenant, statement, tenant, std::string(provider_id), std::string(value));
  if (r.empty()) return std::nullopt;
  return user_of(r[0]);
}

std::vector<ports::UserRecord> PgUsers::list(const ports::TenantId& tenant) {
  std::vector<ports::UserRecord> out;
  for (const auto& row : m_uow.exec(tenant, "user_list", tenant)) out.push_back(user_of(row));
  return out;
}

void PgUsers::upsert(const ports::TenantId& tenant, const ports::UserRecord& u) {
  m_uow.exec(tenant, "user_upsert", tenant, u.sub, u.provider_id, u.external_user_id, u.name,
             u.preferred_username, u.email, u.phone_number, u.status, u.hashed_password, u.payload);
}

void PgUsers::record_password_failure(const ports::TenantId& tenant, std::string_view sub,
                                      std::int64_t max_attempts, std::int64_t lock_until) {
  m_uow.exec(tenant, "user_password_failure", tenant, std::string(sub), max_attempts, lock_until);
}

void PgUsers::record_password_success(const ports::TenantId& tenant, std::string_view sub) {
  m_uow.exec(tenant, "user_password_success", tenant, std::string(sub));
}

void PgRoles::upsert_permission(const ports::TenantId& tenant, const ports::PermissionRecord& p) {
  m_uow.exec(tenant, "permission_upsert", tenant, p.id, p.name, p.description);
}

void PgRoles::upsert_role(const ports::TenantId& tenant, const ports::RoleRecord& role,
                          const std::vector<std::string>& permission_names) {
  auto r = m_uow.exec(tenant, "role_upsert", tenant, role.id, role.name, role.description);
  std::string role_id = text(r[0][0]);
  for (const auto& name : permission_names)
    m_uow.exec(tenant, "role_grant_permission", tenant, role_id, name);
}

std::optional<ports::RoleRecord> PgRoles::find_role(const ports::TenantId& tenant,
                                                    std::string_view name) {
  auto r = m_uow.exec(tenant, "role_find", tenant, std::string(name));
  if (r.empty()) return std::nullopt;
  return ports::RoleRecord{text(r[0][0]), text(r[0][1]), text(r[0][2])};
}

void PgRoles::assign_role(const ports::TenantId& tenant, std::string_view user_sub,
                          std::string_view role_id) {
  m_uow.exec(tenant, "user_role_assign", tenant, std::string(user_sub), std::string(role_id));
}

std::vector<std::string> PgRoles::role_names_of(const ports::TenantId& tenant,
                                                std::string_view user_sub) {
  std::vector<std::string> names;
  for (const auto& row : m_uow.exec(tenant, "user_role_names", tenant, std::string(user_sub)))
    names.push_back(text(row[0]));
  return names;
}

std::vector<std::string> PgRoles::permission_names_of(const ports::TenantId& tenant,
                                                      std::string_view user_sub) {
  std::vector<std::string> names;
  for (const auto& row : m_uow.exec(tenant, "user_permission_names", tenant, std::string(user_sub)))
    names.push_back(text(row[0]));
  return names;
}

void PgTokens::insert(const ports::TenantId& tenant, const ports::TokenRecord& t) {
  m_uow.exec(tenant, "token_insert", tenant, t.id, t.client_id, t.user_sub, t.scope, t.grant_type,
             t.access_token_hash, t.access_token_expires_at, t.refresh_token_hash,
             t.refresh_token_expires_at, t.issued_at, t.payload,
             t.grant_id.empty() ? t.id : t.grant_id, t.claims);
}

void PgTokens::insert_many(const ports::TenantId& tenant,
                           const std::vector<const ports::TokenRecord*>& tokens) {
  // One PostgreSQL array literal per column; every element is quoted, so any text fits.
  std::vector<std::string> columns(13, "{");
  auto add = [&](std::size_t column, std::string_view value) {
    std::string& out = columns[column];
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : value) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  };
  for (const ports::TokenRecord* t : tokens) {
    add(0, t->id);
    add(1, t->client_id);
    add(2, t->user_sub);
    add(3, t->scope);
    add(4, t->grant_type);
    add(5, t->access_token_hash);
    add(6, std::to_string(t->access_token_expires_at));
    add(7, t->refresh_token_hash);
    add(8, std::to_string(t->refresh_token_expires_at));
    add(9, std::to_string(t->issued_at));
    add(10, t->payload);
    add(11, t->grant_id.empty() ? t->id : t->grant_id);
    add(12, t->claims);
  }
  for (auto& column : columns) column += '}';
  m_uow.exec(tenant, "token_insert_many", tenant, columns[0], columns[1], columns[2], columns[3],
             columns[4], columns[5], columns[6], columns[7], columns[8], columns[9], columns[10],
             columns[11], columns[12]);
}

std::optional<ports::TokenRecord> PgTokens::find_by_access_hash(const ports::TenantId& tenant,
                                                                std::string_view hash) {
  auto r = m_uow.exec(tenant, "token_by_access", tenant, std::string(hash));
  if (r.empty()) return std::nullopt;
  return token_of(r[0]);
}

std::optional<ports::TokenRecord> PgTokens::find_by_refresh_hash(const ports::TenantId& tenant,
                                                                 std::string_view hash) {
  auto r = m_uow.exec(tenant, "token_by_refresh", tenant, std::string(hash));
  if (r.empty()) return std::nullopt;
  return token_of(r[0]);
}

void PgTokens::revoke(const ports::TenantId& tenant, std::string_view token_id, std::int64_t now) {
  m_uow.exec(tenant, "token_revoke", tenant, std::string(token_id), now);
}

void PgTokens::revoke_grant(const ports::TenantId& tenant, std::string_view grant_id,
                            std::int64_t now) {
  m_uow.exec(tenant, "token_revoke_grant", tenant, std::string(grant_id), now);
}

bool PgTokens::rotate(const ports::TenantId& tenant, std::string_view token_id, std::int64_t now) {
  return !m_uow.exec(tenant, "token_rotate", tenant, std::string(token_id), now).empty();
}

bool PgClientAssertions::remember_jti(const ports::TenantId& tenant, std::string_view client_id,
                                      std::string_view jti, std::int64_t expires_at) {
  return !m_uow
              .exec(tenant, "client_assertion_remember", tenant, std::string(client_id),
                    std::string(jti), expires_at)
              .empty();
}

void PgAuthorizationRequests::insert(const ports::TenantId& tenant,
                                     const ports::AuthorizationRequestRecord& r) {
  m_uow.exec(tenant, "authorization_request_insert", tenant, r.id, r.client_id, r.payload,
             r.browser_hash, r.created_at, r.expires_at);
}

std::optional<ports::AuthorizationRequestRecord> PgAuthorizationRequests::find(
    const ports::TenantId& tenant, std::string_view id) {
  auto r = m_uow.exec(tenant, "authorization_request_find", tenant, std::string(id));
  if (r.empty()) return std::nullopt;
  const auto& row = r[0];
  ports::AuthorizationRequestRecord a;
  a.id = text(row[0]);
  a.client_id = text(row[1]);
  a.payload = text(row[2]);
  a.browser_hash = text(row[3]);
  a.user_sub = text(row[4]);
  a.authenticated_at = row[5].as<std::int64_t>();
  a.amr = text(row[6]);
  a.created_at = row[7].as<std::int64_t>();
  a.expires_at = row[8].as<std::int64_t>();
  a.completed = row[9].as<bool>();
  a.session_id = text(row[10]);
  a.interactions = text(row[11]);
  return a;
}

void PgAuthorizationRequests::set_authenticated(const ports::TenantId& tenant, std::string_view id,
                                                std::string_view user_sub, std::int64_t at,
                                                std::string_view amr, std::string_view session_id) {
  m_uow.exec(tenant, "authorization_request_authenticated", tenant, std::string(id),
             std::string(user_sub), at, std::string(amr), std::string(session_id));
}

void PgAuthorizationRequests::record_interaction(const ports::TenantId& tenant, std::string_view id,
                                                 std::string_view name, std::string_view method,
                                                 bool success, bool locked, std::int64_t at) {
  m_uow.exec(tenant, "authorization_request_interaction", tenant, std::string(id),
             std::string(name), std::string(method), success, locked, at);
}

bool PgAuthorizationRequests::complete(const ports::TenantId& tenant, std::string_view id,
                                       std::int64_t at) {
  return !m_uow.exec(tenant, "authorization_request_complete", tenant, std::string(id), at).empty();
}

void PgAuthorizationCodes::insert(const ports::TenantId& tenant,
                                  const ports::AuthorizationCodeRecord& c) {
  m_uow.exec(tenant, "authorization_code_insert", tenant, c.code_hash, c.client_id, c.user_sub,
             c.payload, c.expires_at);
}

std::optional<ports::AuthorizationCodeRecord> PgAuthorizationCodes::find(
    const ports::TenantId& tenant, std::string_view code_hash) {
  auto r = m_uow.exec(tenant, "authorization_code_find", tenant, std::string(code_hash));
  if (r.empty()) return std::nullopt;
  const auto& row = r[0];
  return ports::AuthorizationCodeRecord{
      text(row[0]),      text(row[1]), text(row[2]), text(row[3]), row[4].as<std::int64_t>(),
      row[5].as<bool>(), text(row[6])};
}

bool PgAuthorizationCodes::consume(const ports::TenantId& tenant, std::string_view code_hash,
                                   std::int64_t at) {
  return !m_uow.exec(tenant, "authorization_code_consume", tenant, std::string(code_hash), at)
              .empty();
}

void PgAuthorizationCodes::set_token(const ports::TenantId& tenant, std::string_view code_hash,
                                     std::string_view token_id) {
  m_uow.exec(tenant, "authorization_code_token", tenant, std::string(code_hash),
             std::string(token_id));
}

std::optional<std::string> PgSystem::admin_tenant_id() {
  auto r = m_uow.exec(k_system, "system_admin_tenant");
  if (r.empty()) return std::nullopt;
  return text(r[0][0]);
}

bool PgSystem::mark_initialized(const ports::TenantId& admin_tenant) {
  return !m_uow.exec(k_system, "system_mark_initialized", admin_tenant).empty();
}

std::optional<std::string> PgSystem::configuration() {
  auto r = m_uow.exec(k_system, "system_configuration_find");
  if (r.empty()) return std::nullopt;
  return text(r[0][0]);
}

void PgSystem::save_configuration(const std::string& payload) {
  m_uow.exec(k_system, "system_configuration_save", payload);
}

}  // namespace idp::store::pg
