#pragma once
// Tenants (swagger-cp-tenant-ja.yaml) at system level (/v1/management/tenants) and organization
// level (/v1/management/organizations/{organization-id}/tenants), and each tenant's authorization
// server (…/tenants/{tenant-id}/authorization-server, GET and PUT).
// - create: {"tenant", "authorization_server"}; the tenant is always PUBLIC and joins the
//   caller's organization (at system level, the ADMIN tenant's);
// - replace: the tenant object; its id and type cannot change;
// - delete: the tenant and everything it owns; the ADMIN tenant and an organization's ORGANIZER
//   tenant cannot be deleted this way.
// Signing keys of an authorization server are never shown (only their public halves at
// /{tenant-id}/v1/jwks).
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_tenants(const ManagementCall& call);
http::Response get_tenant(const ManagementCall& call, std::string_view tenant_id);
http::Response create_tenant(const ManagementCall& call);
http::Response replace_tenant(const ManagementCall& call, std::string_view tenant_id);
http::Response delete_tenant(const ManagementCall& call, std::string_view tenant_id);

http::Response get_authorization_server(const ManagementCall& call, std::string_view tenant_id);
http::Response replace_authorization_server(const ManagementCall& call, std::string_view tenant_id);

}  // namespace idp::control
