// The negative suite: one named test case per error path of the OAuth 2.0 / OpenID Connect
// endpoints and of the sign-in interactions, each checking the exact HTTP status, the exact `error`
// code and where the error is delivered (shown as JSON, or sent to the registered redirect URI with
// `state` and, where the server supports RFC 9207, `iss`).
//
// The rows live in tables, one per endpoint; each row becomes a test case
// negative/<endpoint>/<row name>, so
// `--run_test=negative/token_endpoint/reused_code_is_invalid_grant` runs one of them.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/base64.hpp"
#include "browser.hpp"
#include "crypto/random.hpp"
#include "e2e_tenant.hpp"
#include "flow.hpp"
#include "http_client.hpp"
#include "jose/jwk.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;
using e2e::body_of;
using e2e::post_form;
using e2e::string_member;
namespace utf = boost::unit_test;

namespace {

// ---------------------------------------------------------------------------------------------
// Expectations

enum class Delivery {
  json,                  // a JSON error body, no Location
  redirect,              // 302 to the redirect URI, the error in its query or fragment
  interaction_redirect,  // 200 JSON {"redirect_uri": …} the sign-in UI sends the browser to
  bearer,                // RFC 6750 §3: WWW-Authenticate: Bearer …, error in it and in the body
};

struct Expect {
  long status = 400;
  std::string error;  // empty: no error code at all (RFC 6750 §3.1)
  Delivery delivery = Delivery::json;
  std::string challenge;     // json: the WWW-Authenticate scheme that must be sent, if any
  std::string redirect_uri;  // redirect: where the error goes
  char separator = '?';      // redirect: '?' query, '#' fragment
  std::string state;         // redirect: the state sent back; empty: none
  std::string iss;           // redirect: RFC 9207 iss; empty: must be absent
};

// RFC 6749 §4.1.2.1: errors about the client or the redirect URI are shown, never redirected.
Expect shown(std::string error) {
  return {400, std::move(error), Delivery::json, "", "", '?', "", ""};
}

Expect json_error(long status, std::string error, std::string challenge = "") {
  return {status, std::move(error), Delivery::json, std::move(challenge), "", '?', "", ""};
}

Expect bearer_error(long status, std::string error) {
  return {status, std::move(error), Delivery::bearer, "", "", '?', "", ""};
}

struct Redirect {
  std::string redirect_uri = e2e::k_redirect;
  char separator = '?';
  std::string state = "st";
  std::string iss;
};

Expect redirected(std::string error, Redirect to = {}) {
  return {302,          std::move(error),    Delivery::redirect, "", std::move(to.redirect_uri),
          to.separator, std::move(to.state), std::move(to.iss)};
}

Expect delivered_by_interaction(std::string error, Redirect to = {}) {
  Expect e = redirected(std::move(error), std::move(to));
  e.status = 200;
  e.delivery = Delivery::interaction_redirect;
  return e;
}

void check_redirect_uri(const std::string& uri, const Expect& e) {
  BOOST_TEST_CONTEXT("redirect: " << uri) {
    BOOST_TEST(uri.rfind(e.redirect_uri + e.separator, 0) == 0u);
    BOOST_TEST(url_param(uri, "error") == e.error);
    BOOST_TEST(url_param(uri, "state") == e.state);
    BOOST_TEST(url_param(uri, "iss") == e.iss);  // RFC 9207 §2
    for (const char* granted : {"code", "access_token", "id_token"})
      BOOST_TEST(url_param(uri, granted).empty(), granted);
  }
}

void check(const HttpResponse& r, const Expect& e) {
  BOOST_TEST_CONTEXT("answer: " << r.status << " Location: " << r.header("location")
                                << " WWW-Authenticate: " << r.header("www-authenticate")
                                << " body: " << r.body.substr(0, 400)) {
    BOOST_TEST(r.status == e.status);
    switch (e.delivery) {
      case Delivery::json: {
        BOOST_TEST(r.header("location").empty());
        auto doc = idp::json::parse_object(r.body);
        BOOST_TEST_REQUIRE(doc.ok());
        BOOST_TEST(string_member(*doc, "error") == e.error);
        if (!e.challenge.empty())
          BOOST_TEST(r.header("www-authenticate").rfind(e.challenge + " ", 0) == 0u);
        break;
      }
      case Delivery::redirect:
        check_redirect_uri(r.header("location"), e);
        break;
      case Delivery::interaction_redirect: {
        auto doc = idp::json::parse_object(r.body);
        BOOST_TEST_REQUIRE(doc.ok());
        check_redirect_uri(string_member(*doc, "redirect_uri"), e);
        break;
      }
      case Delivery::bearer: {
        const std::string challenge = r.header("www-authenticate");
        BOOST_TEST(challenge.rfind("Bearer", 0) == 0u);
        auto doc = idp::json::parse_object(r.body);
        if (e.error.empty()) {
          BOOST_TEST(challenge.find("error") == std::string::npos);
          BOOST_TEST((!doc.ok() || !doc->HasMember("error")));
        } else {
          BOOST_TEST(challenge.find("error=\"" + e.error + "\"") != std::string::npos);
          BOOST_TEST_REQUIRE(doc.ok());
          BOOST_TEST(string_member(*doc, "error") == e.error);
        }
        break;
      }
    }
  }
}

struct Case {
  Case(const char* name, std::function<HttpResponse()> request, Expect expect)
      : name(name), request(std::move(request)), expect([expect] { return expect; }) {}
  // For expectations that name something created at run time (a tenant copy's issuer).
  Case(const char* name, std::function<HttpResponse()> request, std::function<Expect()> expect)
      : name(name), request(std::move(request)), expect(std::move(expect)) {}

  const char* name;
  std::function<HttpResponse()> request;
  std::function<Expect()> expect;
};

// ---------------------------------------------------------------------------------------------
// The e2e test tenant's clients (test-tenant/clients/*.json)

const std::string k_post = "17deb0de-a05f-46c3-b99b-e4e2e5f614ca";     // clientSecretPost
const std::string k_basic = "b8c5c40d-2c6f-442b-8d3f-f4ed090b88e4";    // clientSecretBasic
const std::string k_jwt = "12600391-b7ba-4193-b224-5b395a59cd28";      // clientSecretJwt
const std::string k_key_jwt = "27690772-ba44-4110-aa3a-a5e3462d81b3";  // privateKeyJwt
// privateKeyJwtMtls: private_key_jwt, with a client_secret long enough for HS256 (RFC 7518 §3.2).
const std::string k_key_jwt_2 = "8f3a2b1c-9d4e-5f6a-7b8c-9d0e1f2a3b4c";
const std::string k_public = "a342a174-683a-42a1-bd25-3e67d68e745e";  // publicClient (none)
const std::string k_native = "f8a1b2c3-d4e5-6789-abcd-ef0123456789";  // nativeAppClient
// ssoPasswordOnlyClient: response_types [code] only.
const std::string k_code_only = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
// unsupportedClient: no grant_types, no response_types.
const std::string k_unsupported = "d39d48b7-3d33-49ba-8d00-6a6f0cfe2668";
const std::string k_certification_redirect =
    "https://www.certification.openid.net/test/a/idp_oidc_basic/callback";
const std::string k_jwt_bearer = "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
const std::string k_user_form = "username=ito.ichiro%40gmail.com";

std::string secret_of(const std::string& file) {
  return e2e::client_secret(file);
}

// ---------------------------------------------------------------------------------------------
// Tenants of this suite: copies of the e2e tenant's initial.json with one setting changed, so that
// expiring or locking something does not disturb the other tests.

struct TenantCopy {
  std::string id;
  std::string issuer;
  std::string client_id;
  std::string client_secret;
  std::string redirect_uri;
};

void set_member(rapidjson::Document& doc, rapidjson::Value& object, const char* name,
                rapidjson::Value value) {
  auto& a = doc.GetAllocator();
  if (auto it = object.FindMember(name); it != object.MemberEnd())
    it->value = value;
  else
    object.AddMember(rapidjson::Value(name, a), value, a);
}

// initial.json's client (clientSecretPost) and its redirect URI registered second.
TenantCopy tenant_copy(const std::function<void(rapidjson::Document&)>& change) {
  std::string id = import_tenant_copy(change);
  auto init = idp::json::parse_object(
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/initial.json")));
  if (!init) throw std::runtime_error("initial.json: " + init.error());
  const auto& client = (*init)["client"];
  return {id, "https://api.local.test/" + id, client["client_id"].GetString(),
          client["client_secret"].GetString(), k_certification_redirect};
}

// Authorization codes and access tokens live one second; authorization responses carry iss.
const TenantCopy& short_lived_tenant() {
  static const TenantCopy t = tenant_copy([](rapidjson::Document& doc) {
    auto& server = doc["authorization_server"];
    set_member(doc, server, "authorization_response_iss_parameter_supported",
               rapidjson::Value(true));
    auto& extension = server["extension"];
    set_member(doc, extension, "authorization_code_valid_duration", rapidjson::Value(1));
    set_member(doc, extension, "access_token_duration", rapidjson::Value(1));
  });
  return t;
}

// Authorization requests (the sign-in transaction) live one second.
const TenantCopy& short_request_tenant() {
  static const TenantCopy t = tenant_copy([](rapidjson::Document& doc) {
    auto& extension = doc["authorization_server"]["extension"];
    set_member(doc, extension, "oauth_authorization_request_expires_in", rapidjson::Value(1));
  });
  return t;
}

HttpResponse password_grant(const TenantCopy& t, const std::string& password,
                            const std::string& scope = "openid") {
  return post_form(e2e::url("/v1/tokens", t.id),
                   "grant_type=password&" + k_user_form + "&password=" + password + "&scope=" +
                       scope + "&client_id=" + t.client_id + "&client_secret=" + t.client_secret);
}

// Two wrong passwords lock the user (password_policy.max_attempts 2).
const TenantCopy& locked_user_tenant() {
  static const TenantCopy t = [] {
    TenantCopy copy = tenant_copy([](rapidjson::Document& doc) {
      auto& identity = doc["tenant"]["identity_policy_config"];
      rapidjson::Value policy(rapidjson::kObjectType);
      policy.AddMember("max_attempts", 2, doc.GetAllocator());
      set_member(doc, identity, "password_policy", std::move(policy));
    });
    for (int i = 0; i < 2; ++i) {
      auto wrong = password_grant(copy, "wrong-password-" + std::to_string(i));
      if (wrong.status != 400)
        throw std::runtime_error("a wrong password was answered " + wrong.body);
    }
    return copy;
  }();
  return t;
}

// Waits until something issued now with a lifetime of one second has expired: the server counts
// whole seconds, so anything issued during second N is expired from second N + 1 on.
void outlive_one_second() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
}

// ---------------------------------------------------------------------------------------------
// Flows

// A browser at one tenant's authorization endpoint and sign-in interactions.
struct UserAgent {
  explicit UserAgent(std::string tenant = e2e::k_tenant) : flow(std::move(tenant)) {}

  HttpResponse authorization_request(const std::string& query) {
    return browser.get(flow.api("/v1/authorizations?" + query));
  }
  std::string start(const std::string& query) { return flow.start(browser, query); }
  HttpResponse interaction(const std::string& id, const std::string& name,
                           const std::string& body = "{}") {
    return flow.interaction(browser, id, name, body);
  }
  HttpResponse sign_in(const std::string& id, const std::string& user = e2e::k_user,
                       const std::string& password = e2e::k_password) {
    return interaction(id, "password-authentication",
                       R"({"username":")" + user + R"(","password":")" + password + "\"}");
  }
  std::string sign_in_and_authorize(const std::string& query) {
    return flow.full_flow(browser, query);
  }

  TenantFlow flow;
  Browser browser;
};

std::string tokens_url() {
  return e2e::url("/v1/tokens");
}

// A token request of clientSecretPost (client_secret_post).
HttpResponse as_post_client(const std::string& body) {
  return post_form(tokens_url(), body + "&client_id=" + k_post +
                                     "&client_secret=" + secret_of("clientSecretPost.json"));
}

// A token request of clientSecretBasic (client_secret_basic).
HttpResponse as_basic_client(const std::string& body) {
  return post_form(tokens_url(), body, k_basic, secret_of("clientSecretBasic.json"));
}

// clientSecretPost asks for a code with PKCE (S256).
std::string code_request(const std::string& extra = "") {
  return "response_type=code&client_id=" + k_post + "&redirect_uri=" + e2e::k_redirect +
         "&scope=openid%20email&state=st&nonce=n&code_challenge=" + e2e::k_code_challenge +
         "&code_challenge_method=S256" + extra;
}

std::string code_of(const std::string& redirect_uri) {
  std::string code = url_param(redirect_uri, "code");
  BOOST_REQUIRE_MESSAGE(!code.empty(), "no code in " << redirect_uri);
  return code;
}

std::string fresh_code(const std::string& query = code_request()) {
  UserAgent browser;
  return code_of(browser.sign_in_and_authorize(query));
}

std::string code_grant(const std::string& code) {
  return "grant_type=authorization_code&code=" + code + "&redirect_uri=" + e2e::k_redirect +
         "&code_verifier=" + e2e::k_code_verifier;
}

// Tokens of the e2e user for clientSecretPost through the password grant.
rapidjson::Document user_tokens(const std::string& scope = "openid%20email") {
  auto r = as_post_client("grant_type=password&" + k_user_form + "&password=" + e2e::k_password +
                          "&scope=" + scope);
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  return body_of(r);
}

std::string member(const rapidjson::Document& doc, const char* name) {
  std::string value = string_member(doc, name);
  BOOST_REQUIRE_MESSAGE(!value.empty(), "no " << name);
  return value;
}

HttpResponse userinfo_with(const std::string& tenant, const std::string& access_token) {
  return get(e2e::url("/v1/userinfo", tenant), {"Authorization: Bearer " + access_token});
}

HttpResponse revoke_as_post_client(const std::string& token) {
  return post_form(e2e::url("/v1/tokens/revocation"),
                   "token=" + token + "&client_id=" + k_post +
                       "&client_secret=" + secret_of("clientSecretPost.json"));
}

// RFC 7523 §3 client assertions.
std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string new_jti() {
  return idp::crypto::system_random().uuid_v4();
}

struct AssertionClaims {
  std::string iss{};  // empty: the client itself
  std::string sub{};
  std::string aud = e2e::k_issuer;
  std::string jti = new_jti();
  std::optional<std::int64_t> exp_in = 60;  // seconds from now; nullopt: no exp
};

std::string claims_json(const AssertionClaims& c) {
  std::string json = "{\"iss\":\"" + c.iss + "\",\"sub\":\"" + c.sub + "\",\"aud\":\"" + c.aud +
                     "\",\"jti\":\"" + c.jti + "\",\"iat\":" + std::to_string(now_seconds());
  if (c.exp_in) json += ",\"exp\":" + std::to_string(now_seconds() + *c.exp_in);
  return json + "}";
}

std::string signed_assertion(const AssertionClaims& c, const idp::jose::Jwk& key,
                             idp::crypto::SignatureAlg alg) {
  auto jws = idp::jose::sign_compact(claims_json(c), key, alg, {.typ = "JWT"});
  BOOST_REQUIRE(jws.ok());
  return *jws;
}

// An assertion of clientSecretJwt signed with its client_secret (HS256).
std::string jwt_client_assertion(AssertionClaims c) {
  if (c.iss.empty()) c.iss = k_jwt;
  if (c.sub.empty()) c.sub = k_jwt;
  idp::jose::Jwk key(idp::crypto::SymmetricKey{secret_of("clientSecretJwt.json")});
  return signed_assertion(c, key, idp::crypto::SignatureAlg::hs256);
}

HttpResponse with_assertion(const std::string& assertion) {
  return post_form(tokens_url(),
                   "grant_type=client_credentials&scope=management"
                   "&client_assertion_type=" +
                       k_jwt_bearer + "&client_assertion=" + assertion);
}

HttpResponse authorization_request(const std::string& query,
                                   const std::string& tenant = e2e::k_tenant) {
  UserAgent browser(tenant);
  return browser.authorization_request(query);
}

// ---------------------------------------------------------------------------------------------
// Authorization endpoint

Case authz(const char* name, std::string query, Expect expect) {
  return {name, [query] { return authorization_request(query); }, std::move(expect)};
}

std::vector<Case> authorization_endpoint_cases() {
  // A request of clientSecretPost with a registered redirect URI; each row adds what it tests.
  const std::string base = "client_id=" + k_post + "&redirect_uri=" + e2e::k_redirect + "&state=st";
  const std::string code = base + "&response_type=code";
  const Redirect fragment{e2e::k_redirect, '#', "st", ""};
  return {
      // RFC 6749 §4.1.2.1, §3.1.2.4: the client or the redirect URI cannot be trusted, so the
      // error is shown to the user and never redirected.
      authz("unknown_client_id_is_shown_not_redirected",
            "response_type=code&client_id=no-such-client&redirect_uri=" + e2e::k_redirect +
                "&scope=openid&state=st",
            shown("invalid_request")),
      authz("missing_client_id_is_shown_not_redirected",
            "response_type=code&redirect_uri=" + e2e::k_redirect + "&scope=openid&state=st",
            shown("invalid_request")),
      authz("unregistered_redirect_uri_is_shown_not_redirected",
            "response_type=code&client_id=" + k_post +
                "&redirect_uri=https://evil.example.test/callback&scope=openid&state=st",
            shown("invalid_request")),
      authz("redirect_uri_with_an_extra_path_segment_does_not_match_and_is_shown",
            "response_type=code&client_id=" + k_post + "&redirect_uri=" + e2e::k_redirect +
                "/more&scope=openid&state=st",
            shown("invalid_request")),
      authz("redirect_uri_with_an_extra_query_does_not_match_and_is_shown",
            "response_type=code&client_id=" + k_post + "&redirect_uri=" + e2e::k_redirect +
                "%3Fx%3D1&scope=openid&state=st",
            shown("invalid_request")),
      authz("redirect_uri_registered_for_another_client_is_shown",
            "response_type=code&client_id=" + k_code_only + "&redirect_uri=" + e2e::k_redirect +
                "&scope=openid&state=st",
            shown("invalid_request")),
      authz("redirect_uri_with_a_fragment_is_shown",  // RFC 6749 §3.1.2
            "response_type=code&client_id=" + k_post + "&redirect_uri=" + e2e::k_redirect +
                "%23frag&scope=openid&state=st",
            shown("invalid_request")),
      // OIDC Core §3.1.2.1: redirect_uri is REQUIRED in an OpenID Connect request.
      authz("missing_redirect_uri_in_an_openid_request_is_shown",
            "response_type=code&client_id=" + k_post + "&scope=openid&state=st&nonce=n",
            shown("invalid_request")),
      // RFC 6749 §3.1.2.3: with several registered redirect URIs the request must name one.
      authz("missing_redirect_uri_with_several_registered_is_shown",
            "response_type=code&client_id=" + k_post + "&scope=email&state=st",
            shown("invalid_request")),
      // RFC 6749 §3.1: a repeated client_id or redirect_uri leaves nothing to trust.
      authz("repeated_client_id_is_shown_not_redirected",
            code + "&client_id=" + k_post + "&scope=openid", shown("invalid_request")),
      authz("repeated_redirect_uri_is_shown_not_redirected",
            code + "&redirect_uri=" + e2e::k_redirect + "&scope=openid", shown("invalid_request")),

      // RFC 6749 §4.1.2.1: once client and redirect URI are verified, errors go back to the
      // client with the state, in the query for response_type=code.
      authz("repeated_scope_is_invalid_request_at_the_redirect_uri",
            code + "&scope=openid&scope=email", redirected("invalid_request")),
      authz("missing_response_type_is_invalid_request", base + "&scope=openid",
            redirected("invalid_request")),
      authz("unknown_response_type_is_unsupported_response_type",
            base + "&response_type=code%20foo&scope=openid",
            redirected("unsupported_response_type")),
      authz("repeated_word_in_response_type_is_unsupported_response_type",
            base + "&response_type=code%20code&scope=openid",
            redirected("unsupported_response_type")),
      authz("response_type_not_registered_for_the_client_is_unauthorized_client",
            "client_id=" + k_code_only + "&redirect_uri=" + k_certification_redirect +
                "&state=st&response_type=code%20token&scope=openid&nonce=n",
            redirected("unauthorized_client", {k_certification_redirect, '#', "st", ""})),
      authz("client_without_response_types_is_unauthorized_client",
            "client_id=" + k_unsupported + "&redirect_uri=" + e2e::k_redirect +
                "&state=st&response_type=code&scope=openid",
            redirected("unauthorized_client")),
      // RFC 6749 §3.3, §4.1.2.1: invalid_scope.
      authz("unknown_scope_is_invalid_scope", code + "&scope=no-such-scope",
            redirected("invalid_scope")),
      authz("missing_scope_is_invalid_scope", code, redirected("invalid_scope")),
      authz("malformed_scope_is_invalid_scope", code + "&scope=openid%20%20email",
            redirected("invalid_scope")),
      // RFC 6749 §4.2.2.1: errors of the implicit flow travel in the fragment.
      // OIDC Core §3.2.2.1, §3.3.2.11: nonce is REQUIRED when an ID token comes from here.
      authz("implicit_id_token_request_without_nonce_is_invalid_request",
            base + "&response_type=id_token&scope=openid", redirected("invalid_request", fragment)),
      authz("implicit_id_token_token_request_without_nonce_is_invalid_request",
            base + "&response_type=id_token%20token&scope=openid",
            redirected("invalid_request", fragment)),
      authz("hybrid_code_id_token_request_without_nonce_is_invalid_request",
            base + "&response_type=code%20id_token&scope=openid",
            redirected("invalid_request", fragment)),
      authz("id_token_response_without_openid_scope_is_invalid_request",
            base + "&response_type=id_token&scope=email&nonce=n",
            redirected("invalid_request", fragment)),
      // OIDC Core §3.2.2.1: an implicit flow of a web client cannot redirect to http.
      authz("implicit_request_of_a_web_client_to_an_http_redirect_uri_is_invalid_request",
            "client_id=" + k_post +
                "&redirect_uri=http://localhost:8081/callback&state=st&response_type=id_token"
                "&scope=openid&nonce=n",
            redirected("invalid_request", {"http://localhost:8081/callback", '#', "st", ""})),
      // RFC 6749 §4.1.2.1 response_mode (OAuth 2.0 Multiple Response Type Encoding Practices).
      authz("unknown_response_mode_is_invalid_request", code + "&scope=openid&response_mode=bogus",
            redirected("invalid_request")),
      authz("response_mode_the_server_does_not_offer_is_invalid_request",
            code + "&scope=openid&response_mode=form_post", redirected("invalid_request")),
      authz("response_mode_query_for_a_token_response_is_invalid_request_in_the_fragment",
            base + "&response_type=token&scope=openid&response_mode=query",
            redirected("invalid_request", fragment)),
      // RFC 7636 §4.4.1.
      authz(
          "unsupported_code_challenge_method_is_invalid_request",
          code + "&scope=openid&code_challenge_method=S512&code_challenge=" + e2e::k_code_challenge,
          redirected("invalid_request")),
      authz("code_challenge_of_the_wrong_length_is_invalid_request",
            code + "&scope=openid&code_challenge=short&code_challenge_method=S256",
            redirected("invalid_request")),
      authz("code_challenge_method_without_code_challenge_is_invalid_request",
            code + "&scope=openid&code_challenge_method=S256", redirected("invalid_request")),
      authz("public_client_without_code_challenge_is_invalid_request",
            "client_id=" + k_public + "&redirect_uri=" + e2e::k_redirect +
                "&state=st&response_type=code&scope=openid",
            redirected("invalid_request")),
      // OIDC Core §3.1.2.1, §5.5.
      authz("claims_parameter_that_is_not_json_is_invalid_request",
            code + "&scope=openid&claims=%7Bnot-json", redirected("invalid_request")),
      authz("claims_parameter_with_a_non_object_userinfo_member_is_invalid_request",
            code + "&scope=openid&claims=%7B%22userinfo%22%3A%22email%22%7D",
            redirected("invalid_request")),
      authz("negative_max_age_is_invalid_request", code + "&scope=openid&max_age=-1",
            redirected("invalid_request")),
      authz("non_numeric_max_age_is_invalid_request", code + "&scope=openid&max_age=soon",
            redirected("invalid_request")),
      authz("prompt_none_with_another_value_is_invalid_request",
            code + "&scope=openid&prompt=none%20login", redirected("invalid_request")),
      authz("unknown_prompt_value_is_invalid_request", code + "&scope=openid&prompt=bogus",
            redirected("invalid_request")),
      authz("unknown_display_value_is_invalid_request", code + "&scope=openid&display=bogus",
            redirected("invalid_request")),
      // OIDC Core §3.1.2.6: prompt=none cannot be answered without a signed-in user.
      authz("prompt_none_without_a_session_is_login_required", code + "&scope=openid&prompt=none",
            redirected("login_required")),
      // OIDC Core §6, §3.1.2.6: request objects are not supported.
      authz("request_parameter_is_request_not_supported", code + "&scope=openid&request=eyJ",
            redirected("request_not_supported")),
      authz("request_uri_parameter_is_request_uri_not_supported",
            code + "&scope=openid&request_uri=https%3A%2F%2Fclient.example.org%2Frequest.jwt",
            redirected("request_uri_not_supported")),
      // RFC 9207 §2: where the server supports it, error responses carry iss too.
      {"error_response_of_a_server_supporting_rfc_9207_carries_iss",
       [] {
         const auto& t = short_lived_tenant();
         return authorization_request("response_type=code&client_id=" + t.client_id +
                                          "&redirect_uri=" + t.redirect_uri +
                                          "&scope=no-such-scope&state=st",
                                      t.id);
       },
       [] {
         return redirected("invalid_scope",
                           {k_certification_redirect, '?', "st", short_lived_tenant().issuer});
       }},
      {"login_required_of_a_server_supporting_rfc_9207_carries_iss_in_the_fragment",
       [] {
         const auto& t = short_lived_tenant();
         return authorization_request("response_type=id_token&client_id=" + t.client_id +
                                          "&redirect_uri=" + t.redirect_uri +
                                          "&scope=openid&nonce=n&prompt=none&state=st",
                                      t.id);
       },
       [] {
         return redirected("login_required",
                           {k_certification_redirect, '#', "st", short_lived_tenant().issuer});
       }},
  };
}

// ---------------------------------------------------------------------------------------------
// Sign-in interactions (idp-server's authorization API; the AUTH_SESSION cookie binds them to the
// browser that sent the authorization request).

std::vector<Case> interaction_cases() {
  return {
      {"unknown_authorization_request_id_is_invalid_request",
       [] {
         UserAgent browser;
         browser.start(code_request());
         return browser.sign_in(new_jti());
       },
       json_error(400, "invalid_request")},
      {"authorization_request_id_that_is_not_a_uuid_is_invalid_request",
       [] {
         UserAgent browser;
         browser.start(code_request());
         return browser.sign_in("not-a-uuid");
       },
       json_error(400, "invalid_request")},
      {"expired_authorization_request_is_invalid_request",
       [] {
         const auto& t = short_request_tenant();
         UserAgent browser(t.id);
         std::string id =
             browser.start("response_type=code&client_id=" + t.client_id +
                           "&redirect_uri=" + t.redirect_uri + "&scope=openid&state=st&nonce=n");
         outlive_one_second();
         return browser.sign_in(id);
       },
       json_error(400, "invalid_request")},
      {"authorize_of_a_completed_request_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         BOOST_REQUIRE(browser.sign_in(id).status == 200);
         BOOST_REQUIRE(browser.interaction(id, "authorize").status == 200);
         return browser.interaction(id, "authorize");
       },
       json_error(400, "invalid_request")},
      {"sign_in_to_a_completed_request_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         BOOST_REQUIRE(browser.sign_in(id).status == 200);
         BOOST_REQUIRE(browser.interaction(id, "authorize").status == 200);
         return browser.sign_in(id);
       },
       json_error(400, "invalid_request")},
      {"deny_of_a_completed_request_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         BOOST_REQUIRE(browser.interaction(id, "deny").status == 200);
         return browser.interaction(id, "deny");
       },
       json_error(400, "invalid_request")},
      {"authorize_after_deny_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         BOOST_REQUIRE(browser.sign_in(id).status == 200);
         BOOST_REQUIRE(browser.interaction(id, "deny").status == 200);
         return browser.interaction(id, "authorize");
       },
       json_error(400, "invalid_request")},
      {"sign_in_without_the_auth_session_cookie_is_401_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         UserAgent without_cookies;
         return without_cookies.sign_in(id);
       },
       json_error(401, "invalid_request")},
      {"sign_in_with_the_auth_session_cookie_of_another_browser_is_401_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         UserAgent other;
         other.start(code_request());
         return other.sign_in(id);
       },
       json_error(401, "invalid_request")},
      {"authorize_with_a_forged_auth_session_cookie_is_401_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         BOOST_REQUIRE(browser.sign_in(id).status == 200);
         browser.browser.set_cookie("AUTH_SESSION", "forged");
         return browser.interaction(id, "authorize");
       },
       json_error(401, "invalid_request")},
      {"view_data_without_the_auth_session_cookie_is_401_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return get(e2e::url("/v1/authorizations/" + id + "/view-data"));
       },
       json_error(401, "invalid_request")},
      {"authorize_before_authentication_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return browser.interaction(id, "authorize");
       },
       json_error(400, "invalid_request")},
      {"wrong_password_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return browser.sign_in(id, e2e::k_user, "wrong-password");
       },
       json_error(400, "invalid_request")},
      {"unknown_user_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return browser.sign_in(id, "nobody@example.test", e2e::k_password);
       },
       json_error(400, "invalid_request")},
      {"sign_in_without_a_password_is_invalid_request",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return browser.interaction(id, "password-authentication",
                                    R"({"username":")" + e2e::k_user + "\"}");
       },
       json_error(400, "invalid_request")},
      {"locked_account_is_refused_even_with_the_right_password",
       [] {
         const auto& t = locked_user_tenant();
         UserAgent browser(t.id);
         std::string id =
             browser.start("response_type=code&client_id=" + t.client_id +
                           "&redirect_uri=" + t.redirect_uri + "&scope=openid&state=st&nonce=n");
         auto r = browser.sign_in(id);
         BOOST_TEST(r.body.find("locked") != std::string::npos, r.body);
         return r;
       },
       json_error(400, "invalid_request")},
      // RFC 6749 §4.1.2.1: the user's refusal reaches the client as access_denied with state.
      {"deny_sends_access_denied_with_state_to_the_redirect_uri",
       [] {
         UserAgent browser;
         std::string id = browser.start(code_request());
         return browser.interaction(id, "deny");
       },
       delivered_by_interaction("access_denied")},
      // RFC 6749 §4.2.2.1: in the fragment for the implicit flow.
      {"deny_of_an_implicit_request_sends_access_denied_in_the_fragment",
       [] {
         UserAgent browser;
         std::string id =
             browser.start("response_type=id_token%20token&client_id=" + k_post +
                           "&redirect_uri=" + e2e::k_redirect + "&scope=openid&state=st&nonce=n");
         return browser.interaction(id, "deny");
       },
       delivered_by_interaction("access_denied", {e2e::k_redirect, '#', "st", ""})},
      // RFC 9207 §2.
      {"deny_at_a_server_supporting_rfc_9207_carries_iss",
       [] {
         const auto& t = short_lived_tenant();
         UserAgent browser(t.id);
         std::string id =
             browser.start("response_type=code&client_id=" + t.client_id +
                           "&redirect_uri=" + t.redirect_uri + "&scope=openid&state=st&nonce=n");
         return browser.interaction(id, "deny");
       },
       [] {
         return delivered_by_interaction(
             "access_denied", {k_certification_redirect, '?', "st", short_lived_tenant().issuer});
       }},
  };
}

// ---------------------------------------------------------------------------------------------
// Token endpoint

std::vector<Case> token_endpoint_cases() {
  const Expect invalid_client = json_error(401, "invalid_client");
  // RFC 6749 §5.2: a client that tried HTTP Basic gets a Basic challenge with its 401.
  const Expect invalid_client_basic = json_error(401, "invalid_client", "Basic");
  const Expect invalid_grant = json_error(400, "invalid_grant");
  const Expect invalid_request = json_error(400, "invalid_request");
  const Expect invalid_scope = json_error(400, "invalid_scope");
  const Expect unauthorized_client = json_error(400, "unauthorized_client");
  return {
      // RFC 6749 §5.2 invalid_request and unsupported_grant_type.
      {"missing_grant_type_is_invalid_request", [] { return as_basic_client("scope=management"); },
       invalid_request},
      {"unknown_grant_type_is_unsupported_grant_type",
       [] { return as_basic_client("grant_type=urn%3Aexample%3Anothing"); },
       json_error(400, "unsupported_grant_type")},
      {"jwt_bearer_grant_the_server_does_not_offer_is_unsupported_grant_type",
       [] {
         return as_basic_client(
             "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=eyJ");
       },
       json_error(400, "unsupported_grant_type")},
      {"repeated_grant_type_is_invalid_request",
       [] {
         return as_basic_client("grant_type=client_credentials&grant_type=client_credentials");
       },
       invalid_request},
      {"authorization_code_grant_without_code_is_invalid_request",
       [] {
         return as_post_client("grant_type=authorization_code&redirect_uri=" + e2e::k_redirect);
       },
       invalid_request},
      {"refresh_token_grant_without_refresh_token_is_invalid_request",
       [] { return as_post_client("grant_type=refresh_token"); }, invalid_request},
      {"password_grant_without_password_is_invalid_request",
       [] { return as_basic_client("grant_type=password&" + k_user_form); }, invalid_request},
      // RFC 6749 §4.1.3, §4.4.2: the parameters are application/x-www-form-urlencoded; §5.2 answers
      // a malformed request with 400 invalid_request.
      {"json_body_instead_of_a_form_is_invalid_request",
       [] {
         HttpRequest r;
         r.method = "POST";
         r.url = tokens_url();
         r.headers = {"Content-Type: application/json"};
         r.body = R"({"grant_type":"client_credentials"})";
         r.basic_user = k_basic;
         r.basic_password = secret_of("clientSecretBasic.json");
         return send(r);
       },
       invalid_request},
      // RFC 6749 §5.2 unauthorized_client: a grant type the client is not registered for.
      {"grant_type_not_registered_for_the_client_is_unauthorized_client",
       [] {
         return post_form(tokens_url(), "grant_type=password&" + k_user_form + "&password=" +
                                            e2e::k_password + "&client_id=" + k_native +
                                            "&client_secret=" + secret_of("nativeAppClient.json"));
       },
       unauthorized_client},
      {"client_without_grant_types_is_unauthorized_client",
       [] {
         return post_form(tokens_url(), "grant_type=client_credentials&client_id=" + k_unsupported +
                                            "&client_secret=unsupportedClientSecret");
       },
       unauthorized_client},
      {"public_client_using_client_credentials_is_unauthorized_client",
       [] {
         return post_form(tokens_url(), "grant_type=client_credentials&client_id=" + k_public);
       },
       unauthorized_client},

      // RFC 6749 §2.3, §5.2 invalid_client.
      {"unknown_client_over_basic_is_invalid_client_with_a_basic_challenge",
       [] {
         return post_form(tokens_url(), "grant_type=client_credentials", "no-such-client", "x");
       },
       invalid_client_basic},
      {"wrong_secret_over_basic_is_invalid_client_with_a_basic_challenge",
       [] { return post_form(tokens_url(), "grant_type=client_credentials", k_basic, "wrong"); },
       invalid_client_basic},
      {"wrong_secret_in_the_body_is_invalid_client",
       [] {
         return post_form(tokens_url(), "grant_type=client_credentials&client_id=" + k_post +
                                            "&client_secret=wrong");
       },
       invalid_client},
      {"unknown_client_in_the_body_is_invalid_client",
       [] {
         return post_form(tokens_url(),
                          "grant_type=client_credentials&client_id=no-such-client&client_secret=x");
       },
       invalid_client},
      {"request_without_client_authentication_is_invalid_client",
       [] { return post_form(tokens_url(), "grant_type=client_credentials"); }, invalid_client},
      {"confidential_client_sending_only_its_client_id_is_invalid_client",
       [] { return post_form(tokens_url(), "grant_type=client_credentials&client_id=" + k_post); },
       invalid_client},
      {"client_secret_post_client_using_basic_is_invalid_client_with_a_basic_challenge",
       [] {
         return post_form(tokens_url(), "grant_type=client_credentials", k_post,
                          secret_of("clientSecretPost.json"));
       },
       invalid_client_basic},
      {"client_secret_basic_client_using_the_body_is_invalid_client",
       [] {
         return post_form(tokens_url(),
                          "grant_type=client_credentials&client_id=" + k_basic +
                              "&client_secret=" + secret_of("clientSecretBasic.json"));
       },
       invalid_client},
      // RFC 6749 §2.3: "The client MUST NOT use more than one authentication method".
      {"two_client_authentication_methods_at_once_is_invalid_request",
       [] {
         return as_basic_client("grant_type=client_credentials&client_secret=" +
                                secret_of("clientSecretBasic.json"));
       },
       invalid_request},
      // RFC 7523 §3, RFC 7521 §4.2.1: a client assertion that fails a check is invalid_client.
      {"client_secret_jwt_for_another_audience_is_invalid_client",
       [] {
         return with_assertion(jwt_client_assertion({.aud = "https://elsewhere.example.test"}));
       },
       invalid_client},
      {"expired_client_secret_jwt_is_invalid_client",
       [] { return with_assertion(jwt_client_assertion({.exp_in = -120})); }, invalid_client},
      {"client_secret_jwt_without_exp_is_invalid_client",
       [] { return with_assertion(jwt_client_assertion({.exp_in = std::nullopt})); },
       invalid_client},
      {"client_secret_jwt_whose_iss_is_not_the_client_is_invalid_client",
       [] { return with_assertion(jwt_client_assertion({.iss = k_post})); }, invalid_client},
      {"replayed_client_secret_jwt_is_invalid_client",
       [] {
         std::string assertion = jwt_client_assertion({});
         auto first = with_assertion(assertion);
         BOOST_REQUIRE_MESSAGE(first.status == 200, first.body);
         return with_assertion(assertion);
       },
       invalid_client},
      {"client_secret_jwt_signed_with_another_secret_is_invalid_client",
       [] {
         idp::jose::Jwk wrong(idp::crypto::SymmetricKey{std::string(64, 'x')});
         return with_assertion(
             signed_assertion({k_jwt, k_jwt}, wrong, idp::crypto::SignatureAlg::hs256));
       },
       invalid_client},
      {"unsigned_client_assertion_is_invalid_client",
       [] {
         AssertionClaims claims{k_jwt, k_jwt};
         return with_assertion(idp::base64::encode_url(std::string(R"({"alg":"none"})")) + "." +
                               idp::base64::encode_url(claims_json(claims)) + ".");
       },
       invalid_client},
      {"client_assertion_of_a_client_secret_post_client_is_invalid_client",
       [] {
         idp::jose::Jwk key(idp::crypto::SymmetricKey{secret_of("clientSecretPost.json")});
         return with_assertion(
             signed_assertion({k_post, k_post}, key, idp::crypto::SignatureAlg::hs256));
       },
       invalid_client},
      {"private_key_jwt_signed_with_an_unregistered_key_is_invalid_client",
       [] {
         auto key = idp::jose::generate_jwk("RS256", "client_secret_key");  // a registered kid
         BOOST_REQUIRE(key.ok());
         return with_assertion(
             signed_assertion({k_key_jwt, k_key_jwt}, *key, idp::crypto::SignatureAlg::rs256));
       },
       invalid_client},
      // RFC 8725 §3.1: the algorithm is the one the client's keys call for, not the one the JWS
      // names; an HMAC over the client_secret does not authenticate a private_key_jwt client.
      {"private_key_jwt_client_assertion_signed_with_hmac_is_invalid_client",
       [] {
         idp::jose::Jwk key(idp::crypto::SymmetricKey{secret_of("privateKeyJwtMtls.json")});
         return with_assertion(
             signed_assertion({k_key_jwt_2, k_key_jwt_2}, key, idp::crypto::SignatureAlg::hs256));
       },
       invalid_client},

      // RFC 6749 §4.1.3, §5.2 invalid_grant.
      {"unknown_code_is_invalid_grant", [] { return as_post_client(code_grant("not-a-code")); },
       invalid_grant},
      {"reused_code_is_invalid_grant",
       [] {
         std::string code = fresh_code();
         auto first = as_post_client(code_grant(code));
         BOOST_REQUIRE_MESSAGE(first.status == 200, first.body);
         return as_post_client(code_grant(code));
       },
       invalid_grant},
      {"code_issued_to_another_client_is_invalid_grant",
       [] { return as_basic_client(code_grant(fresh_code())); }, invalid_grant},
      {"redirect_uri_other_than_the_authorization_requests_is_invalid_grant",
       [] {
         return as_post_client("grant_type=authorization_code&code=" + fresh_code() +
                               "&redirect_uri=https://client.example.org/callback2&code_verifier=" +
                               e2e::k_code_verifier);
       },
       invalid_grant},
      {"missing_redirect_uri_that_the_authorization_request_had_is_invalid_grant",
       [] {
         return as_post_client("grant_type=authorization_code&code=" + fresh_code() +
                               "&code_verifier=" + e2e::k_code_verifier);
       },
       invalid_grant},
      // RFC 7636 §4.6.
      {"code_verifier_not_matching_the_challenge_is_invalid_grant",
       [] {
         return as_post_client("grant_type=authorization_code&code=" + fresh_code() +
                               "&redirect_uri=" + e2e::k_redirect +
                               "&code_verifier=" + std::string(43, 'a'));
       },
       invalid_grant},
      {"missing_code_verifier_is_invalid_grant",
       [] {
         return as_post_client("grant_type=authorization_code&code=" + fresh_code() +
                               "&redirect_uri=" + e2e::k_redirect);
       },
       invalid_grant},
      // RFC 9700 §4.8.2: a code_verifier for a code issued without code_challenge is refused
      // (PKCE downgrade).
      {"code_verifier_for_a_code_without_challenge_is_invalid_grant",
       [] {
         std::string code = fresh_code("response_type=code&client_id=" + k_post + "&redirect_uri=" +
                                       e2e::k_redirect + "&scope=openid&state=st&nonce=n");
         return as_post_client(code_grant(code));
       },
       invalid_grant},
      {"expired_code_is_invalid_grant",
       [] {
         const auto& t = short_lived_tenant();
         UserAgent browser(t.id);
         std::string code = code_of(browser.sign_in_and_authorize(
             "response_type=code&client_id=" + t.client_id + "&redirect_uri=" + t.redirect_uri +
             "&scope=openid&state=st&nonce=n"));
         outlive_one_second();
         return post_form(e2e::url("/v1/tokens", t.id),
                          "grant_type=authorization_code&code=" + code +
                              "&redirect_uri=" + t.redirect_uri + "&client_id=" + t.client_id +
                              "&client_secret=" + t.client_secret);
       },
       invalid_grant},
      // RFC 6749 §6, RFC 9700 §4.14.
      {"unknown_refresh_token_is_invalid_grant",
       [] { return as_post_client("grant_type=refresh_token&refresh_token=not-a-token"); },
       invalid_grant},
      {"reused_rotated_refresh_token_is_invalid_grant",
       [] {
         std::string refresh = member(user_tokens(), "refresh_token");
         auto rotated = as_post_client("grant_type=refresh_token&refresh_token=" + refresh);
         BOOST_REQUIRE_MESSAGE(rotated.status == 200, rotated.body);
         return as_post_client("grant_type=refresh_token&refresh_token=" + refresh);
       },
       invalid_grant},
      {"refresh_token_of_another_client_is_invalid_grant",
       [] {
         return as_basic_client("grant_type=refresh_token&refresh_token=" +
                                member(user_tokens(), "refresh_token"));
       },
       invalid_grant},
      {"revoked_refresh_token_is_invalid_grant",
       [] {
         std::string refresh = member(user_tokens(), "refresh_token");
         BOOST_REQUIRE(revoke_as_post_client(refresh).status == 200);
         return as_post_client("grant_type=refresh_token&refresh_token=" + refresh);
       },
       invalid_grant},
      // RFC 6749 §4.3.2, §5.2: wrong resource owner credentials are an invalid grant.
      {"password_grant_with_a_wrong_password_is_invalid_grant",
       [] { return as_basic_client("grant_type=password&" + k_user_form + "&password=wrong"); },
       invalid_grant},
      {"password_grant_for_an_unknown_user_is_invalid_grant",
       [] {
         return as_basic_client("grant_type=password&username=nobody%40example.test&password=" +
                                e2e::k_password);
       },
       invalid_grant},
      {"password_grant_for_a_locked_account_is_invalid_grant",
       [] { return password_grant(locked_user_tenant(), e2e::k_password); }, invalid_grant},

      // RFC 6749 §3.3, §5.2 invalid_scope; §6: a refresh cannot widen the grant.
      {"refresh_asking_for_a_wider_scope_is_invalid_scope",
       [] {
         return as_post_client("grant_type=refresh_token&scope=openid%20email%20profile" +
                               std::string("&refresh_token=") +
                               member(user_tokens("openid%20email"), "refresh_token"));
       },
       invalid_scope},
      {"client_credentials_with_an_unknown_scope_is_invalid_scope",
       [] { return as_basic_client("grant_type=client_credentials&scope=no-such-scope"); },
       invalid_scope},
      {"client_credentials_with_a_scope_not_registered_for_the_client_is_invalid_scope",
       [] {
         return as_basic_client("grant_type=client_credentials&scope=identity_verification_result");
       },
       invalid_scope},
      {"client_credentials_with_a_malformed_scope_is_invalid_scope",
       [] { return as_basic_client("grant_type=client_credentials&scope=a%20%20b"); },
       invalid_scope},
      {"password_grant_with_an_unknown_scope_is_invalid_scope",
       [] {
         return as_basic_client("grant_type=password&" + k_user_form +
                                "&password=" + e2e::k_password + "&scope=openid%20no-such-scope");
       },
       invalid_scope},
  };
}

// ---------------------------------------------------------------------------------------------
// UserInfo (OIDC Core §5.3.3 with RFC 6750 §3, §3.1)

std::vector<Case> userinfo_cases() {
  return {
      // RFC 6750 §3.1: a request without authentication gets a challenge and no error code.
      {"request_without_an_access_token_is_401_without_error_code",
       [] { return get(e2e::url("/v1/userinfo")); }, bearer_error(401, "")},
      {"bearer_scheme_without_a_token_is_invalid_request",
       [] { return get(e2e::url("/v1/userinfo"), {"Authorization: Bearer"}); },
       bearer_error(400, "invalid_request")},
      // RFC 6750 §3.1: "uses more than one method for including an access token".
      {"access_token_in_the_header_and_the_body_is_invalid_request",
       [] {
         std::string token = member(user_tokens(), "access_token");
         HttpRequest r;
         r.method = "POST";
         r.url = e2e::url("/v1/userinfo");
         r.headers = {"Content-Type: application/x-www-form-urlencoded",
                      "Authorization: Bearer " + token};
         r.body = "access_token=" + token;
         return send(r);
       },
       bearer_error(400, "invalid_request")},
      {"unknown_access_token_is_invalid_token",
       [] { return userinfo_with(e2e::k_tenant, "not-a-token"); },
       bearer_error(401, "invalid_token")},
      {"expired_access_token_is_invalid_token",
       [] {
         const auto& t = short_lived_tenant();
         auto issued = password_grant(t, e2e::k_password);
         BOOST_REQUIRE_MESSAGE(issued.status == 200, issued.body);
         std::string token = member(body_of(issued), "access_token");
         outlive_one_second();
         return userinfo_with(t.id, token);
       },
       bearer_error(401, "invalid_token")},
      {"revoked_access_token_is_invalid_token",
       [] {
         std::string token = member(user_tokens(), "access_token");
         BOOST_REQUIRE(revoke_as_post_client(token).status == 200);
         return userinfo_with(e2e::k_tenant, token);
       },
       bearer_error(401, "invalid_token")},
      {"access_token_of_another_tenant_is_invalid_token",
       [] {
         auto issued = password_grant(short_lived_tenant(), e2e::k_password);
         BOOST_REQUIRE_MESSAGE(issued.status == 200, issued.body);
         return userinfo_with(e2e::k_tenant, member(body_of(issued), "access_token"));
       },
       bearer_error(401, "invalid_token")},
      // RFC 6750 §3.1: a token without the scope the resource needs (openid, OIDC Core §5.3).
      {"client_credentials_access_token_is_insufficient_scope",
       [] {
         auto issued = as_basic_client("grant_type=client_credentials&scope=management");
         BOOST_REQUIRE_MESSAGE(issued.status == 200, issued.body);
         return userinfo_with(e2e::k_tenant, member(body_of(issued), "access_token"));
       },
       bearer_error(403, "insufficient_scope")},
      {"user_access_token_without_openid_scope_is_insufficient_scope",
       [] { return userinfo_with(e2e::k_tenant, member(user_tokens("email"), "access_token")); },
       bearer_error(403, "insufficient_scope")},
  };
}

// ---------------------------------------------------------------------------------------------
// Introspection (RFC 7662 §2.3) and revocation (RFC 7009 §2.2.1)

std::vector<Case> introspection_and_revocation_cases() {
  const auto introspection = [] { return e2e::url("/v1/tokens/introspection"); };
  const auto revocation = [] { return e2e::url("/v1/tokens/revocation"); };
  return {
      {"introspection_without_client_authentication_is_invalid_client",
       [introspection] { return post_form(introspection(), "token=anything"); },
       json_error(401, "invalid_client")},
      {"introspection_with_a_wrong_secret_is_invalid_client_with_a_basic_challenge",
       [introspection] { return post_form(introspection(), "token=anything", k_basic, "wrong"); },
       json_error(401, "invalid_client", "Basic")},
      {"introspection_without_token_is_invalid_request",
       [introspection] {
         return post_form(introspection(), "token_type_hint=access_token", k_basic,
                          secret_of("clientSecretBasic.json"));
       },
       json_error(400, "invalid_request")},
      {"revocation_without_client_authentication_is_invalid_client",
       [revocation] { return post_form(revocation(), "token=anything"); },
       json_error(401, "invalid_client")},
      {"revocation_with_a_wrong_secret_is_invalid_client",
       [revocation] {
         return post_form(revocation(),
                          "token=anything&client_id=" + k_post + "&client_secret=wrong");
       },
       json_error(401, "invalid_client")},
      {"revocation_without_token_is_invalid_request",
       [revocation] {
         return post_form(revocation(), "token_type_hint=refresh_token", k_basic,
                          secret_of("clientSecretBasic.json"));
       },
       json_error(400, "invalid_request")},
      // RFC 7009 §2.1: only the client the token was issued to may revoke it; the token stays.
      {"revocation_of_another_clients_token_is_unauthorized_client_and_keeps_the_token",
       [introspection] {
         std::string token = member(user_tokens(), "access_token");  // of clientSecretPost
         auto refused = post_form(e2e::url("/v1/tokens/revocation"), "token=" + token, k_basic,
                                  secret_of("clientSecretBasic.json"));
         auto still = post_form(introspection(), "token=" + token, k_basic,
                                secret_of("clientSecretBasic.json"));
         BOOST_TEST(still.body.find("\"active\":true") != std::string::npos, still.body);
         return refused;
       },
       json_error(400, "unauthorized_client")},
  };
}

// ---------------------------------------------------------------------------------------------
// Registration: suite "negative", one child suite per endpoint, one test case per row.

void add_group(utf::test_suite* parent, const char* name, std::vector<Case> cases) {
  utf::test_suite* group = BOOST_TEST_SUITE(name);
  for (auto& c : cases) {
    Case row = std::move(c);
    group->add(utf::make_test_case(
        [row] {
          import_e2e_test_tenant();
          check(row.request(), row.expect());
        },
        row.name, __FILE__, __LINE__));
  }
  parent->add(group);
}

struct NegativeSuite {
  NegativeSuite() {
    utf::test_suite* negative = BOOST_TEST_SUITE("negative");
    add_group(negative, "authorization_endpoint", authorization_endpoint_cases());
    add_group(negative, "interactions", interaction_cases());
    add_group(negative, "token_endpoint", token_endpoint_cases());
    add_group(negative, "userinfo", userinfo_cases());
    add_group(negative, "introspection_and_revocation", introspection_and_revocation_cases());
    utf::framework::master_test_suite().add(negative);
  }
};
const NegativeSuite k_negative_suite;

}  // namespace
