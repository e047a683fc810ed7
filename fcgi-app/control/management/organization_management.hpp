#pragma once
// System-level organization calls (swagger-cp-onboarding-ja.yaml, ENDPOINTS.md 2.3):
// - POST /v1/management/onboarding: an organization with its ORGANIZER tenant, authorization
//   server, administrator (a role holding every permission) and client, in one transaction
//   (idp:organization:create); 409 when the organization or tenant exists;
// - GET|DELETE /v1/management/orgs/{organization-id}: the organization with its tenants; delete
//   removes its tenants and everything they own (idp:organization:read / :delete);
// - GET|PUT /v1/management/system-configurations: trusted proxies and the SSRF guard.
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response onboard(const ManagementCall& call);
http::Response get_organization(const ManagementCall& call, std::string_view organization_id);
http::Response delete_organization(const ManagementCall& call, std::string_view organization_id);

http::Response get_system_configuration(const ManagementCall& call);
http::Response replace_system_configuration(const ManagementCall& call);

}  // namespace idp::control
