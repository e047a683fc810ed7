#pragma once
// The management audit log in PostgreSQL (db/migrations/0008_audit_log.sql).
#include "ports/repositories.hpp"

namespace idp::store::pg {

class PgUnitOfWork;

class PgAuditLog : public ports::AuditLogRepository {
 public:
  explicit PgAuditLog(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant, const ports::AuditLogRecord& entry) override;
  std::vector<ports::AuditLogRecord> list(const ports::TenantId& tenant,
                                          const ports::AuditLogQuery& query,
                                          std::int64_t& total) override;
  std::optional<ports::AuditLogRecord> find(const ports::TenantId& tenant,
                                            std::string_view id) override;

 private:
  PgUnitOfWork& m_uow;
};

}  // namespace idp::store::pg
