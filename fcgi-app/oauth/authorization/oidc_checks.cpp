// Steps 7 and 8 of the authorization request: the OpenID Connect rules, PKCE, and the OpenID
// Connect parameters (display, prompt, max_age, claims …).
#include <algorithm>
#include <charconv>

#include "domain/vocabulary.hpp"
#include "oauth/authorization/claims_request.hpp"
#include "oauth/authorization/request_checks.hpp"

namespace idp::oauth {
namespace {

std::optional<std::string> optional_param(const http::Params& params, std::string_view name) {
  auto value = params.get(name);
  return value ? std::optional<std::string>(*value) : std::nullopt;
}

Unexpected<OAuthError> invalid_request(std::string description) {
  return oauth_fail(OAuthErrorCode::invalid_request, std::move(description));
}

constexpr std::pair<std::string_view, Prompt> k_prompts[] = {
    {"none", Prompt::none},       {"login", Prompt::login},
    {"consent", Prompt::consent}, {"select_account", Prompt::select_account},
    {"create", Prompt::create},
};

constexpr std::pair<std::string_view, Display> k_displays[] = {
    {"page", Display::page},
    {"popup", Display::popup},
    {"touch", Display::touch},
    {"wap", Display::wap},
};

Check check_prompt(const http::Params& params, AuthorizationRequest& request) {
  auto raw = params.get("prompt");
  if (!raw) return Ok{};
  for (const auto& value : domain::vocabulary::split_scope(*raw)) {
    auto it = std::find_if(std::begin(k_prompts), std::end(k_prompts),
                           [&value](const auto& entry) { return entry.first == value; });
    if (it == std::end(k_prompts))
      return invalid_request("prompt " + quote_value(value) +
                             " is not one of none, login, consent, select_account, create");
    request.prompt.insert(it->second);
  }
  // OIDC Core §3.1.2.1: "If this parameter contains none with any other value, an error is
  // returned."
  if (request.has_prompt(Prompt::none) && request.prompt.size() > 1)
    return invalid_request("prompt none cannot be combined with other values (OIDC Core 3.1.2.1)");
  return Ok{};
}

Check check_display(const http::Params& params, AuthorizationRequest& request) {
  auto raw = params.get("display");
  if (!raw) return Ok{};
  auto it = std::find_if(std::begin(k_displays), std::end(k_displays),
                         [&raw](const auto& entry) { return entry.first == *raw; });
  if (it == std::end(k_displays))
    return invalid_request("display must be one of page, popup, touch, wap");
  request.display = it->second;
  return Ok{};
}

// OIDC Core §3.1.2.1: a non-negative number of seconds; 0 asks for a fresh authentication.
Check check_max_age(const http::Params& params, AuthorizationRequest& request) {
  auto raw = params.get("max_age");
  if (!raw) return Ok{};
  std::int64_t value = 0;
  const char* end = raw->data() + raw->size();
  auto [ptr, ec] = std::from_chars(raw->data(), end, value);
  if (raw->empty() || (*raw)[0] == '-' || ec != std::errc() || ptr != end)
    return invalid_request("max_age must be a non-negative integer number of seconds");
  request.max_age = value;
  return Ok{};
}

}  // namespace

Check check_openid_rules(const http::Params& params, const domain::Client& client,
                         AuthorizationRequest& request) {
  const ResponseType& type = request.response_type;
  request.nonce = optional_param(params, "nonce");
  // An ID token is an OpenID Connect response: OIDC Core §3.1.2.1 requires the openid scope.
  if (type.id_token && !request.is_openid)
    return invalid_request("response_type " + quote_value(type.canonical()) +
                           " returns an ID token and needs the openid scope");
  if (request.is_openid && type.id_token && !type.code) {
    // OIDC Core §3.2.2.1: "the Redirection URI MUST NOT use the http scheme unless the Client is a
    // native application".
    if (client.application_type != domain::ApplicationType::native &&
        request.redirect_uri.starts_with("http:"))
      return invalid_request(
          "the implicit flow of a web client cannot redirect to an http URI (OIDC Core 3.2.2.1)");
  }
  // OIDC Core §3.2.2.1 and §3.3.2.11: nonce is REQUIRED when an ID token comes from the
  // authorization endpoint.
  if (type.id_token && !request.nonce)
    return invalid_request(
        "nonce is required when response_type returns an ID token "
        "(OIDC Core 3.2.2.1, 3.3.2.11)");
  // OIDC Core §11: offline_access is ignored unless an authorization code is returned.
  if (request.is_openid && !type.code) {
    auto it = std::find(request.scopes.begin(), request.scopes.end(), "offline_access");
    if (it != request.scopes.end()) {
      request.ignored_scopes.push_back(*it);
      request.scopes.erase(it);
    }
  }
  return Ok{};
}

Check check_pkce(const http::Params& params, const domain::Client& client,
                 const domain::AuthorizationServer& server, AuthorizationRequest& request) {
  auto challenge = params.get("code_challenge");
  auto raw_method = params.get("code_challenge_method");
  if (!challenge) {
    if (raw_method) return invalid_request("code_challenge_method was sent without code_challenge");
    // RFC 7636 §4.4.1 with the client's require_pkce; RFC 9700 §2.1.1 for public clients, which
    // have nothing else to bind the code to the one who asked for it.
    const bool public_client = client.token_endpoint_auth_method == domain::ClientAuthMethod::none;
    if (request.response_type.code && (client.require_pkce || public_client))
      return invalid_request(public_client ? "code_challenge is required for a public client "
                                             "(PKCE, RFC 7636)"
                                           : "code_challenge is required for this client "
                                             "(require_pkce, RFC 7636)");
    return Ok{};
  }
  // RFC 7636 §4.3: plain when the method is absent.
  auto method = raw_method ? parse_code_challenge_method(*raw_method) : CodeChallengeMethod::plain;
  if (!method) return invalid_request("code_challenge_method must be S256 or plain");
  if (!server.code_challenge_methods_supported.empty() &&
      std::find(server.code_challenge_methods_supported.begin(),
                server.code_challenge_methods_supported.end(),
                to_string(*method)) == server.code_challenge_methods_supported.end())
    return invalid_request("code_challenge_method " + std::string(to_string(*method)) +
                           " is not supported by this server");
  // idp-server: a client with require_pkce must use S256.
  if (client.require_pkce && *method != CodeChallengeMethod::S256)
    return invalid_request("this client requires code_challenge_method S256");
  if (!is_valid_code_challenge(*challenge, *method))
    return invalid_request(*method == CodeChallengeMethod::S256
                               ? "code_challenge must be the 43-character base64url encoding of "
                                 "a SHA-256 hash (RFC 7636 section 4.2)"
                               : "code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - "
                                 ". _ ~ (RFC 7636 section 4.2)");
  request.code_challenge = std::string(*challenge);
  request.code_challenge_method = *method;
  return Ok{};
}

Check check_oidc_parameters(const http::Params& params, const domain::AuthorizationServer& server,
                            AuthorizationRequest& request) {
  if (auto ok = check_display(params, request); !ok) return ok;
  if (auto ok = check_prompt(params, request); !ok) return ok;
  if (auto ok = check_max_age(params, request); !ok) return ok;
  if (auto claims = params.get("claims"); claims && server.claims_parameter_supported) {
    if (auto ok = check_claims_request(*claims); !ok)
      return invalid_request(ok.error() + " (OIDC Core 5.5)");
    request.claims = std::string(*claims);
  }
  request.state = optional_param(params, "state");
  request.login_hint = optional_param(params, "login_hint");
  request.id_token_hint = optional_param(params, "id_token_hint");
  request.acr_values = domain::vocabulary::split_scope(params.get("acr_values").value_or(""));
  request.ui_locales = domain::vocabulary::split_scope(params.get("ui_locales").value_or(""));
  return Ok{};
}

}  // namespace idp::oauth
