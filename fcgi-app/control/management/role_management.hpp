#pragma once
// …/tenants/{tenant-id}/permissions[/{id}] and …/roles[/{id}] (swagger-cp-role-permission-ja.yaml):
// permissions {"name", "description"}; roles {"name", "description", "permissions": [permission
// ids]} answered with their permissions; PUT …/roles/{id}/permissions:remove
// {"permissions": [ids]} takes permissions away. Names are unique per tenant (409).
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_permissions(const ManagementCall& call, std::string_view tenant_id);
http::Response get_permission(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view id);
http::Response create_permission(const ManagementCall& call, std::string_view tenant_id);
http::Response replace_permission(const ManagementCall& call, std::string_view tenant_id,
                                  std::string_view id);
http::Response delete_permission(const ManagementCall& call, std::string_view tenant_id,
                                 std::string_view id);

http::Response list_roles(const ManagementCall& call, std::string_view tenant_id);
http::Response get_role(const ManagementCall& call, std::string_view tenant_id,
                        std::string_view id);
http::Response create_role(const ManagementCall& call, std::string_view tenant_id);
http::Response replace_role(const ManagementCall& call, std::string_view tenant_id,
                            std::string_view id);
http::Response delete_role(const ManagementCall& call, std::string_view tenant_id,
                           std::string_view id);
http::Response remove_role_permissions(const ManagementCall& call, std::string_view tenant_id,
                                       std::string_view id);

}  // namespace idp::control
