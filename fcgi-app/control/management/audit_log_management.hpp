#pragma once
// …/tenants/{tenant-id}/audit-logs[/{id}] (swagger-cp-security-event-ja.yaml AuditLog): the
// management writes that concerned the tenant, newest first, filtered by type, outcome_result,
// user_id, client_id, dry_run, from and to (ISO 8601 or Unix seconds) (idp:audit-log:read).
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_audit_logs(const ManagementCall& call, std::string_view tenant_id);
http::Response get_audit_log(const ManagementCall& call, std::string_view tenant_id,
                             std::string_view id);

}  // namespace idp::control
