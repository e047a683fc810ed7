#pragma once
// The management API's routes (ENDPOINTS.md 2.3 and 2.4): every resource of a tenant is served at
// system level (/v1/management/tenants/{tenant-id}/…, the ADMIN tenant's token) and at
// organization level (/v1/management/organizations/{organization-id}/tenants/{tenant-id}/…, the
// organization's ORGANIZER tenant's token) by the same handler.
#include "http/router.hpp"
#include "main/request_scope.hpp"
#include "ports/clock.hpp"

namespace idp::main {

using Handler = http::HandlerFunction<RequestScope>;

void add_management_routes(http::Router<Handler>& router, const ports::Clock& clock);

}  // namespace idp::main
