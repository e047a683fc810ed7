#pragma once
// POST /{tenant-id}/v1/authorizations/{id}/initial-registration: sign-up during an authorization
// request. The body carries the new user's standard claims (OIDC Core §5.1: name, given_name,
// family_name, email, phone_number, locale, zoneinfo, address, …) and a password. Only those
// claims are taken: roles, tenants, permissions, verified_claims and the *_verified flags can
// never be set by the user. The identifying attribute of the tenant's identity_unique_key_type
// is required and must be unused, the password must satisfy password_policy; the user is then
// created (Argon2id) and signed in for the request, like password-authentication.
#include <string_view>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::authn {

http::Response initial_registration(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                                    const http::Request& request, std::string_view id);

}  // namespace idp::authn
