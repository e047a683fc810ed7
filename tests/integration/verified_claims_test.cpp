// OpenID Connect for Identity Assurance 1.0 against the real stack: a user created through the
// management API with the verified claims of the specification's §8.3 example, signing in with
// the claims parameter of §8.14 / §8.15 and idp-server's verified_claims:<claim> scopes; what the
// ID token, the UserInfo answer and the JWT access token carry, and what discovery publishes.
#include <boost/test/unit_test.hpp>

#include "browser.hpp"
#include "http/form.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const std::string k_redirect = "http://localhost:3000/callback";  // client-request.json
const std::string k_secret = "login-pw-webapp-secret-32chars!";
const std::string k_password = "Str0ng-passw0rd";
const char* const k_scopes[] = {"verified_claims:given_name", "verified_claims:family_name",
                                "verified_claims:birthdate",
                                "verified_claims:verification:evidence"};

rapidjson::Document example_json(const std::string& file) {
  auto doc = idp::json::parse(read_file(data_path("oidc4ida/" + file)));
  BOOST_REQUIRE_MESSAGE(doc.ok(), file);
  return std::move(*doc);
}

rapidjson::Document object_of(const std::string& text) {
  auto doc = idp::json::parse_object(text);
  BOOST_REQUIRE_MESSAGE(doc.ok(), text);
  return std::move(*doc);
}

std::string written(const rapidjson::Value& v) {
  return idp::json::write(v);
}

void set(rapidjson::Value& object, const char* name, rapidjson::Value value,
         rapidjson::Document::AllocatorType& a) {
  if (object.HasMember(name))
    object[name] = value;
  else
    object.AddMember(rapidjson::StringRef(name), value, a);
}

rapidjson::Value strings(std::initializer_list<const char*> items,
                         rapidjson::Document::AllocatorType& a) {
  rapidjson::Value list(rapidjson::kArrayType);
  for (const char* item : items) list.PushBack(rapidjson::Value(item, a), a);
  return list;
}

// A tenant of a new organization whose authorization server advertises OIDC4IDA (or not), with
// the login-password-only client and a user holding §8.3's verified claims.
struct IdaTenant {
  std::string tenant = uuid();
  std::string client = uuid();
  std::string email = "ida-" + uuid().substr(0, 8) + "@example.test";

  explicit IdaTenant(bool verified_claims_supported, bool id_token_strict_mode = false) {
    auto org = onboard();
    auto body = object_of(public_tenant_body(tenant));
    auto& a = body.GetAllocator();
    auto& server = body["authorization_server"];
    set(server, "verified_claims_supported", rapidjson::Value(verified_claims_supported), a);
    set(server, "trust_frameworks_supported", strings({"de_aml", "eidas"}, a), a);
    set(server, "evidence_supported", strings({"document"}, a), a);
    set(server, "documents_supported", strings({"idcard", "passport"}, a), a);
    set(server, "documents_methods_supported", strings({"pipp", "sripp"}, a), a);
    set(server, "claims_in_verified_claims_supported",
        strings({"given_name", "family_name", "birthdate", "address"}, a), a);
    set(server["extension"], "access_token_selective_verified_claims", rapidjson::Value(true), a);
    set(server["extension"], "id_token_strict_mode", rapidjson::Value(id_token_strict_mode), a);
    // The scopes are offered by the server and registered for the client, as idp-server's guide
    // for verified_claims:<claim> scopes lists them.
    for (const char* s : k_scopes) server["scopes_supported"].PushBack(rapidjson::StringRef(s), a);
    auto created = org.api.call("POST", "/tenants", written(body));
    BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);

    auto client_json = object_of(client_body(client));
    std::string scope = client_json["scope"].GetString();
    for (const char* s : k_scopes) scope += std::string(" ") += s;
    client_json["scope"].SetString(scope.c_str(), client_json.GetAllocator());
    auto registered = org.api.call("POST", "/tenants/" + tenant + "/clients", written(client_json));
    BOOST_REQUIRE_MESSAGE(registered.status == 201, registered.body);

    auto user = object_of(R"({"sub":")" + uuid() + R"(","email":")" + email +
                          R"(","name":"Max Meier","raw_password":")" + k_password +
                          R"(","email_verified":true})");
    auto stored = example_json("response_8_3_document_verifier.json");
    user.AddMember("verified_claims",
                   rapidjson::Value(stored["verified_claims"], user.GetAllocator()),
                   user.GetAllocator());
    auto made = org.api.call("POST", "/tenants/" + tenant + "/users", written(user));
    BOOST_REQUIRE_MESSAGE(made.status == 201, made.body);
  }

  std::string api(const std::string& path) const {
    return stack().base_url + "/" + tenant + "/v1" + path;
  }

  // The authorization code flow with `scope` and the claims parameter `claims` ("" for none):
  // the authorization response's redirect URI.
  std::string authorize(const std::string& scope, const std::string& claims) const {
    Browser b;
    std::string query = "response_type=code&client_id=" + client + "&redirect_uri=" + k_redirect +
                        "&scope=" + idp::http::form_encode(scope) + "&state=s1&nonce=n1";
    if (!claims.empty()) query += "&claims=" + idp::http::form_encode(claims);
    auto start = b.get(api("/authorizations?" + query));
    BOOST_REQUIRE_MESSAGE(start.status == 302, start.body);
    const std::string id = url_param(start.header("location"), "id");
    if (id.empty()) return start.header("location");  // an error sent back to the client
    auto login = b.post_json(api("/authorizations/" + id + "/password-authentication"),
                             R"({"username":")" + email + R"(","password":")" + k_password + "\"}");
    BOOST_REQUIRE_MESSAGE(login.status == 200, login.body);
    auto authorized = b.post_json(api("/authorizations/" + id + "/authorize"), "{}");
    BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
    return json_of(authorized)["redirect_uri"].GetString();
  }

  rapidjson::Document token_request(const std::string& body) const {
    HttpRequest r;
    r.method = "POST";
    r.url = api("/tokens");
    r.headers = {"Content-Type: application/x-www-form-urlencoded"};
    r.body = body + "&client_id=" + client + "&client_secret=" + k_secret;
    auto answer = send(r);
    BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
    return json_of(answer);
  }

  rapidjson::Document tokens(const std::string& scope, const std::string& claims) const {
    const std::string code = url_param(authorize(scope, claims), "code");
    BOOST_REQUIRE(!code.empty());
    return token_request("grant_type=authorization_code&code=" + code +
                         "&redirect_uri=" + k_redirect);
  }

  // The payload of a JWT of this tenant, its signature verified with the published keys.
  rapidjson::Document verified(const std::string& compact) const {
    auto jwks = idp::jose::Jwks::parse(get(api("/jwks")).body);
    BOOST_REQUIRE(jwks.ok());
    auto jws = idp::jose::verify_compact(compact, *jwks);
    BOOST_REQUIRE_MESSAGE(jws.ok(), (jws.ok() ? std::string() : jws.error()));
    return object_of(jws->payload);
  }

  rapidjson::Document userinfo(const rapidjson::Document& tokens) const {
    auto r = get(api("/userinfo"),
                 {std::string("Authorization: Bearer ") + tokens["access_token"].GetString()});
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return json_of(r);
  }

  rapidjson::Document discovery() const {
    auto r = get(stack().base_url + "/" + tenant + "/.well-known/openid-configuration");
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return json_of(r);
  }
};

// The claims parameter of §8.15 (ID token) together with the userinfo member of §8.14.
std::string spec_claims_request() {
  auto id_token = example_json("request_8_15_id_token.json");
  auto userinfo = example_json("request_8_14_userinfo.json");
  auto& a = id_token.GetAllocator();
  id_token.AddMember("userinfo", rapidjson::Value(userinfo["userinfo"], a), a);
  return written(id_token);
}

std::string spec_answer(const std::string& file) {
  return written(example_json(file)["verified_claims"]);
}

const std::string k_scoped_given_birthdate =
    R"({"verification":{"trust_framework":"de_aml"},"claims":{"given_name":"Max",)"
    R"("birthdate":"1956-01-28"}})";

}  // namespace

BOOST_AUTO_TEST_SUITE(verified_claims)

BOOST_AUTO_TEST_CASE(the_id_token_userinfo_and_jwt_access_token_carry_the_selected_claims) {
  const IdaTenant t(true);
  auto tokens = t.tokens("openid verified_claims:given_name verified_claims:birthdate",
                         spec_claims_request());
  auto id_token = t.verified(tokens["id_token"].GetString());
  BOOST_REQUIRE(id_token.HasMember("verified_claims"));
  BOOST_TEST(written(id_token["verified_claims"]) == spec_answer("response_8_15_id_token.json"));

  // The claims parameter's userinfo member takes precedence over the scopes there.
  auto info = t.userinfo(tokens);
  BOOST_REQUIRE(info.HasMember("verified_claims"));
  BOOST_TEST(written(info["verified_claims"]) == spec_answer("response_8_14_userinfo.json"));

  // idp-server's access_token_selective_verified_claims: the scopes, in the OIDC4IDA shape.
  auto access = t.verified(tokens["access_token"].GetString());
  BOOST_REQUIRE(access.HasMember("verified_claims"));
  BOOST_TEST(written(access["verified_claims"]) == k_scoped_given_birthdate);

  // Introspection answers them too (RFC 7662 §2.2 allows further members; idp-server adds them).
  HttpRequest introspect;
  introspect.method = "POST";
  introspect.url = t.api("/tokens/introspection");
  introspect.headers = {"Content-Type: application/x-www-form-urlencoded"};
  introspect.body = std::string("token=") + tokens["access_token"].GetString() +
                    "&client_id=" + t.client + "&client_secret=" + k_secret;
  auto introspected = send(introspect);
  BOOST_REQUIRE_MESSAGE(introspected.status == 200, introspected.body);
  auto active = json_of(introspected);
  BOOST_REQUIRE(active.HasMember("verified_claims"));
  // Stored as JSONB: the same members, in PostgreSQL's order.
  BOOST_TEST((active["verified_claims"] == object_of(k_scoped_given_birthdate)));

  // A refreshed access token selects them again.
  auto refreshed = t.token_request(std::string("grant_type=refresh_token&refresh_token=") +
                                   tokens["refresh_token"].GetString());
  BOOST_TEST(written(t.verified(refreshed["access_token"].GetString())["verified_claims"]) ==
             k_scoped_given_birthdate);
}

BOOST_AUTO_TEST_CASE(the_scopes_alone_reach_userinfo_and_the_access_token_not_the_id_token) {
  const IdaTenant t(true);
  auto tokens =
      t.tokens("openid verified_claims:family_name verified_claims:verification:evidence", "");
  BOOST_TEST(!t.verified(tokens["id_token"].GetString()).HasMember("verified_claims"));
  auto info = t.userinfo(tokens);
  BOOST_REQUIRE(info.HasMember("verified_claims"));
  const auto& vc = info["verified_claims"];
  BOOST_TEST(written(vc["claims"]) == R"({"family_name":"Meier"})");
  BOOST_TEST(vc["verification"]["evidence"][0].HasMember("verifier"), "the evidence whole");
  BOOST_TEST(!vc["verification"].HasMember("time"), "not requested");
  auto access = t.verified(tokens["access_token"].GetString());
  BOOST_TEST(written(access["verified_claims"]) == written(vc));
}

BOOST_AUTO_TEST_CASE(id_token_strict_mode_keeps_the_requested_verified_claims) {
  // idp-server records claims.id_token.verified_claims with the grant whatever the mode.
  const IdaTenant t(true, true);
  auto tokens = t.tokens("openid", spec_claims_request());
  auto id_token = t.verified(tokens["id_token"].GetString());
  BOOST_REQUIRE(id_token.HasMember("verified_claims"));
  BOOST_TEST(written(id_token["verified_claims"]) == spec_answer("response_8_15_id_token.json"));
}

BOOST_AUTO_TEST_CASE(requirements_that_are_not_met_omit_verified_claims_without_an_error) {
  const IdaTenant t(true);
  // §6.5.2: trust_framework eidas is required, the user's data is de_aml.
  const std::string claims =
      R"({"id_token":{"verified_claims":{"verification":{"trust_framework":{"value":"eidas"}},)"
      R"("claims":{"given_name":null}}},"userinfo":{"verified_claims":{"verification":)"
      R"({"trust_framework":null},"claims":{"nationalities":null}}}})";
  auto tokens = t.tokens("openid", claims);
  BOOST_TEST(!t.verified(tokens["id_token"].GetString()).HasMember("verified_claims"));
  // §6.5.4 / claims_in_verified_claims_supported: nationalities is not a supported verified Claim.
  BOOST_TEST(!t.userinfo(tokens).HasMember("verified_claims"));
}

BOOST_AUTO_TEST_CASE(an_empty_claims_member_is_an_invalid_request) {
  const IdaTenant t(true);
  // §6.5.4: sent back to the client (its redirect URI is registered).
  std::string answer = t.authorize(
      "openid",
      R"({"userinfo":{"verified_claims":{"verification":{"trust_framework":null},"claims":{}}}})");
  BOOST_TEST(url_param(answer, "error") == "invalid_request", answer);
}

BOOST_AUTO_TEST_CASE(nothing_is_released_when_verified_claims_are_not_supported) {
  const IdaTenant t(false);
  auto tokens = t.tokens("openid verified_claims:given_name", spec_claims_request());
  BOOST_TEST(!t.verified(tokens["id_token"].GetString()).HasMember("verified_claims"));
  BOOST_TEST(!t.userinfo(tokens).HasMember("verified_claims"));
  BOOST_TEST(!t.verified(tokens["access_token"].GetString()).HasMember("verified_claims"));
  auto metadata = t.discovery();
  BOOST_TEST(metadata["verified_claims_supported"].GetBool() == false);
  BOOST_TEST(!metadata.HasMember("trust_frameworks_supported"));
  BOOST_TEST(!metadata.HasMember("claims_in_verified_claims_supported"));
}

BOOST_AUTO_TEST_CASE(discovery_publishes_the_configured_identity_assurance_metadata) {
  const IdaTenant t(true);
  auto metadata = t.discovery();
  BOOST_TEST(metadata["verified_claims_supported"].GetBool());
  BOOST_TEST(metadata["claims_parameter_supported"].GetBool());
  BOOST_TEST(written(metadata["trust_frameworks_supported"]) == R"(["de_aml","eidas"])");
  BOOST_TEST(written(metadata["evidence_supported"]) == R"(["document"])");
  BOOST_TEST(written(metadata["documents_supported"]) == R"(["idcard","passport"])");
  BOOST_TEST(written(metadata["documents_methods_supported"]) == R"(["pipp","sripp"])");
  BOOST_TEST(written(metadata["claims_in_verified_claims_supported"]) ==
             R"(["given_name","family_name","birthdate","address"])");
  // Only what is configured is published.
  for (const char* absent : {"electronic_records_supported", "documents_check_methods_supported",
                             "id_documents_supported"})
    BOOST_TEST(!metadata.HasMember(absent), absent);
}

BOOST_AUTO_TEST_SUITE_END()
