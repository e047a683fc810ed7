#include "store/pg/session_repositories.hpp"

#include "store/pg/field_text.hpp"
#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

ports::OpSessionRecord session_of_row(const pqxx::row& row) {
  ports::OpSessionRecord s;
  s.id = text(row[0]);
  s.cookie_hash = text(row[1]);
  s.user_sub = text(row[2]);
  s.authenticated_at = row[3].as<std::int64_t>();
  s.amr = text(row[4]);
  s.acr = text(row[5]);
  s.created_at = row[6].as<std::int64_t>();
  s.expires_at = row[7].as<std::int64_t>();
  s.ended = row[8].as<bool>();
  return s;
}

std::optional<ports::OpSessionRecord> session_of(const pqxx::result& r) {
  if (r.empty()) return std::nullopt;
  return session_of_row(r[0]);
}

}  // namespace

void PgOpSessions::insert(const ports::TenantId& tenant, const ports::OpSessionRecord& s) {
  m_uow.exec(tenant, "op_session_insert", tenant, s.id, s.cookie_hash, s.user_sub,
             s.authenticated_at, s.amr, s.acr, s.created_at, s.expires_at);
}

std::optional<ports::OpSessionRecord> PgOpSessions::find(const ports::TenantId& tenant,
                                                         std::string_view id) {
  return session_of(m_uow.exec(tenant, "op_session_find", tenant, std::string(id)));
}

std::optional<ports::OpSessionRecord> PgOpSessions::find_by_cookie(const ports::TenantId& tenant,
                                                                   std::string_view cookie_hash) {
  return session_of(m_uow.exec(tenant, "op_session_by_cookie", tenant, std::string(cookie_hash)));
}

void PgOpSessions::end(const ports::TenantId& tenant, std::string_view id, std::int64_t at) {
  m_uow.exec(tenant, "op_session_end", tenant, std::string(id), at);
}

std::vector<ports::OpSessionRecord> PgOpSessions::live_sessions_of(const ports::TenantId& tenant,
                                                                   std::string_view user_sub,
                                                                   std::int64_t now) {
  std::vector<ports::OpSessionRecord> out;
  for (const auto& row :
       m_uow.exec(tenant, "op_session_of_user", tenant, std::string(user_sub), now))
    out.push_back(session_of_row(row));
  return out;
}

void PgOpSessions::end_all_of(const ports::TenantId& tenant, std::string_view user_sub,
                              std::int64_t at) {
  m_uow.exec(tenant, "op_session_end_user", tenant, std::string(user_sub), at);
}

namespace {

ports::AuthenticationPolicyRecord policy_of(const pqxx::row& r) {
  return {text(r[0]), text(r[1]), r[2].as<bool>(), text(r[3])};
}

ports::ConfigurationRecord configuration_of(const pqxx::row& r) {
  return {text(r[0]), text(r[1]), text(r[2]), r[3].as<bool>(), text(r[4])};
}

}  // namespace

std::optional<ports::AuthenticationPolicyRecord> PgAuthenticationPolicies::find_by_flow(
    const ports::TenantId& tenant, std::string_view flow) {
  auto r = m_uow.exec(tenant, "authentication_policy_by_flow", tenant, std::string(flow));
  if (r.empty()) return std::nullopt;
  return policy_of(r[0]);
}

std::vector<ports::AuthenticationPolicyRecord> PgAuthenticationPolicies::list(
    const ports::TenantId& tenant) {
  std::vector<ports::AuthenticationPolicyRecord> out;
  for (const auto& row : m_uow.exec(tenant, "authentication_policy_list", tenant))
    out.push_back(policy_of(row));
  return out;
}

std::optional<ports::AuthenticationPolicyRecord> PgAuthenticationPolicies::find(
    const ports::TenantId& tenant, std::string_view id) {
  auto r = m_uow.exec(tenant, "authentication_policy_by_id", tenant, std::string(id));
  if (r.empty()) return std::nullopt;
  return policy_of(r[0]);
}

bool PgAuthenticationPolicies::remove(const ports::TenantId& tenant, std::string_view id) {
  return !m_uow.exec(tenant, "authentication_policy_delete", tenant, std::string(id)).empty();
}

std::vector<ports::ConfigurationRecord> PgConfigurations::list(const ports::TenantId& tenant,
                                                               std::string_view kind) {
  std::vector<ports::ConfigurationRecord> out;
  for (const auto& row : m_uow.exec(tenant, "configuration_list", tenant, std::string(kind)))
    out.push_back(configuration_of(row));
  return out;
}

std::optional<ports::ConfigurationRecord> PgConfigurations::find(const ports::TenantId& tenant,
                                                                 std::string_view kind,
                                                                 std::string_view id) {
  auto r = m_uow.exec(tenant, "configuration_find", tenant, std::string(kind), std::string(id));
  if (r.empty()) return std::nullopt;
  return configuration_of(r[0]);
}

void PgConfigurations::upsert(const ports::TenantId& tenant, const ports::ConfigurationRecord& c) {
  m_uow.exec(tenant, "configuration_upsert", tenant, c.kind, c.id, c.type, c.enabled, c.payload);
}

bool PgConfigurations::remove(const ports::TenantId& tenant, std::string_view kind,
                              std::string_view id) {
  return !m_uow.exec(tenant, "configuration_delete", tenant, std::string(kind), std::string(id))
              .empty();
}

void PgAuthenticationPolicies::upsert(const ports::TenantId& tenant,
                                      const ports::AuthenticationPolicyRecord& p) {
  m_uow.exec(tenant, "authentication_policy_delete_flow", tenant, p.flow, p.id);
  m_uow.exec(tenant, "authentication_policy_upsert", tenant, p.id, p.flow, p.enabled, p.payload);
}

std::optional<ports::ConsentRecord> PgConsents::find(const ports::TenantId& tenant,
                                                     std::string_view user_sub,
                                                     std::string_view client_id) {
  auto r =
      m_uow.exec(tenant, "consent_find", tenant, std::string(user_sub), std::string(client_id));
  if (r.empty()) return std::nullopt;
  const auto& row = r[0];
  return ports::ConsentRecord{text(row[0]),
                              text(row[1]),
                              text(row[2]),
                              text(row[3]),
                              row[4].as<std::int64_t>(),
                              row[5].as<std::int64_t>()};
}

void PgConsents::save(const ports::TenantId& tenant, const ports::ConsentRecord& c) {
  m_uow.exec(tenant, "consent_save", tenant, c.user_sub, c.client_id, c.scope, c.claims,
             c.granted_at, c.updated_at);
}

}  // namespace idp::store::pg
