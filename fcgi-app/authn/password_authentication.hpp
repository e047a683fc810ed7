#pragma once
// POST /{tenant-id}/v1/authorizations/{id}/password-authentication {"username", "password"}:
// authenticates the user of an open authorization request with the password of the tenant's
// user whose email is `username`. After
// identity_policy_config.password_policy.max_attempts wrong passwords in a row the account's
// password sign-in is locked for lockout_duration_seconds.
#include <string_view>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::authn {

http::Response password_authentication(const oauth::EndpointContext& ctx,
                                       const domain::Tenant& tenant, const http::Request& request,
                                       std::string_view id);

}  // namespace idp::authn
