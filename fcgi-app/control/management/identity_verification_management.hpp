#pragma once
// What identity verification recorded, at system and organization level
// (swagger-cp-identity-verification-application-ja.yaml, …-result-ja.yaml), under
// …/tenants/{tenant-id}:
//   GET          /identity-verification-applications[?type&client_id&status&user_id&…]
//   GET, DELETE  /identity-verification-applications/{id}
//   GET          /identity-verification-results[?type&application_id&source&user_id&…]
//   GET          /identity-verification-results/{id}
#include <string_view>

#include "control/management/management_call.hpp"

namespace idp::control {

http::Response list_verification_applications(const ManagementCall& call,
                                              std::string_view tenant_id);
http::Response get_verification_application(const ManagementCall& call, std::string_view tenant_id,
                                            std::string_view id);
http::Response delete_verification_application(const ManagementCall& call,
                                               std::string_view tenant_id, std::string_view id);
http::Response list_verification_results(const ManagementCall& call, std::string_view tenant_id);
http::Response get_verification_result(const ManagementCall& call, std::string_view tenant_id,
                                       std::string_view id);

}  // namespace idp::control
