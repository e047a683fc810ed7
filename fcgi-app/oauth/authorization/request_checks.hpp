#pragma once
// The steps of validate_authorization_request after the redirect URI is verified (see
// authorization_request.hpp for their order). Each returns the error to redirect, and fills in its
// part of the request. Descriptions keep to the characters RFC 6749 §4.1.2.1 allows in
// error_description (no '"', no '\', ASCII only), and quote request values shortened.
#include <string>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "http/form.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "oauth/authorization/response_type.hpp"
#include "oauth/oauth_error.hpp"

namespace idp::oauth {

using Check = OAuthResult<Ok>;

// 'value', cut to 64 bytes, with anything error_description may not hold replaced by '?'.
std::string quote_value(std::string_view value);

// How an error is delivered before response_type and response_mode are validated: the requested
// response_mode when it is one the server offers and fits the response type, otherwise the
// default of the response type (fragment when it names token, id_token or vp_token).
std::string error_response_mode(const http::Params& params,
                                const domain::AuthorizationServer& server);

// request / request_uri (RFC 9101, RFC 9126): request_not_supported or request_uri_not_supported
// when the server does not offer them, and the same errors saying they are not implemented yet
// when it does.
Check check_request_object(const http::Params& params, const domain::AuthorizationServer& server);

// RFC 9126 §5: with require_pushed_authorization_requests, only pushed requests are accepted.
Check check_pushed_authorization_required(const domain::AuthorizationServer& server);

// RFC 6749 §3.1.1, §4.1.2.1: invalid_request when absent, unsupported_response_type when not
// understood or not offered by the server, unauthorized_client when not registered for the client.
OAuthResult<ResponseType> check_response_type(const http::Params& params,
                                              const domain::Client& client,
                                              const domain::AuthorizationServer& server);

// The effective response mode: query, fragment or form_post.
OAuthResult<std::string> check_response_mode(const http::Params& params,
                                             const ResponseType& response_type,
                                             const domain::AuthorizationServer& server);

// Fills scopes, ignored_scopes and is_openid.
Check check_scope(const http::Params& params, const domain::Client& client,
                  const domain::AuthorizationServer& server, AuthorizationRequest& request);

// OIDC Core §3.1.2.1, §3.2.2.1, §3.3.2.11, §11. Fills nonce.
Check check_openid_rules(const http::Params& params, const domain::Client& client,
                         AuthorizationRequest& request);

// RFC 7636 §4.3, §4.4.1. Fills code_challenge and code_challenge_method.
Check check_pkce(const http::Params& params, const domain::Client& client,
                 const domain::AuthorizationServer& server, AuthorizationRequest& request);

// display, prompt, max_age, claims, and the hints kept as they are. Fills the rest of the request.
Check check_oidc_parameters(const http::Params& params, const domain::AuthorizationServer& server,
                            AuthorizationRequest& request);

}  // namespace idp::oauth
