#pragma once
// The authorization request (RFC 6749 §4.1.1, §4.2.1; OIDC Core §3.1.2.1, §3.2.2.1, §3.3.2.1)
// validated against the client and the tenant's authorization server, in the order that decides
// where an error may go (RFC 6749 §3.1.2.4, §4.1.2.1; OIDC Core §3.1.2.6):
//
//   1. client_id present, client known and enabled          } shown to the user,
//   2. redirect_uri: no fragment, registered (exact match,  } never redirected
//      RFC 8252 loopback for native clients), required for
//      OpenID requests and when the client has several
//   3. request / request_uri (JAR, PAR: not implemented yet), PAR required by the server
//   4. response_type: present, understood, offered by the server, registered for the client
//   5. response_mode: known, offered by the server, no query for token-returning types
//   6. scope: present and well-formed; scopes the server does not offer or the client has not
//      registered are dropped (as idp-server does); none left is invalid_scope
//   7. OpenID rules: id_token needs openid, no http redirect for a web client's implicit flow,
//      nonce for every response type that returns an ID token, offline_access only with a code
//   8. PKCE (RFC 7636), display, prompt, max_age, claims (OIDC Core §5.5)
//
// From step 3 on, errors are redirected to the verified redirect_uri with the request's state.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "http/form.hpp"
#include "oauth/authorization/pkce.hpp"
#include "oauth/authorization/response_type.hpp"
#include "oauth/oauth_error.hpp"

namespace idp::oauth {

// OIDC Core §3.1.2.1, and "create" from OpenID Connect Prompt Create 1.0 (idp-server starts
// sign-up with it).
enum class Prompt { none, login, consent, select_account, create };

// OIDC Core §3.1.2.1.
enum class Display { page, popup, touch, wap };

struct AuthorizationRequest {
  std::string client_id;  // the client's client_id, also when the request named its alias
  // Where the response goes: the redirect_uri sent, or the client's only registered one.
  std::string redirect_uri;
  // The request carried redirect_uri, so the token request must carry the same (RFC 6749 §4.1.3).
  bool redirect_uri_sent = false;
  ResponseType response_type;
  // "query", "fragment" or "form_post": the one requested, or the response type's default.
  std::string response_mode;
  // Requested, offered by the server and registered for the client, in request order.
  std::vector<std::string> scopes;
  // Requested but dropped (not offered, not registered, offline_access without a code).
  std::vector<std::string> ignored_scopes;
  bool is_openid = false;  // scopes holds "openid": an OpenID Connect request
  std::optional<std::string> state;
  std::optional<std::string> nonce;
  std::optional<std::string> code_challenge;
  // Set when code_challenge is: as sent, or plain (RFC 7636 §4.3 default).
  std::optional<CodeChallengeMethod> code_challenge_method;
  std::set<Prompt> prompt;
  // Seconds. Absent: the client's default_max_age, then the server's extension.default_max_age
  // apply (decided at authentication time, not here).
  std::optional<std::int64_t> max_age;
  std::vector<std::string> acr_values;  // space-separated, in preference order
  std::vector<std::string> ui_locales;  // BCP 47 tags, in preference order
  std::optional<std::string> login_hint;
  std::optional<std::string> id_token_hint;
  // The claims parameter as sent, checked by check_claims_request; only kept when the server has
  // claims_parameter_supported (otherwise ignored, OIDC Core §5.5).
  std::optional<std::string> claims;
  std::optional<Display> display;
  // Every parameter as received, for what later steps read (authorization_details, custom ones).
  http::Params params;

  bool has_prompt(Prompt p) const { return prompt.count(p) != 0; }
};

struct AuthorizationError {
  OAuthError error;
  // False for errors about the client or the redirect URI: they are shown to the user and never
  // sent to a redirect URI that was not verified (RFC 6749 §3.1.2.4, §4.1.2.1).
  bool redirectable = false;
  std::string redirect_uri;   // verified; empty when not redirectable
  std::string response_mode;  // how to deliver it: query, fragment or form_post
  std::string state;          // as sent ("" when absent), echoed back (RFC 6749 §4.1.2.1)
};

// `client` is the client the request's client_id names (its client_id or client_id_alias),
// nullptr when there is none; a disabled client is refused like an unknown one.
Expected<AuthorizationRequest, AuthorizationError> validate_authorization_request(
    const http::Params& params, const domain::Client* client,
    const domain::AuthorizationServer& server);

}  // namespace idp::oauth
