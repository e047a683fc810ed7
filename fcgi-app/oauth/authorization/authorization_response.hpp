#pragma once
// Delivering an authorization response or error to the client's redirect URI: in the query
// (RFC 6749 §4.1.2), in the fragment (RFC 6749 §4.2.2, Multiple Response Type Encoding Practices
// §2.1), or as an auto-submitting HTML form (OAuth 2.0 Form Post Response Mode §2).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/authorization_server.hpp"
#include "http/response.hpp"
#include "oauth/authorization/authorization_request.hpp"

namespace idp::oauth {

using ResponseParams = std::vector<std::pair<std::string, std::string>>;

// `redirect_uri` with `params` form-encoded (RFC 6749 Appendix B) into the fragment when
// `response_mode` is "fragment", and otherwise into the query, after the query the redirect URI
// already has (RFC 6749 §3.1.2 keeps it). A form_post response uses form_post_page instead.
std::string authorization_response_uri(const std::string& redirect_uri,
                                       const std::string& response_mode,
                                       const ResponseParams& params);

// The Form Post Response Mode page: a form that POSTs `params` to `redirect_uri`, submitted by a
// script on load (and by a button without JavaScript). Every value is HTML-escaped.
std::string form_post_page(const std::string& redirect_uri, const ResponseParams& params);

// The Content-Security-Policy that goes with form_post_page: nothing may load, and the only script
// allowed is the page's own (by its SHA-256 hash).
const std::string& form_post_content_security_policy();

// form_post_page as a 200 text/html answer with that policy, never cached (it carries the code).
http::Response form_post_response(const std::string& redirect_uri, const ResponseParams& params);

// RFC 9207 §2: the issuer, when the server announces
// authorization_response_iss_parameter_supported.
std::optional<std::string> response_iss(const domain::AuthorizationServer& server);

// error, error_description, state (when the request had one) and iss (when given): the parameters
// of an error sent to the redirect URI (RFC 6749 §4.1.2.1, §4.2.2.1; RFC 9207). Characters that
// RFC 6749 does not allow in error_description (outside %x20-21 / %x23-5B / %x5D-7E) become '?'.
ResponseParams error_params(const AuthorizationError& error, std::optional<std::string> iss);

// The whole redirect of an error: authorization_response_uri or form_post_response, by the
// error's response mode. Only for a redirectable error.
http::Response error_redirect(const AuthorizationError& error, std::optional<std::string> iss);

}  // namespace idp::oauth
