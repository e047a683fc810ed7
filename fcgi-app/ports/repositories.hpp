#pragma once
// Repository ports. The tenant is always the first argument: implementations scope every query
// to it (and PostgreSQL's row-level security enforces the same underneath).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ports/records.hpp"

namespace idp::ports {

using TenantId = std::string;  // a UUID, validated before it reaches a repository

class OrganizationRepository {
 public:
  virtual ~OrganizationRepository() = default;
  virtual std::optional<OrganizationRecord> find(std::string_view organization_id) = 0;
  virtual void upsert(const OrganizationRecord& organization) = 0;
  virtual void assign_tenant(const TenantId& tenant, std::string_view organization_id) = 0;
  virtual std::vector<std::string> organizations_of(const TenantId& tenant) = 0;
  virtual bool remove(std::string_view organization_id) = 0;
};

class TenantRepository {
 public:
  virtual ~TenantRepository() = default;
  virtual std::optional<TenantRecord> find(const TenantId& tenant) = 0;
  virtual void upsert(const TenantId& tenant, const TenantRecord& record) = 0;
  // Deletes the tenant and everything it owns; false when there was no such tenant.
  virtual bool remove(const TenantId& tenant) = 0;
};

class AuthorizationServerRepository {
 public:
  virtual ~AuthorizationServerRepository() = default;
  virtual std::optional<AuthorizationServerRecord> find(const TenantId& tenant) = 0;
  virtual void upsert(const TenantId& tenant, const AuthorizationServerRecord& record) = 0;
};

class ClientRepository {
 public:
  virtual ~ClientRepository() = default;
  // By client_id or client_id_alias.
  virtual std::optional<ClientRecord> find(const TenantId& tenant, std::string_view client_id) = 0;
  virtual std::vector<ClientRecord> list(const TenantId& tenant) = 0;
  virtual void upsert(const TenantId& tenant, const ClientRecord& record) = 0;
  // False when there was no such client.
  virtual bool remove(const TenantId& tenant, std::string_view client_id) = 0;
};

// The attributes a user can be found by (identity_policy_config.identity_unique_key_type).
enum class UserKey { email, preferred_username, phone_number, external_user_id };

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual std::optional<UserRecord> find(const TenantId& tenant, std::string_view sub) = 0;
  // The user whose `key` is `value` (email compared case-insensitively).
  virtual std::optional<UserRecord> find_by(const TenantId& tenant, std::string_view provider_id,
                                            UserKey key, std::string_view value) = 0;
  virtual std::vector<UserRecord> list(const TenantId& tenant) = 0;
  // Keeps the stored password when `record.hashed_password` is empty.
  virtual void upsert(const TenantId& tenant, const UserRecord& record) = 0;
  // Counts a wrong password; the `max_attempts`-th in a row locks password sign-in until
  // `lock_until` (and starts the count again).
  virtual void record_password_failure(const TenantId& tenant, std::string_view sub,
                                       std::int64_t max_attempts, std::int64_t lock_until) = 0;
  virtual void record_password_success(const TenantId& tenant, std::string_view sub) = 0;
  // False when there was no such user.
  virtual bool remove(const TenantId& tenant, std::string_view sub) = 0;
};

class RoleRepository {
 public:
  virtual ~RoleRepository() = default;
  virtual void upsert_permission(const TenantId& tenant, const PermissionRecord& permission) = 0;
  virtual void upsert_role(const TenantId& tenant, const RoleRecord& role,
                           const std::vector<std::string>& permission_names) = 0;
  virtual std::optional<RoleRecord> find_role(const TenantId& tenant, std::string_view name) = 0;
  virtual void assign_role(const TenantId& tenant, std::string_view user_sub,
                           std::string_view role_id) = 0;
  virtual std::vector<std::string> role_names_of(const TenantId& tenant,
                                                 std::string_view user_sub) = 0;
  // The names of the permissions the user's roles hold.
  virtual std::vector<std::string> permission_names_of(const TenantId& tenant,
                                                       std::string_view user_sub) = 0;

  // Management of permissions and roles by id (names are unique per tenant).
  virtual std::vector<PermissionRecord> permissions(const TenantId& tenant) = 0;
  virtual std::optional<PermissionRecord> find_permission(const TenantId& tenant,
                                                          std::string_view id) = 0;
  // Insert or update by id; false when another permission has the name.
  virtual bool save_permission(const TenantId& tenant, const PermissionRecord& permission) = 0;
  virtual bool remove_permission(const TenantId& tenant, std::string_view id) = 0;
  virtual std::vector<RoleRecord> roles(const TenantId& tenant) = 0;
  virtual std::optional<RoleRecord> find_role_by_id(const TenantId& tenant,
                                                    std::string_view id) = 0;
  // Insert or update by id with exactly `permission_ids`; false when another role has the name.
  virtual bool save_role(const TenantId& tenant, const RoleRecord& role,
                         const std::vector<std::string>& permission_ids) = 0;
  virtual bool remove_role(const TenantId& tenant, std::string_view id) = 0;
  virtual std::vector<PermissionRecord> permissions_of_role(const TenantId& tenant,
                                                            std::string_view role_id) = 0;
  virtual void remove_role_permissions(const TenantId& tenant, std::string_view role_id,
                                       const std::vector<std::string>& permission_ids) = 0;
  // The user's roles (id and name).
  virtual std::vector<RoleRecord> roles_of(const TenantId& tenant, std::string_view user_sub) = 0;
  // Replaces the user's roles.
  virtual void set_user_roles(const TenantId& tenant, std::string_view user_sub,
                              const std::vector<std::string>& role_ids) = 0;
};

class TokenRepository {
 public:
  virtual ~TokenRepository() = default;
  virtual void insert(const TenantId& tenant, const TokenRecord& token) = 0;
  virtual std::optional<TokenRecord> find_by_access_hash(const TenantId& tenant,
                                                         std::string_view hash) = 0;
  virtual std::optional<TokenRecord> find_by_refresh_hash(const TenantId& tenant,
                                                          std::string_view hash) = 0;
  virtual void revoke(const TenantId& tenant, std::string_view token_id, std::int64_t now) = 0;
  // Revokes every token of the grant.
  virtual void revoke_grant(const TenantId& tenant, std::string_view grant_id,
                            std::int64_t now) = 0;
  // Retires a refresh token that was exchanged for a new one (it stays findable, so that a replay
  // is recognised); false when it was retired or revoked before.
  virtual bool rotate(const TenantId& tenant, std::string_view token_id, std::int64_t now) = 0;
};

class ClientAssertionRepository {
 public:
  virtual ~ClientAssertionRepository() = default;
  // Records a jti until `expires_at`; false when this client used it before (a replay).
  virtual bool remember_jti(const TenantId& tenant, std::string_view client_id,
                            std::string_view jti, std::int64_t expires_at) = 0;
};

class AuthorizationRequestRepository {
 public:
  virtual ~AuthorizationRequestRepository() = default;
  virtual void insert(const TenantId& tenant, const AuthorizationRequestRecord& request) = 0;
  virtual std::optional<AuthorizationRequestRecord> find(const TenantId& tenant,
                                                         std::string_view id) = 0;
  virtual void set_authenticated(const TenantId& tenant, std::string_view id,
                                 std::string_view user_sub, std::int64_t at, std::string_view amr,
                                 std::string_view session_id) = 0;
  // Counts one call of the interaction `name` (and its success or failure); `locked` records that
  // it failed because the account is locked.
  virtual void record_interaction(const TenantId& tenant, std::string_view id,
                                  std::string_view name, std::string_view method, bool success,
                                  bool locked, std::int64_t at) = 0;
  // False when it was completed already (a second authorize or deny).
  virtual bool complete(const TenantId& tenant, std::string_view id, std::int64_t at) = 0;
};

class AuthorizationCodeRepository {
 public:
  virtual ~AuthorizationCodeRepository() = default;
  virtual void insert(const TenantId& tenant, const AuthorizationCodeRecord& code) = 0;
  virtual std::optional<AuthorizationCodeRecord> find(const TenantId& tenant,
                                                      std::string_view code_hash) = 0;
  // Marks the code used; false when it was used before (RFC 6749 §4.1.2: a code is single use).
  virtual bool consume(const TenantId& tenant, std::string_view code_hash, std::int64_t at) = 0;
  virtual void set_token(const TenantId& tenant, std::string_view code_hash,
                         std::string_view token_id) = 0;
};

class AuthenticationPolicyRepository {
 public:
  virtual ~AuthenticationPolicyRepository() = default;
  virtual std::optional<AuthenticationPolicyRecord> find_by_flow(const TenantId& tenant,
                                                                 std::string_view flow) = 0;
  // One policy per flow: a policy with another id for the same flow replaces it.
  virtual void upsert(const TenantId& tenant, const AuthenticationPolicyRecord& policy) = 0;
  virtual std::vector<AuthenticationPolicyRecord> list(const TenantId& tenant) = 0;
  virtual std::optional<AuthenticationPolicyRecord> find(const TenantId& tenant,
                                                         std::string_view id) = 0;
  virtual bool remove(const TenantId& tenant, std::string_view id) = 0;
};

class ConfigurationRepository {
 public:
  virtual ~ConfigurationRepository() = default;
  virtual std::vector<ConfigurationRecord> list(const TenantId& tenant, std::string_view kind) = 0;
  virtual std::optional<ConfigurationRecord> find(const TenantId& tenant, std::string_view kind,
                                                  std::string_view id) = 0;
  virtual void upsert(const TenantId& tenant, const ConfigurationRecord& record) = 0;
  virtual bool remove(const TenantId& tenant, std::string_view kind, std::string_view id) = 0;
};

class AuditLogRepository {
 public:
  virtual ~AuditLogRepository() = default;
  virtual void insert(const TenantId& tenant, const AuditLogRecord& entry) = 0;
  // Newest first; `total` is the count of every entry that matches.
  virtual std::vector<AuditLogRecord> list(const TenantId& tenant, const AuditLogQuery& query,
                                           std::int64_t& total) = 0;
  virtual std::optional<AuditLogRecord> find(const TenantId& tenant, std::string_view id) = 0;
};

class OpSessionRepository {
 public:
  virtual ~OpSessionRepository() = default;
  virtual void insert(const TenantId& tenant, const OpSessionRecord& session) = 0;
  virtual std::optional<OpSessionRecord> find(const TenantId& tenant, std::string_view id) = 0;
  virtual std::optional<OpSessionRecord> find_by_cookie(const TenantId& tenant,
                                                        std::string_view cookie_hash) = 0;
  virtual void end(const TenantId& tenant, std::string_view id, std::int64_t at) = 0;
  // The user's live sessions, newest first.
  virtual std::vector<OpSessionRecord> live_sessions_of(const TenantId& tenant,
                                                        std::string_view user_sub,
                                                        std::int64_t now) = 0;
  virtual void end_all_of(const TenantId& tenant, std::string_view user_sub, std::int64_t at) = 0;
};

class ConsentRepository {
 public:
  virtual ~ConsentRepository() = default;
  virtual std::optional<ConsentRecord> find(const TenantId& tenant, std::string_view user_sub,
                                            std::string_view client_id) = 0;
  // Replaces what the user allowed the client (granted_at is kept from the first grant).
  virtual void save(const TenantId& tenant, const ConsentRecord& consent) = 0;
};

class SystemRepository {
 public:
  virtual ~SystemRepository() = default;
  virtual std::optional<std::string> admin_tenant_id() = 0;
  // False when the system was already initialized (nothing is written then).
  virtual bool mark_initialized(const TenantId& admin_tenant) = 0;
  // The stored system configuration (JSON), if one was ever saved.
  virtual std::optional<std::string> configuration() = 0;
  virtual void save_configuration(const std::string& payload) = 0;
};

class IdentityVerificationApplicationRepository {
 public:
  virtual ~IdentityVerificationApplicationRepository() = default;
  // False (nothing written) when another application of the type has its external id.
  virtual bool insert(const TenantId& tenant,
                      const IdentityVerificationApplicationRecord& application) = 0;
  virtual std::optional<IdentityVerificationApplicationRecord> find(const TenantId& tenant,
                                                                    std::string_view id) = 0;
  // The application of this type the vendor knows by `external_id`.
  virtual std::optional<IdentityVerificationApplicationRecord> find_by_external_id(
      const TenantId& tenant, std::string_view verification_type, std::string_view external_id) = 0;
  // Writes details, processes, status and external id if the stored version is still
  // `application.version` (and moves it on); false when another request wrote in between.
  virtual bool update(const TenantId& tenant,
                      const IdentityVerificationApplicationRecord& application) = 0;
  // Newest first; `total` counts every match.
  virtual std::vector<IdentityVerificationApplicationRecord> list(
      const TenantId& tenant, const IdentityVerificationApplicationQuery& query,
      std::int64_t& total) = 0;
  // False when there was no such application.
  virtual bool remove(const TenantId& tenant, std::string_view id) = 0;
};

class IdentityVerificationResultRepository {
 public:
  virtual ~IdentityVerificationResultRepository() = default;
  virtual void insert(const TenantId& tenant, const IdentityVerificationResultRecord& result) = 0;
  virtual std::optional<IdentityVerificationResultRecord> find(const TenantId& tenant,
                                                               std::string_view id) = 0;
  // Newest first; `total` counts every match.
  virtual std::vector<IdentityVerificationResultRecord> list(
      const TenantId& tenant, const IdentityVerificationResultQuery& query,
      std::int64_t& total) = 0;
};

}  // namespace idp::ports
