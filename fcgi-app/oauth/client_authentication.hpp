#pragma once
// Client authentication at the token, introspection and revocation endpoints (RFC 6749 §2.3,
// RFC 7523 §2.2 and §3, OIDC Core §9): client_secret_basic, client_secret_post,
// client_secret_jwt, private_key_jwt and none. A client authenticates only with the method it
// registered (token_endpoint_auth_method), and with one method per request (RFC 6749 §2.3).
#include "domain/client.hpp"
#include "http/form.hpp"
#include "http/request.hpp"
#include "oauth/endpoint_context.hpp"
#include "oauth/oauth_error.hpp"

namespace idp::oauth {

struct AuthenticatedClient {
  domain::Client client;
  domain::ClientAuthMethod method;
};

OAuthResult<AuthenticatedClient> authenticate_client(const EndpointContext& ctx,
                                                     const http::Request& request,
                                                     const http::Params& form);

// The client named `client_id` in this tenant, if it exists and is enabled.
std::optional<domain::Client> find_client(const EndpointContext& ctx, std::string_view client_id);

}  // namespace idp::oauth
