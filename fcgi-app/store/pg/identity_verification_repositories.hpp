#pragma once
// Identity-verification applications and results in PostgreSQL
// (db/migrations/0012_identity_verification.sql).
#include <pqxx/pqxx>

#include "ports/repositories.hpp"

namespace idp::store::pg {

class PgUnitOfWork;

void prepare_identity_verification_statements(pqxx::connection& conn);

class PgIdentityVerificationApplications : public ports::IdentityVerificationApplicationRepository {
 public:
  explicit PgIdentityVerificationApplications(PgUnitOfWork& uow) : m_uow(uow) {}
  bool insert(const ports::TenantId& tenant,
              const ports::IdentityVerificationApplicationRecord& application) override;
  std::optional<ports::IdentityVerificationApplicationRecord> find(const ports::TenantId& tenant,
                                                                   std::string_view id) override;
  std::optional<ports::IdentityVerificationApplicationRecord> find_by_external_id(
      const ports::TenantId& tenant, std::string_view verification_type,
      std::string_view external_id) override;
  bool update(const ports::TenantId& tenant,
              const ports::IdentityVerificationApplicationRecord& application) override;
  std::vector<ports::IdentityVerificationApplicationRecord> list(
      const ports::TenantId& tenant, const ports::IdentityVerificationApplicationQuery& query,
      std::int64_t& total) override;
  bool remove(const ports::TenantId& tenant, std::string_view id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgIdentityVerificationResults : public ports::IdentityVerificationResultRepository {
 public:
  explicit PgIdentityVerificationResults(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant,
              const ports::IdentityVerificationResultRecord& result) override;
  std::optional<ports::IdentityVerificationResultRecord> find(const ports::TenantId& tenant,
                                                              std::string_view id) override;
  std::vector<ports::IdentityVerificationResultRecord> list(
      const ports::TenantId& tenant, const ports::IdentityVerificationResultQuery& query,
      std::int64_t& total) override;

 private:
  PgUnitOfWork& m_uow;
};

}  // namespace idp::store::pg
