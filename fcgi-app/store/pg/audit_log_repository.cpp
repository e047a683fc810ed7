#include "store/pg/audit_log_repository.hpp"

#include "store/pg/field_text.hpp"
#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

ports::AuditLogRecord entry_of(const pqxx::row& r) {
  ports::AuditLogRecord e;
  e.id = text(r[0]);
  e.type = text(r[1]);
  e.description = text(r[2]);
  e.organization_id = text(r[3]);
  e.actor_tenant_id = text(r[4]);
  e.client_id = text(r[5]);
  e.user_id = text(r[6]);
  e.target_resource = text(r[7]);
  e.target_resource_id = text(r[8]);
  e.target_resource_action = text(r[9]);
  e.ip_address = text(r[10]);
  e.user_agent = text(r[11]);
  e.before = text(r[12]);
  e.after = text(r[13]);
  e.outcome_result = text(r[14]);
  e.outcome_reason = text(r[15]);
  e.dry_run = r[16].as<bool>();
  e.created_at = r[17].as<std::int64_t>();
  return e;
}

std::optional<std::string> nullable(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

void PgAuditLog::insert(const ports::TenantId& tenant, const ports::AuditLogRecord& e) {
  m_uow.exec(tenant, "audit_log_insert", tenant, e.id, e.type, e.description,
             nullable(e.organization_id), nullable(e.actor_tenant_id), e.client_id,
             nullable(e.user_id), e.target_resource, e.target_resource_id, e.target_resource_action,
             e.ip_address, e.user_agent, nullable(e.before), nullable(e.after), e.outcome_result,
             e.outcome_reason, e.dry_run, e.created_at);
}

std::vector<ports::AuditLogRecord> PgAuditLog::list(const ports::TenantId& tenant,
                                                    const ports::AuditLogQuery& q,
                                                    std::int64_t& total) {
  const std::optional<bool> dry_run = q.dry_run;
  auto rows = m_uow.exec(tenant, "audit_log_list", tenant, q.type, q.outcome_result, q.user_id,
                         q.client_id, dry_run, q.from, q.to, q.limit, q.offset);
  std::vector<ports::AuditLogRecord> out;
  total = 0;
  for (const auto& row : rows) {
    out.push_back(entry_of(row));
    total = row[18].as<std::int64_t>();
  }
  if (rows.empty() && q.offset > 0) {
    auto count = m_uow.exec(tenant, "audit_log_count", tenant, q.type, q.outcome_result, q.user_id,
                            q.client_id, dry_run, q.from, q.to);
    total = count[0][0].as<std::int64_t>();
  }
  return out;
}

std::optional<ports::AuditLogRecord> PgAuditLog::find(const ports::TenantId& tenant,
                                                      std::string_view id) {
  auto r = m_uow.exec(tenant, "audit_log_find", tenant, std::string(id));
  if (r.empty()) return std::nullopt;
  return entry_of(r[0]);
}

}  // namespace idp::store::pg
