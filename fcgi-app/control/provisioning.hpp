#pragma once
// An organization with its first tenant, authorization server, administrator and client, from an
// initialization body (idp-server's initial.json shape): shared by POST /v1/admin/initialization
// (the ADMIN tenant) and POST /v1/management/onboarding (an ORGANIZER tenant).
#include "base/expected.hpp"
#include "domain/initialization.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

// Checks the server's key set; a server without keys gets an ES256 key (access tokens) and an
// RS256 key (ID tokens), with the extension's signing key ids pointing at them.
Status ensure_signing_keys(domain::AuthorizationServer& server);

// Checks what the parser leaves open and fills in what may be omitted: signing keys (an ES256 key
// for access tokens and an RS256 key for ID tokens), the administrator's sub and role.
// The error lists every problem ("; "-joined).
Status prepare_provisioning(domain::Initialization& init, domain::TenantType tenant_type);

// Writes what prepare_provisioning made ready: the organization, the tenant (in the
// organization), its authorization server and client, a role holding every control-plane
// permission, and the administrator with it (password hashed with Argon2id).
Status provision(ports::UnitOfWork& uow, const domain::Initialization& init);

// {"dry_run", "organization", "tenant", "user", "client"}, without secrets.
std::string provisioning_answer(const domain::Initialization& init, bool dry_run);

}  // namespace idp::control
