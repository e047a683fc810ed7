#pragma once
// …/tenants/{tenant-id}/clients[/{client-id}] (swagger-cp-client-ja.yaml): list (filters
// client_id, client_id_alias, client_name, application_type, token_endpoint_auth_method,
// enabled), get, create (client_id and, for a secret-based method, client_secret generated when
// absent; the secret is shown in the create answer only), full replace (an absent client_secret
// keeps the current one) and delete.
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_clients(const ManagementCall& call, std::string_view tenant_id);
http::Response get_client(const ManagementCall& call, std::string_view tenant_id,
                          std::string_view client_id);
http::Response create_client(const ManagementCall& call, std::string_view tenant_id);
http::Response replace_client(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view client_id);
http::Response delete_client(const ManagementCall& call, std::string_view tenant_id,
                             std::string_view client_id);

}  // namespace idp::control
