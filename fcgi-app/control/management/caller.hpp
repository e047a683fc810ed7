#pragma once
// Who calls the management API (ENDPOINTS.md 2.3, 2.4): a user's Bearer access token issued by
// the ADMIN tenant with scope "management" (system level), or by the organization's ORGANIZER
// tenant with "org-management" or "management" (organization level). Tokens of the
// client_credentials grant act for no user and are refused. The permissions come from the user's
// roles in the issuing tenant; "idp:*" grants every one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

struct Caller {
  std::string tenant_id;  // the tenant that issued the token
  std::string client_id;  // the client the token was issued to
  std::string user_sub;
  std::vector<std::string> permissions;
  std::optional<std::string> organization_id;  // organization level only
  // The tenants the caller may manage at organization level (the organization's tenants).
  std::vector<ports::TenantRecord> organization_tenants;

  bool may(std::string_view permission) const;
};

// 401 invalid_token (no, unknown, expired or revoked token; client_credentials), 403
// insufficient_scope. The answers carry WWW-Authenticate (RFC 6750 §3).
Expected<Caller, http::Response> system_caller(ports::UnitOfWork& uow, const http::Request& request,
                                               std::int64_t now);

// As system_caller, with the organization's ORGANIZER tenant as the issuer; 404 for an unknown
// organization.
Expected<Caller, http::Response> organization_caller(ports::UnitOfWork& uow,
                                                     ports::Directory& directory,
                                                     const http::Request& request,
                                                     std::string_view organization_id,
                                                     std::int64_t now);

}  // namespace idp::control
