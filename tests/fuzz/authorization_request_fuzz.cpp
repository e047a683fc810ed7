// libFuzzer target: an arbitrary query string as an authorization request (parse_oauth_params,
// then validate_authorization_request for three fixed clients and an unknown one), and the same
// bytes through the pieces it is built from (response_type, claims, PKCE, loopback matching).
// Besides "no crash, no sanitizer report", it checks what the endpoint relies on: an error is only
// redirectable to a registered redirect URI; an accepted request keeps the rules it was checked
// against; the response URI and the form_post page encode every value.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "http/form.hpp"
#include "json/reader.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/authorization/claims_request.hpp"
#include "oauth/authorization/pkce.hpp"
#include "oauth/authorization/redirect_uri.hpp"
#include "oauth/authorization/response_type.hpp"

using namespace idp;

namespace {

void require(bool condition) {
  if (!condition) __builtin_trap();
}

constexpr std::string_view k_server = R"({
  "issuer": "https://idp.example/t",
  "authorization_endpoint": "https://idp.example/t/v1/authorizations",
  "token_endpoint": "https://idp.example/t/v1/tokens",
  "jwks_uri": "https://idp.example/t/v1/jwks",
  "scopes_supported": ["openid", "profile", "email", "offline_access", "read"],
  "response_types_supported": ["code", "token", "id_token", "code token", "code token id_token",
                               "token id_token", "code id_token", "none"],
  "response_modes_supported": ["query", "fragment", "form_post", "jwt"],
  "subject_types_supported": ["public"],
  "code_challenge_methods_supported": ["S256", "plain"],
  "claims_parameter_supported": true,
  "authorization_response_iss_parameter_supported": true
})";

// client_id "web": confidential, several redirect URIs (one with a query); "native": loopback
// redirect URIs; "spa": public, one redirect URI, require_pkce.
constexpr std::string_view k_clients[] = {
    R"({"client_id": "web", "client_secret": "s", "scope": "openid profile email offline_access",
        "redirect_uris": ["https://rp.example/cb", "https://rp.example/cb2?app=1",
                          "http://localhost:8081/cb"],
        "response_types": ["code", "token", "id_token", "code token", "code token id_token",
                           "token id_token", "code id_token", "none"]})",
    R"({"client_id": "native", "application_type": "native", "scope": "openid profile",
        "token_endpoint_auth_method": "none",
        "redirect_uris": ["http://127.0.0.1:8080/cb", "http://[::1]/cb", "com.example.app:/cb"]})",
    R"({"client_id": "spa", "token_endpoint_auth_method": "none", "require_pkce": true,
        "scope": "openid read", "redirect_uris": ["https://spa.example/"],
        "response_types": ["code", "id_token"]})",
};

const domain::AuthorizationServer& server() {
  static const domain::AuthorizationServer s = [] {
    auto doc = json::parse(k_server);
    require(doc.ok());
    auto parsed = domain::parse_authorization_server(*doc);
    require(parsed.ok());
    return std::move(parsed).value();
  }();
  return s;
}

const std::vector<domain::Client>& clients() {
  static const std::vector<domain::Client> c = [] {
    std::vector<domain::Client> out;
    for (auto text : k_clients) {
      auto doc = json::parse(text);
      require(doc.ok());
      auto parsed = domain::parse_client(*doc);
      require(parsed.ok());
      out.push_back(std::move(parsed).value());
    }
    return out;
  }();
  return c;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool is_mode(std::string_view mode) {
  return mode == "query" || mode == "fragment" || mode == "form_post";
}

bool verified_redirect(const domain::Client& client, const std::string& uri, bool sent) {
  if (sent) return oauth::is_registered_redirect_uri(client, uri);
  return client.redirect_uris.size() == 1 && client.redirect_uris.front() == uri;
}

// Markup comes only from the template: values add no '<' or '"'.
void check_form_post(const std::string& redirect_uri, const oauth::ResponseParams& params) {
  oauth::ResponseParams blank = params;
  for (auto& item : blank) item.first = item.second = "";
  const std::string page = oauth::form_post_page(redirect_uri, params);
  const std::string bare = oauth::form_post_page("", blank);
  for (char c : {'<', '>', '"'})
    require(std::count(page.begin(), page.end(), c) == std::count(bare.begin(), bare.end(), c));
}

void check_response_uri(const std::string& redirect_uri, const std::string& mode,
                        const oauth::ResponseParams& params) {
  const std::string uri = oauth::authorization_response_uri(redirect_uri, mode, params);
  require(uri.starts_with(redirect_uri));
  const std::string_view added = std::string_view(uri).substr(redirect_uri.size());
  if (mode == "fragment") require(added.starts_with('#'));
  // What was added parses back to the parameters.
  const std::size_t skip = added.empty() || added[0] == '#' || added[0] == '?' || added[0] == '&';
  auto parsed = http::parse_form(added.substr(skip), {.max_params = 100000, .max_bytes = 1u << 30});
  require(parsed.ok());
  require(parsed->items() == params);
}

void check_error(const oauth::AuthorizationError& e, const domain::Client* client,
                 const http::Params& params) {
  require(!oauth::error_string(e.error.code).empty());
  require(e.state == params.get("state").value_or(""));
  auto error_params = oauth::error_params(e, oauth::response_iss(server()));
  // RFC 6749 §4.1.2.1: error_description = *( %x20-21 / %x23-5B / %x5D-7E ).
  for (const auto& [name, value] : error_params)
    if (name == "error_description")
      for (char c : value) require(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\');
  if (!e.redirectable) {
    require(e.redirect_uri.empty());
    return;
  }
  require(client != nullptr);
  require(verified_redirect(*client, e.redirect_uri, params.contains("redirect_uri")));
  require(is_mode(e.response_mode));
  check_response_uri(e.redirect_uri, e.response_mode, error_params);
  check_form_post(e.redirect_uri, error_params);
  (void)oauth::error_redirect(e, std::nullopt);
}

void check_accepted(const oauth::AuthorizationRequest& r, const domain::Client& client) {
  require(r.client_id == client.client_id);
  require(verified_redirect(client, r.redirect_uri, r.redirect_uri_sent));
  require(is_mode(r.response_mode));
  require(!(r.response_mode == "query" && r.response_type.returns_tokens()));
  require(oauth::contains_response_type(server().response_types_supported, r.response_type));
  require(oauth::contains_response_type(client.response_types, r.response_type));
  require(!r.scopes.empty());
  for (const auto& s : r.scopes)
    require(contains(server().scopes_supported, s) && contains(client.scopes, s));
  require(r.is_openid == contains(r.scopes, "openid"));
  if (r.response_type.id_token) require(r.is_openid && r.nonce.has_value());
  if (r.has_prompt(oauth::Prompt::none)) require(r.prompt.size() == 1);
  require(!r.max_age || *r.max_age >= 0);
  require(r.code_challenge.has_value() == r.code_challenge_method.has_value());
  if (r.code_challenge)
    require(oauth::is_valid_code_challenge(*r.code_challenge, *r.code_challenge_method));
  if (r.response_type.code &&
      (client.require_pkce || client.token_endpoint_auth_method == domain::ClientAuthMethod::none))
    require(r.code_challenge.has_value());
  if (r.claims) require(oauth::check_claims_request(*r.claims).ok());
  const oauth::ResponseParams response = {{"code", "c"}, {"state", r.state.value_or("")}};
  check_response_uri(r.redirect_uri, r.response_mode, response);
}

void fuzz_request(std::string_view in) {
  auto params = http::parse_oauth_params(in);
  if (!params) return;
  for (const auto& client : clients()) {
    auto v = oauth::validate_authorization_request(*params, &client, server());
    if (v) {
      check_accepted(*v, client);
    } else {
      check_error(v.error(), &client, *params);
    }
  }
  auto unknown = oauth::validate_authorization_request(*params, nullptr, server());
  require(!unknown.ok() && !unknown.error().redirectable);
}

void fuzz_pieces(std::string_view in) {
  if (auto type = oauth::parse_response_type(in)) {
    auto again = oauth::parse_response_type(type->canonical());
    require(again && *again == *type);
  }
  (void)oauth::check_claims_request(in);
  for (auto method : {oauth::CodeChallengeMethod::plain, oauth::CodeChallengeMethod::S256}) {
    if (oauth::verify_code_verifier(in, in, method))
      require(method == oauth::CodeChallengeMethod::plain);
    (void)oauth::is_valid_code_challenge(in, method);
  }
  const std::size_t newline = in.find('\n');
  if (newline != std::string_view::npos) {
    const auto a = in.substr(0, newline), b = in.substr(newline + 1);
    require(oauth::matches_loopback(a, b) == oauth::matches_loopback(b, a));
    if (oauth::matches_loopback(a, b) && a != b)
      require(oauth::is_loopback_redirect_uri(a) && oauth::is_loopback_redirect_uri(b));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  fuzz_request(in);
  fuzz_pieces(in);
  return 0;
}
