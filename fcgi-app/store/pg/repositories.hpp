#pragma once
// libpqxx implementations of the repository ports; each runs prepared statements through the
// unit of work that owns it.
#include "ports/repositories.hpp"

namespace idp::store::pg {

class PgUnitOfWork;

class PgOrganizations : public ports::OrganizationRepository {
 public:
  explicit PgOrganizations(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::OrganizationRecord> find(std::string_view organization_id) override;
  void upsert(const ports::OrganizationRecord& organization) override;
  void assign_tenant(const ports::TenantId& tenant, std::string_view organization_id) override;
  std::vector<std::string> organizations_of(const ports::TenantId& tenant) override;
  bool remove(std::string_view organization_id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgTenants : public ports::TenantRepository {
 public:
  explicit PgTenants(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::TenantRecord> find(const ports::TenantId& tenant) override;
  void upsert(const ports::TenantId& tenant, const ports::TenantRecord& record) override;
  bool remove(const ports::TenantId& tenant) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgAuthorizationServers : public ports::AuthorizationServerRepository {
 public:
  explicit PgAuthorizationServers(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::AuthorizationServerRecord> find(const ports::TenantId& tenant) override;
  void upsert(const ports::TenantId& tenant,
              const ports::AuthorizationServerRecord& record) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgClients : public ports::ClientRepository {
 public:
  explicit PgClients(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::ClientRecord> find(const ports::TenantId& tenant,
                                          std::string_view client_id) override;
  std::vector<ports::ClientRecord> list(const ports::TenantId& tenant) override;
  void upsert(const ports::TenantId& tenant, const ports::ClientRecord& record) override;
  bool remove(const ports::TenantId& tenant, std::string_view client_id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgUsers : public ports::UserRepository {
 public:
  explicit PgUsers(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<ports::UserRecord> find(const ports::TenantId& tenant,
                                        std::string_view sub) override;
  std::optional<ports::UserRecord> find_by(const ports::TenantId& tenant,
                                           std::string_view provider_id, ports::UserKey key,
                                           std::string_view value) override;
  std::vector<ports::UserRecord> list(const ports::TenantId& tenant) override;
  void upsert(const ports::TenantId& tenant, const ports::UserRecord& record) override;
  void record_password_failure(const ports::TenantId& tenant, std::string_view sub,
                               std::int64_t max_attempts, std::int64_t lock_until) override;
  void record_password_success(const ports::TenantId& tenant, std::string_view sub) override;
  bool remove(const ports::TenantId& tenant, std::string_view sub) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgRoles : public ports::RoleRepository {
 public:
  explicit PgRoles(PgUnitOfWork& uow) : m_uow(uow) {}
  void upsert_permission(const ports::TenantId& tenant, const ports::PermissionRecord& p) override;
  void upsert_role(const ports::TenantId& tenant, const ports::RoleRecord& role,
                   const std::vector<std::string>& permission_names) override;
  std::optional<ports::RoleRecord> find_role(const ports::TenantId& tenant,
                                             std::string_view name) override;
  void assign_role(const ports::TenantId& tenant, std::string_view user_sub,
                   std::string_view role_id) override;
  std::vector<std::string> role_names_of(const ports::TenantId& tenant,
                                         std::string_view user_sub) override;
  std::vector<std::string> permission_names_of(const ports::TenantId& tenant,
                                               std::string_view user_sub) override;
  std::vector<ports::PermissionRecord> permissions(const ports::TenantId& tenant) override;
  std::optional<ports::PermissionRecord> find_permission(const ports::TenantId& tenant,
                                                         std::string_view id) override;
  bool save_permission(const ports::TenantId& tenant,
                       const ports::PermissionRecord& permission) override;
  bool remove_permission(const ports::TenantId& tenant, std::string_view id) override;
  std::vector<ports::RoleRecord> roles(const ports::TenantId& tenant) override;
  std::optional<ports::RoleRecord> find_role_by_id(const ports::TenantId& tenant,
                                                   std::string_view id) override;
  bool save_role(const ports::TenantId& tenant, const ports::RoleRecord& role,
                 const std::vector<std::string>& permission_ids) override;
  bool remove_role(const ports::TenantId& tenant, std::string_view id) override;
  std::vector<ports::PermissionRecord> permissions_of_role(const ports::TenantId& tenant,
                                                           std::string_view role_id) override;
  void remove_role_permissions(const ports::TenantId& tenant, std::string_view role_id,
                               const std::vector<std::string>& permission_ids) override;
  std::vector<ports::RoleRecord> roles_of(const ports::TenantId& tenant,
                                          std::string_view user_sub) override;
  void set_user_roles(const ports::TenantId& tenant, std::string_view user_sub,
                      const std::vector<std::string>& role_ids) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgTokens : public ports::TokenRepository {
 public:
  explicit PgTokens(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant, const ports::TokenRecord& token) override;
  // Many tokens of one tenant in one statement (the token ledger's batches).
  void insert_many(const ports::TenantId& tenant,
                   const std::vector<const ports::TokenRecord*>& tokens);
  std::optional<ports::TokenRecord> find_by_access_hash(const ports::TenantId& tenant,
                                                        std::string_view hash) override;
  std::optional<ports::TokenRecord> find_by_refresh_hash(const ports::TenantId& tenant,
                                                         std::string_view hash) override;
  void revoke(const ports::TenantId& tenant, std::string_view token_id, std::int64_t now) override;
  void revoke_grant(const ports::TenantId& tenant, std::string_view grant_id,
                    std::int64_t now) override;
  bool rotate(const ports::TenantId& tenant, std::string_view token_id, std::int64_t now) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgClientAssertions : public ports::ClientAssertionRepository {
 public:
  explicit PgClientAssertions(PgUnitOfWork& uow) : m_uow(uow) {}
  bool remember_jti(const ports::TenantId& tenant, std::string_view client_id, std::string_view jti,
                    std::int64_t expires_at) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgAuthorizationRequests : public ports::AuthorizationRequestRepository {
 public:
  explicit PgAuthorizationRequests(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant, const ports::AuthorizationRequestRecord& r) override;
  std::optional<ports::AuthorizationRequestRecord> find(const ports::TenantId& tenant,
                                                        std::string_view id) override;
  void set_authenticated(const ports::TenantId& tenant, std::string_view id,
                         std::string_view user_sub, std::int64_t at, std::string_view amr,
                         std::string_view session_id) override;
  void record_interaction(const ports::TenantId& tenant, std::string_view id, std::string_view name,
                          std::string_view method, bool success, bool locked,
                          std::int64_t at) override;
  bool complete(const ports::TenantId& tenant, std::string_view id, std::int64_t at) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgAuthorizationCodes : public ports::AuthorizationCodeRepository {
 public:
  explicit PgAuthorizationCodes(PgUnitOfWork& uow) : m_uow(uow) {}
  void insert(const ports::TenantId& tenant, const ports::AuthorizationCodeRecord& code) override;
  std::optional<ports::AuthorizationCodeRecord> find(const ports::TenantId& tenant,
                                                     std::string_view code_hash) override;
  bool consume(const ports::TenantId& tenant, std::string_view code_hash, std::int64_t at) override;
  void set_token(const ports::TenantId& tenant, std::string_view code_hash,
                 std::string_view token_id) override;

 private:
  PgUnitOfWork& m_uow;
};

class PgSystem : public ports::SystemRepository {
 public:
  explicit PgSystem(PgUnitOfWork& uow) : m_uow(uow) {}
  std::optional<std::string> admin_tenant_id() override;
  bool mark_initialized(const ports::TenantId& admin_tenant) override;
  std::optional<std::string> configuration() override;
  void save_configuration(const std::string& payload) override;

 private:
  PgUnitOfWork& m_uow;
};

}  // namespace idp::store::pg
