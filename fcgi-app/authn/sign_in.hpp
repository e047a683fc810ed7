#pragma once
// The end of a successful authentication interaction: the request is marked authenticated, a
// new sign-in session starts (its cookie goes with the answer) and the interaction's outcome is
// recorded for authentication-status.
#include <string_view>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::authn {

struct Interaction {
  std::string_view name;    // "password-authentication", "initial-registration", …
  std::string_view method;  // authentication-status method: "password", …
  std::string_view amr;     // RFC 8176: "pwd", …
};

// Commits and answers {"status":"success","user":{"sub"}} with the session cookie.
http::Response signed_in(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                         const http::Request& request, std::string_view id,
                         const Interaction& interaction, std::string_view user_sub);

// Records a failed attempt (and whether the account is locked), commits and answers 400.
http::Response sign_in_failed(const oauth::EndpointContext& ctx, std::string_view id,
                              const Interaction& interaction, std::string_view description,
                              bool locked);

}  // namespace idp::authn
