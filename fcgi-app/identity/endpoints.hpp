#pragma once
// The identity-verification endpoints (ENDPOINTS.md):
//   POST   /{tenant-id}/v1/me/identity-verification/applications/{type}/{process}
//   POST   /{tenant-id}/v1/me/identity-verification/applications/{type}/{id}/{process}
//   GET    /{tenant-id}/v1/me/identity-verification/applications
//   DELETE /{tenant-id}/v1/me/identity-verification/applications/{type}/{id}
//   GET    /{tenant-id}/v1/me/identity-verification/results
//   POST   /{tenant-id}/internal/v1/identity-verification/callback/{type}[/{id}]/{process}
//   POST   /{tenant-id}/internal/v1/identity-verification/results/{type}/registration
// /me needs an RFC 6750 Bearer token of the tenant with the scope identity_verification_application
// (identity_verification_application_delete to delete, identity_verification_result for
// results); the internal endpoints the HTTP Basic credentials of the configuration.
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"
#include "identity/configuration_cache.hpp"
#include "identity/process_engine.hpp"

namespace idp::identity {

struct Endpoint {
  EngineContext engine;
  ConfigurationCache& configurations;
};

http::Response apply_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                              std::string_view process);
http::Response process_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                                std::string_view id, std::string_view process);
http::Response list_applications_endpoint(Endpoint& e, const http::Request& request);
http::Response delete_application_endpoint(Endpoint& e, const http::Request& request,
                                           std::string_view type, std::string_view id);
http::Response list_results_endpoint(Endpoint& e, const http::Request& request);
http::Response callback_endpoint(Endpoint& e, const http::Request& request, std::string_view type,
                                 std::string_view id, std::string_view process);
http::Response registration_endpoint(Endpoint& e, const http::Request& request,
                                     std::string_view type);

}  // namespace idp::identity
