// Where verified_claims are released (ID token, UserInfo, access token) and on which switches:
// verified_claims_supported, the claims parameter, idp-server's verified_claims:<claim> scopes and
// its extension access_token_selective_verified_claims.
#include "oidc/verified_claims_output.hpp"

#include <boost/test/unit_test.hpp>

#include "oidc4ida_examples.hpp"

using namespace idp;
using namespace idp::test;

namespace {

constexpr std::int64_t k_now = 1704067200;

struct Release {
  domain::AuthorizationServer server;
  domain::User user;

  Release() {
    server.verified_claims_supported = true;
    server.extension.access_token_selective_verified_claims = true;
    auto stored = oidc4ida_example("response_8_3_document_verifier.json");
    user.verified_claims = json::FrozenJson::copy_of(stored["verified_claims"]);
  }

  // The verified_claims of an ID token, or "" when none is released.
  std::string id_token(const std::string& claims_request) const {
    rapidjson::Document claims(rapidjson::kObjectType);
    oidc::add_id_token_verified_claims(claims, claims.GetAllocator(), server, user, claims_request,
                                       k_now);
    return claims.HasMember("verified_claims") ? written(claims["verified_claims"]) : "";
  }

  std::string userinfo(const std::string& claims_request,
                       const std::vector<std::string>& scopes) const {
    rapidjson::Document claims(rapidjson::kObjectType);
    claims.AddMember("sub", "248289761001", claims.GetAllocator());
    oidc::add_userinfo_verified_claims(claims, claims.GetAllocator(), server, user, claims_request,
                                       scopes, k_now);
    return claims.HasMember("verified_claims") ? written(claims["verified_claims"]) : "";
  }

  std::string access_token(const std::vector<std::string>& scopes) const {
    rapidjson::Document d;
    auto v = oidc::access_token_verified_claims(server, user, scopes, k_now, d.GetAllocator());
    return v ? written(*v) : "";
  }
};

std::string example_text(const std::string& file) {
  return read_data("oidc4ida/" + file);
}

const std::vector<std::string> k_scopes = {"openid", "verified_claims:given_name",
                                           "verified_claims:birthdate"};
const std::string k_scoped =
    R"({"verification":{"trust_framework":"de_aml"},"claims":{"given_name":"Max",)"
    R"("birthdate":"1956-01-28"}})";

}  // namespace

BOOST_AUTO_TEST_SUITE(oidc_verified_claims_output)

BOOST_AUTO_TEST_CASE(the_id_token_carries_what_claims_id_token_verified_claims_asks_for) {
  Release r;
  BOOST_TEST(r.id_token(example_text("request_8_15_id_token.json")) ==
             written_file_member("response_8_15_id_token.json"));
  BOOST_TEST(r.id_token(example_text("request_8_14_userinfo.json")).empty(),
             "a userinfo request is not for the ID token");
  BOOST_TEST(r.id_token("").empty());
}

BOOST_AUTO_TEST_CASE(userinfo_carries_what_claims_userinfo_verified_claims_asks_for) {
  Release r;
  BOOST_TEST(r.userinfo(example_text("request_8_14_userinfo.json"), {"openid"}) ==
             written_file_member("response_8_14_userinfo.json"));
  BOOST_TEST(r.userinfo(example_text("request_8_15_id_token.json"), {"openid"}).empty());
}

BOOST_AUTO_TEST_CASE(userinfo_falls_back_to_the_verified_claims_scopes) {
  Release r;
  BOOST_TEST(r.userinfo("", k_scopes) == k_scoped);
  // The claims parameter takes precedence: the scope path stands down (idp-server #1628).
  BOOST_TEST(r.userinfo(example_text("request_8_14_userinfo.json"), k_scopes) ==
             written_file_member("response_8_14_userinfo.json"));
  r.server.extension.access_token_selective_verified_claims = false;
  BOOST_TEST(r.userinfo("", k_scopes).empty(), "the scopes need the extension");
}

BOOST_AUTO_TEST_CASE(access_tokens_carry_the_scoped_verified_claims_with_the_extension) {
  Release r;
  BOOST_TEST(oidc::wants_access_token_verified_claims(r.server, k_scopes));
  BOOST_TEST(r.access_token(k_scopes) == k_scoped);
  BOOST_TEST(r.access_token({"openid", "verified_claims:verification:evidence"}).empty(),
             "no Claim requested");
  BOOST_TEST(!oidc::wants_access_token_verified_claims(r.server, {"openid", "email"}));
  r.server.extension.access_token_selective_verified_claims = false;
  BOOST_TEST(!oidc::wants_access_token_verified_claims(r.server, k_scopes));
  BOOST_TEST(r.access_token(k_scopes).empty());
}

BOOST_AUTO_TEST_CASE(nothing_is_released_without_verified_claims_supported) {
  Release r;
  r.server.verified_claims_supported = false;
  BOOST_TEST(r.id_token(example_text("request_8_15_id_token.json")).empty());
  BOOST_TEST(r.userinfo(example_text("request_8_14_userinfo.json"), k_scopes).empty());
  BOOST_TEST(r.userinfo("", k_scopes).empty());
  BOOST_TEST(!oidc::wants_access_token_verified_claims(r.server, k_scopes));
  BOOST_TEST(r.access_token(k_scopes).empty());
}

BOOST_AUTO_TEST_CASE(nothing_is_released_for_a_user_without_verified_claims) {
  Release r;
  r.user.verified_claims.reset();
  BOOST_TEST(r.id_token(example_text("request_8_15_id_token.json")).empty());
  BOOST_TEST(r.userinfo("", k_scopes).empty());
  BOOST_TEST(r.access_token(k_scopes).empty());
}

BOOST_AUTO_TEST_CASE(claims_in_verified_claims_supported_applies_to_every_channel) {
  Release r;
  r.server.claims_in_verified_claims_supported = {"given_name", "family_name"};
  const std::string given_only =
      R"({"verification":{"trust_framework":"de_aml"},"claims":{"given_name":"Max"}})";
  BOOST_TEST(r.access_token(k_scopes) == given_only);
  BOOST_TEST(r.userinfo("", k_scopes) == given_only);
}

BOOST_AUTO_TEST_SUITE_END()
