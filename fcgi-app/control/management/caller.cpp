#include "control/management/caller.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "control/management_error.hpp"
#include "http/bearer_token.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::control {
namespace {

using Refusal = Unexpected<http::Response>;

http::Response bearer_error(int status, std::string_view error, std::string_view description) {
  http::Response r = management_error(status, error, description);
  r.set_header("WWW-Authenticate",
               "Bearer realm=\"management\", error=\"" + std::string(error) + "\"");
  return r;
}

bool has_scope(const std::string& scope, std::string_view wanted) {
  std::size_t start = 0;
  while (start <= scope.size()) {
    std::size_t end = scope.find(' ', start);
    if (end == std::string::npos) end = scope.size();
    if (std::string_view(scope).substr(start, end - start) == wanted) return true;
    start = end + 1;
  }
  return false;
}

// The token's user, scope and permissions in `tenant`.
Expected<Caller, http::Response> caller_of(ports::UnitOfWork& uow, const http::Request& request,
                                           const std::string& tenant,
                                           const std::vector<std::string_view>& scopes,
                                           std::int64_t now) {
  auto header = request.header("authorization");
  if (!header)
    return Refusal{bearer_error(401, "invalid_token", "a Bearer access token is required")};
  auto token = http::parse_bearer_token(*header);
  if (!token) return Refusal{bearer_error(401, "invalid_token", token.error())};
  auto record = uow.tokens().find_by_access_hash(tenant, oauth::token_hash(*token));
  if (!record || record->revoked || record->access_token_expires_at <= now)
    return Refusal{
        bearer_error(401, "invalid_token", "the access token is unknown, expired or revoked")};
  if (record->user_sub.empty())
    return Refusal{bearer_error(401, "invalid_token",
                                "the management API needs a user's token, not a client's "
                                "(client_credentials)")};
  if (std::none_of(scopes.begin(), scopes.end(),
                   [&](std::string_view s) { return has_scope(record->scope, s); }))
    return Refusal{bearer_error(403, "insufficient_scope",
                                "the access token lacks the scope " + std::string(scopes.front()))};
  Caller caller;
  caller.tenant_id = tenant;
  caller.client_id = record->client_id;
  caller.user_sub = record->user_sub;
  caller.permissions = uow.roles().permission_names_of(tenant, record->user_sub);
  return caller;
}

}  // namespace

bool Caller::may(std::string_view permission) const {
  return contains(permissions, "idp:*") || contains(permissions, permission);
}

Expected<Caller, http::Response> system_caller(ports::UnitOfWork& uow, const http::Request& request,
                                               std::int64_t now) {
  auto admin = uow.system().admin_tenant_id();
  if (!admin)
    return Refusal{
        management_error(503, "temporarily_unavailable", "the system is not initialized")};
  return caller_of(uow, request, *admin, {"management"}, now);
}

Expected<Caller, http::Response> organization_caller(ports::UnitOfWork& uow,
                                                     ports::Directory& directory,
                                                     const http::Request& request,
                                                     std::string_view organization_id,
                                                     std::int64_t now) {
  auto tenants = is_uuid(organization_id) ? directory.tenants_of_organization(organization_id)
                                          : std::vector<ports::TenantRecord>{};
  auto organizer = std::find_if(tenants.begin(), tenants.end(),
                                [](const auto& t) { return t.tenant_type == "ORGANIZER"; });
  if (organizer == tenants.end())
    return Refusal{management_error(404, "not_found", "no organization with this id")};
  auto caller =
      caller_of(uow, request, organizer->tenant_id, {"org-management", "management"}, now);
  if (!caller) return caller;
  caller->organization_id = std::string(organization_id);
  caller->organization_tenants = std::move(tenants);
  return caller;
}

}  // namespace idp::control
