#pragma once
// …/tenants/{tenant-id}/users[/{user-id}[/…]] (swagger-cp-user-ja.yaml): list (filters user_id,
// email, name, status), get (with its roles), create (sub generated when absent; a raw_password
// must satisfy the tenant's password_policy; the tenant's identifying attribute must be unused),
// full replace (PUT) and merge (PATCH) that keep the password, delete, password (PUT
// {"raw_password"}), roles (PATCH {"roles": [{"role_id"|"role_name"}]}), tenant and organization
// assignments (PATCH), and the user's sign-in sessions (list, end all, end one).
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_users(const ManagementCall& call, std::string_view tenant_id);
http::Response get_user(const ManagementCall& call, std::string_view tenant_id,
                        std::string_view sub);
http::Response create_user(const ManagementCall& call, std::string_view tenant_id);
http::Response replace_user(const ManagementCall& call, std::string_view tenant_id,
                            std::string_view sub);
http::Response patch_user(const ManagementCall& call, std::string_view tenant_id,
                          std::string_view sub);
http::Response delete_user(const ManagementCall& call, std::string_view tenant_id,
                           std::string_view sub);
http::Response set_user_password(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view sub);
http::Response set_user_roles(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view sub);
http::Response set_user_tenants(const ManagementCall& call, std::string_view tenant_id,
                                std::string_view sub);
http::Response set_user_organizations(const ManagementCall& call, std::string_view tenant_id,
                                      std::string_view sub);
http::Response list_user_sessions(const ManagementCall& call, std::string_view tenant_id,
                                  std::string_view sub);
http::Response end_user_sessions(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view sub, std::string_view session_id = "");

}  // namespace idp::control
