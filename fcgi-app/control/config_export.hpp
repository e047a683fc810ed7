#pragma once
// `idp-fcgi export TENANT`: writes a tenant back in the layout config_import.hpp reads —
// organization.json, tenants/, authorization-server/, clients/, user/. Secrets (client secrets,
// the authorization server's private keys, password hashes) only with `with_secrets`.
#include <string>

#include "base/expected.hpp"
#include "control/config_import.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

Expected<ImportReport> export_tenant(ports::UnitOfWork& uow, const std::string& tenant_id,
                                     const std::string& out_dir, bool with_secrets);

}  // namespace idp::control
