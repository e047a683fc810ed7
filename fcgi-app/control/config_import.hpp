#pragma once
// Configuration as code: idp-server JSON files into the store, validated by the same parsers as the
// API, all or nothing (one transaction; nothing is written unless every file is valid).
//
// PATH is one file or a folder laid out like idp-server-config/examples/e2e/<name>/:
//   initial.json              organization, tenant, authorization_server, user, client
//   organization.json         an organization the folder's tenants belong to
//   tenant.json, tenants/*.json
//                             {"tenant": …, "authorization_server": …}
//   authorization-server/*.json, clients/*.json, user/*.json, authentication-policy/*.json
//                             for the folder's main tenant: the tenant of initial.json, else the
//                             only tenant file
// Other folders (authentication configs, policies, identity verification, federation, hooks) are
// listed as skipped. ${VAR} placeholders are filled from the environment before parsing.
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "control/placeholders.hpp"
#include "ports/outbound_http.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

struct ImportReport {
  int organizations = 0;
  int tenants = 0;
  int authorization_servers = 0;
  int clients = 0;
  int users = 0;
  int authentication_policies = 0;
  std::vector<std::string> skipped;  // paths not imported, with the reason
};

// Reads and validates everything first, then writes through `uow` (which the caller commits).
// Errors name the file and the field. With `http`, the sector_identifier_uri of each client is
// fetched and checked (OIDC Registration §5).
Expected<ImportReport> import_configuration(ports::UnitOfWork& uow, const std::string& path,
                                            const VariableLookup& variables,
                                            ports::OutboundHttp* http = nullptr);

// Only reads and validates (no store): `idp-fcgi check-config`.
Expected<ImportReport> check_configuration(const std::string& path,
                                           const VariableLookup& variables);

}  // namespace idp::control
