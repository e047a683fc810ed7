#pragma once
// Sign-in sessions, authentication policies and remembered consent in PostgreSQL
// (db/migrations/0005_op_session.sql, 0007_authentication_policy.sql).
#include "ports/repositories.hpp"

namespace idp::store::pg {

class PgUnitOfWork;

class PgOpSessions : public ports::OpSessionRepository {
 public:
  explicit PgOpSessions(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant, const ports::OpSessionRecord& session) override;
  std::optional<ports::OpSessionRecord> find(const ports::TenantId& tenant,
                                             std::string_view id) override;
  std::optional<ports::OpSessionRecord> find_by_cookie(const ports::TenantId& tenant,
                                                       std::string_view cookie_hash) override;
  void end(const ports::TenantId& tenant, std::string_view id, std::int64_t at) override;
  std::vector<ports::OpSessionRecord> live_sessions_of(const ports::TenantId& tenant,
                                                       std::string_view user_sub,
                                                       std::int64_t now) override;
  void end_all_of(const ports::TenantId& tenant, std::string_view user_sub,
                  std::int64_t at) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgAuthenticationPolicies : public ports::AuthenticationPolicyRepository {
 public:
  explicit PgAuthenticationPolicies(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::AuthenticationPolicyRecord> find_by_flow(const ports::TenantId& tenant,
                                                                std::string_view flow) override;
  void upsert(const ports::TenantId& tenant,
              const ports::AuthenticationPolicyRecord& policy) override;
  std::vector<ports::AuthenticationPolicyRecord> list(const ports::TenantId& tenant) override;
  std::optional<ports::AuthenticationPolicyRecord> find(const ports::TenantId& tenant,
                                                        std::string_view id) override;
  bool remove(const ports::TenantId& tenant, std::string_view id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgConfigurations : public ports::ConfigurationRepository {
 public:
  explicit PgConfigurations(PgUnitOfWork& uow) : m_uow(uow) {}
  std::vector<ports::ConfigurationRecord> list(const ports::TenantId& tenant,
                                               std::string_view kind) override;
  std::optional<ports::ConfigurationRecord> find(const ports::TenantId& tenant,
                                                 std::string_view kind,
                                                 std::string_view id) override;
  void upsert(const ports::TenantId& tenant, const ports::ConfigurationRecord& record) override;
  bool remove(const ports::TenantId& tenant, std::string_view kind, std::string_view id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgConsents : public ports::ConsentRepository {
 public:
  explicit PgConsents(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::ConsentRecord> find(const ports::TenantId& tenant, std::string_view user_sub,
                                           std::string_view client_id) override;
  void save(const ports::TenantId& tenant, const ports::ConsentRecord& consent) override;

 private:
  PgUnitOfWork& m_uow;
};

}  // namespace idp::store::pg
