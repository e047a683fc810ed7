#pragma once
// Read-only views of an open authorization request for the sign-in pages:
// - GET …/authorizations/{id}/view-data: what the consent screen shows (the client, the scopes
//   and claims asked for), whether the browser's sign-in session can answer the request
//   (session_enabled, then authorize-with-session), and whether consent must be asked;
// - GET …/authorizations/{id}/authentication-status: in_progress, success or locked, with the
//   outcome of each interaction.
#include <string_view>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

http::Response view_data(const EndpointContext& ctx, const domain::Tenant& tenant,
                         const http::Request& request, std::string_view id);
http::Response authentication_status(const EndpointContext& ctx, const http::Request& request,
                                     std::string_view id);

}  // namespace idp::oauth
