#pragma once
// The scope parameter (RFC 6749 §3.3): space-delimited, case-sensitive tokens.
#include <string_view>
#include <vector>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "oauth/oauth_error.hpp"

namespace idp::oauth {

// Splits on single spaces; an empty token (two spaces, a leading or trailing space) or a character
// outside RFC 6749 §3.3's scope-token set is an error.
OAuthResult<std::vector<std::string>> parse_scope(std::string_view scope);

// Every requested scope must be offered by the server and registered for the client
// (invalid_scope names the first one that is not).
Status check_scopes(const std::vector<std::string>& requested,
                    const domain::AuthorizationServer& server, const domain::Client& client);

// parse_scope, then check_scopes (invalid_scope): the scope parameter of a token request.
OAuthResult<std::vector<std::string>> requested_scopes(std::string_view scope,
                                                       const domain::AuthorizationServer& server,
                                                       const domain::Client& client);

}  // namespace idp::oauth
