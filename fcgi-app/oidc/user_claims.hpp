#pragma once
// A user's claims for ID tokens and UserInfo: the standard claims by scope (OIDC Core §5.4) and by
// name (the claims request parameter, §5.5), and idp-server's `claims:<name>` scopes
// (custom_claims_scope_mapping; FEATURES.md "Custom claims / scopes").
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/user.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::oidc {

using Allocator = rapidjson::Document::AllocatorType;

// The tenant's user `sub` with its stored claims (sub set), if it exists.
std::optional<domain::User> find_user(ports::UnitOfWork& uow, const std::string& tenant_id,
                                      const std::string& sub);

// The standard claim `name` of the user (OIDC Core §5.1), when the user has a value for it and it
// is not in `claims` yet. "sub" is never added here.
void add_user_claim(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                    std::string_view name);

// The claims of the standard scopes profile, email, address and phone; with
// `custom_claims_scope_mapping`, a scope `claims:<name>` adds the user's attribute <name>
// (ex_sub is external_user_id; status, roles, permissions, assigned_tenants,
// assigned_organizations, authentication_devices …) or else custom_properties.<name>.
void add_scope_claims(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                      const std::vector<std::string>& scopes, bool custom_claims_scope_mapping);

// Each claim named (the claims request's id_token or userinfo member).
void add_requested_claims(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                          const std::vector<std::string>& names);

}  // namespace idp::oidc
