#pragma once
#include <optional>
#include <pqxx/pqxx>
#include <string>

#include "ports/unit_of_work.hpp"
#include "store/pg/audit_log_repository.hpp"
#include "store/pg/connection.hpp"
#include "store/pg/identity_verification_repositories.hpp"
#include "store/pg/repositories.hpp"
#include "store/pg/session_repositories.hpp"

namespace idp::store::pg {

// One transaction. Before any statement for a tenant it runs
// set_config('app.tenant_id', tenant, true), so row-level security scopes what follows; a unit of
// work may move between tenants (the importer does) and re-scopes on each switch.
//
// The transaction begins at the first statement, in the same round trip as its tenant scope
// ("BEGIN; SELECT set_config(...)"): a request answered from cached configuration never touches
// the database, and one that does saves a round trip. It is rolled back unless committed.
class PgUnitOfWork : public ports::UnitOfWork {
 public:
  explicit PgUnitOfWork(Connection& connection) : m_connection(connection) {}
  ~PgUnitOfWork() override;
  PgUnitOfWork(const PgUnitOfWork&) = delete;
  PgUnitOfWork& operator=(const PgUnitOfWork&) = delete;

  ports::OrganizationRepository& organizations() override { return m_organizations; }
  ports::TenantRepository& tenants() override { return m_tenants; }
  ports::AuthorizationServerRepository& authorization_servers() override { return m_servers; }
  ports::ClientRepository& clients() override { return m_clients; }
  ports::UserRepository& users() override { return m_users; }
  ports::RoleRepository& roles() override { return m_roles; }
  ports::SystemRepository& system() override { return m_system; }
  ports::TokenRepository& tokens() override { return m_tokens; }
  ports::ClientAssertionRepository& client_assertions() override { return m_client_assertions; }
  ports::AuthorizationRequestRepository& authorization_requests() override {
    return m_authorization_requests;
  }
  ports::AuthorizationCodeRepository& authorization_codes() override {
    return m_authorization_codes;
  }
  ports::OpSessionRepository& op_sessions() override { return m_op_sessions; }
  ports::ConsentRepository& consents() override { return m_consents; }
  ports::AuditLogRepository& audit_log() override { return m_audit_log; }
  ports::ConfigurationRepository& configurations() override { return m_configurations; }
  ports::IdentityVerificationApplicationRepository& identity_verification_applications() override {
    return m_identity_verification_applications;
  }
  ports::IdentityVerificationResultRepository& identity_verification_results() override {
    return m_identity_verification_results;
  }
  ports::AuthenticationPolicyRepository& authentication_policies() override {
    return m_authentication_policies;
  }
  void commit() override;
  PgTokens& pg_tokens() { return m_tokens; }

  // Runs a prepared statement scoped to `tenant` ("" for the system tables).
  template <class... Args>
  pqxx::result exec(const std::string& tenant, const char* statement, Args&&... args) {
    return guarded([&] {
      scope(tenant);
      return m_session->exec_prepared(statement, std::forward<Args>(args)...);
    });
  }

 private:
  void scope(const std::string& tenant);
  void begin(const std::string& tenant);
  template <class F>
  auto guarded(F&& f) -> decltype(f()) {
    try {
      return f();
    } catch (const pqxx::broken_connection& e) {
      lost();
      throw ports::StoreUnavailable(std::string("database connection lost: ") + e.what());
    }
  }
  // Drops the session, then the connection it runs on (never the other way round: the session
  // refers to the connection), so that the next unit of work connects afresh.
  void lost();

  Connection& m_connection;
  // The statements of the explicit BEGIN ... COMMIT; empty until the first statement.
  std::optional<pqxx::nontransaction> m_session;
  bool m_open = false;  // BEGIN sent, neither COMMIT nor ROLLBACK yet
  std::optional<std::string> m_scoped_tenant;
  PgOrganizations m_organizations{*this};
  PgTenants m_tenants{*this};
  PgAuthorizationServers m_servers{*this};
  PgClients m_clients{*this};
  PgUsers m_users{*this};
  PgRoles m_roles{*this};
  PgSystem m_system{*this};
  PgTokens m_tokens{*this};
  PgClientAssertions m_client_assertions{*this};
  PgAuthorizationRequests m_authorization_requests{*this};
  PgAuthorizationCodes m_authorization_codes{*this};
  PgOpSessions m_op_sessions{*this};
  PgConsents m_consents{*this};
  PgAuthenticationPolicies m_authentication_policies{*this};
  PgAuditLog m_audit_log{*this};
  PgConfigurations m_configurations{*this};
  PgIdentityVerificationApplications m_identity_verification_applications{*this};
  PgIdentityVerificationResults m_identity_verification_results{*this};
};

}  // namespace idp::store::pg
