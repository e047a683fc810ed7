#pragma once
// One database transaction with the repositories that work inside it. A request handler gets one;
// nothing it writes is visible unless it calls commit().
#include <memory>
#include <stdexcept>

#include "ports/directory.hpp"
#include "ports/repositories.hpp"

namespace idp::ports {

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  virtual OrganizationRepository& organizations() = 0;
  virtual TenantRepository& tenants() = 0;
  virtual AuthorizationServerRepository& authorization_servers() = 0;
  virtual ClientRepository& clients() = 0;
  virtual UserRepository& users() = 0;
  virtual RoleRepository& roles() = 0;
  virtual SystemRepository& system() = 0;
  virtual TokenRepository& tokens() = 0;
  virtual ClientAssertionRepository& client_assertions() = 0;
  virtual AuthorizationRequestRepository& authorization_requests() = 0;
  virtual AuthorizationCodeRepository& authorization_codes() = 0;
  virtual OpSessionRepository& op_sessions() = 0;
  virtual AuthenticationPolicyRepository& authentication_policies() = 0;
  virtual AuditLogRepository& audit_log() = 0;
  virtual ConfigurationRepository& configurations() = 0;
  virtual ConsentRepository& consents() = 0;
  virtual IdentityVerificationApplicationRepository& identity_verification_applications() = 0;
  virtual IdentityVerificationResultRepository& identity_verification_results() = 0;
  virtual void commit() = 0;
};

// Thrown by implementations when the database cannot be reached; the request boundary answers 503.
class StoreUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual std::unique_ptr<UnitOfWork> begin() = 0;
  // Cross-tenant reads of the control plane (their own read-only transaction each).
  virtual Directory& directory() = 0;
};

}  // namespace idp::ports
