#pragma once
// Writes validated configuration objects through the repository ports: the one place where domain
// objects become stored records, shared by the admin initialization and the importer.
#include <string>

#include "base/expected.hpp"
#include "crypto/password_hasher.hpp"
#include "domain/authentication_policy.hpp"
#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/organization.hpp"
#include "domain/tenant.hpp"
#include "domain/user.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

// Checks what the domain parsers leave to the JOSE layer: that every key of a JWKS is usable.
Status check_jwks(const std::string& jwks_json, const std::string& path);
// A client's JWKS is used only for its public keys (jose::Jwks::parse_public).
Status check_client_jwks(const std::string& jwks_json, const std::string& path);

void save_organization(ports::UnitOfWork& uow, const domain::Organization& organization);
void save_tenant(ports::UnitOfWork& uow, const domain::Tenant& tenant);
void save_authorization_server(ports::UnitOfWork& uow, const std::string& tenant_id,
                               const domain::AuthorizationServer& server);
void save_client(ports::UnitOfWork& uow, const std::string& tenant_id,
                 const domain::Client& client);
// Replaces the tenant's policy for the same flow.
void save_authentication_policy(ports::UnitOfWork& uow, const std::string& tenant_id,
                                const domain::AuthenticationPolicy& policy);
// The role `name` with every control-plane permission (what the initializer of a tenant gets).
void ensure_administrator_role(ports::UnitOfWork& uow, const std::string& tenant_id,
                               const std::string& name);
// The role `name`, created without permissions when the tenant lacks it.
void ensure_role(ports::UnitOfWork& uow, const std::string& tenant_id, const std::string& name);

// A raw_password is hashed with `hasher`; an imported hashed_password (Argon2id or bcrypt) is kept.
// The user's `role`, when set, must name an existing role of the tenant.
Status save_user(ports::UnitOfWork& uow, const std::string& tenant_id, domain::User user,
                 const crypto::PasswordHasher& hasher);

}  // namespace idp::control
