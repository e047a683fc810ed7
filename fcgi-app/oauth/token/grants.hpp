#pragma once
// One function per grant type; the token endpoint finds them by name.
#include "http/form.hpp"
#include "oauth/client_authentication.hpp"
#include "oauth/endpoint_context.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::oauth {

using GrantHandler = OAuthResult<TokenRequestResult> (*)(const EndpointContext& ctx,
                                                         const AuthenticatedClient& client,
                                                         const http::Params& form);

// RFC 6749 §4.4.
OAuthResult<TokenRequestResult> client_credentials_grant(const EndpointContext& ctx,
                                                         const AuthenticatedClient& client,
                                                         const http::Params& form);

// RFC 6749 §4.1.3, RFC 7636 §4.5, OIDC Core §3.1.3.
OAuthResult<TokenRequestResult> authorization_code_grant(const EndpointContext& ctx,
                                                         const AuthenticatedClient& client,
                                                         const http::Params& form);

// RFC 6749 §6 with rotation (RFC 9700 §4.14.2): FIXED or EXTENDS refresh token lifetime.
OAuthResult<TokenRequestResult> refresh_token_grant(const EndpointContext& ctx,
                                                    const AuthenticatedClient& client,
                                                    const http::Params& form);

// RFC 6749 §4.3.
OAuthResult<TokenRequestResult> password_grant(const EndpointContext& ctx,
                                               const AuthenticatedClient& client,
                                               const http::Params& form);

}  // namespace idp::oauth
