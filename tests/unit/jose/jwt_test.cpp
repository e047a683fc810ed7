#include "jose/jwt.hpp"

#include <boost/test/unit_test.hpp>

using namespace idp;
using jose::ClaimsRules;
using jose::JwtClaims;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t k_now = 1'700'000'000;

ClaimsRules rules() {
  ClaimsRules r;
  r.now = std::chrono::sys_seconds(std::chrono::seconds(k_now));
  return r;
}

std::string claims(const std::string& members) {
  return "{" + members + "}";
}

std::string at(std::int64_t offset) {
  return std::to_string(k_now + offset);
}

std::string error_of(const std::string& json, const ClaimsRules& r = rules()) {
  auto c = jose::validate_claims(json, r);
  return c.ok() ? std::string("(valid)") : c.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jose_jwt)

BOOST_AUTO_TEST_CASE(a_fresh_token_is_valid_and_its_claims_are_readable) {
  auto c = jose::validate_claims(
      claims(R"("iss":"https://idp.example","sub":"alice","aud":"client-1","jti":"j1","exp":)" +
             at(300) + R"(,"iat":)" + at(0) + R"(,"nbf":)" + at(0)),
      rules());
  BOOST_REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error()));
  BOOST_TEST(*c->iss() == "https://idp.example");
  BOOST_TEST(*c->sub() == "alice");
  BOOST_TEST(*c->jti() == "j1");
  BOOST_TEST(c->aud().size() == 1u);
  BOOST_TEST(*c->exp() == k_now + 300);
  BOOST_TEST(c->has("nbf"));
  BOOST_TEST(!c->string_claim("exp"));
}

BOOST_AUTO_TEST_CASE(exp_is_checked_with_the_skew) {
  BOOST_TEST(error_of(claims(R"("exp":)" + at(-30))) == "(valid)");  // within the 60 s skew
  BOOST_TEST(error_of(claims(R"("exp":)" + at(-60))) == "jwt.exp: the token has expired");
  auto strict = rules();
  strict.skew = 0s;
  BOOST_TEST(error_of(claims(R"("exp":)" + at(0)), strict) == "jwt.exp: the token has expired");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(1)), strict) == "(valid)");
  BOOST_TEST(error_of("{}") == "jwt.exp: missing");
  auto optional = rules();
  optional.require_exp = false;
  BOOST_TEST(error_of("{}", optional) == "(valid)");
}

BOOST_AUTO_TEST_CASE(nbf_and_iat_must_not_be_in_the_future) {
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600) + R"(,"nbf":)" + at(120))) ==
             "jwt.nbf: the token is not valid yet");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600) + R"(,"nbf":)" + at(30))) == "(valid)");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600) + R"(,"iat":)" + at(120))) ==
             "jwt.iat: issued in the future");
}

BOOST_AUTO_TEST_CASE(max_age_needs_a_recent_iat) {
  auto r = rules();
  r.max_age = 300s;
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600) + R"(,"iat":)" + at(-200)), r) == "(valid)");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600) + R"(,"iat":)" + at(-400)), r) ==
             "jwt.iat: issued too long ago");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(600)), r) == "jwt.iat: missing");
}

BOOST_AUTO_TEST_CASE(issuer_and_audience_must_match) {
  auto r = rules();
  r.issuer = "https://idp.example";
  r.audiences = {"https://idp.example/token", "https://idp.example"};
  const std::string exp = R"("exp":)" + at(600);
  BOOST_TEST(error_of(claims(exp + R"(,"iss":"https://idp.example","aud":"https://idp.example")"),
                      r) == "(valid)");
  BOOST_TEST(
      error_of(
          claims(exp + R"(,"iss":"https://idp.example","aud":["x","https://idp.example/token"])"),
          r) == "(valid)");
  BOOST_TEST(error_of(claims(exp + R"(,"iss":"https://evil.example","aud":"https://idp.example")"),
                      r) == R"(jwt.iss: expected "https://idp.example")");
  BOOST_TEST(error_of(claims(exp + R"(,"aud":"https://idp.example")"), r) == "jwt.iss: missing");
  BOOST_TEST(error_of(claims(exp + R"(,"iss":"https://idp.example","aud":["x","y"])"), r) ==
             "jwt.aud: does not contain the expected audience");
  BOOST_TEST(error_of(claims(exp + R"(,"iss":"https://idp.example")"), r) == "jwt.aud: missing");
  BOOST_TEST(error_of(claims(exp + R"(,"iss":"https://idp.example","aud":[])"), r) ==
             "jwt.aud: missing");
}

BOOST_AUTO_TEST_CASE(required_claims_must_be_present) {
  auto r = rules();
  r.required_claims = {"jti", "sub"};
  BOOST_TEST(error_of(claims(R"("exp":)" + at(60) + R"(,"jti":"1")"), r) == "jwt.sub: missing");
  BOOST_TEST(error_of(claims(R"("exp":)" + at(60) + R"(,"jti":"1","sub":"a")"), r) == "(valid)");
}

BOOST_AUTO_TEST_CASE(registered_claims_must_have_their_types) {
  BOOST_TEST(error_of(R"({"exp":"1700000000"})") ==
             "jwt.exp: must be a NumericDate (seconds since 1970)");
  BOOST_TEST(error_of(R"({"exp":1e300})") == "jwt.exp: must be a NumericDate (seconds since 1970)");
  BOOST_TEST(error_of(R"({"exp":18446744073709551615})") ==
             "jwt.exp: must be a NumericDate (seconds since 1970)");
  BOOST_TEST(error_of(R"({"exp":9223372036854775807})") ==
             "jwt.exp: must be a NumericDate (seconds since 1970)");
  BOOST_TEST(error_of(R"({"iss":1})") == "jwt.iss: must be a string");
  BOOST_TEST(error_of(R"({"aud":1})") == "jwt.aud: must be a string or an array of strings");
  BOOST_TEST(error_of(R"({"aud":["a",2]})") == "jwt.aud: must be a string or an array of strings");
  BOOST_TEST(error_of(R"({"exp":1,"exp":2})").find("duplicate member") != std::string::npos);
  BOOST_TEST(error_of("[1]") == "jwt claims: JSON document must be an object");
}

BOOST_AUTO_TEST_CASE(fractional_numeric_dates_are_accepted) {
  auto c = JwtClaims::parse(R"({"exp":1700000300.75,"iat":1700000000.5})");
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(*c->exp() == k_now + 300);
  BOOST_TEST(c->validate(rules()).ok());
}

BOOST_AUTO_TEST_SUITE_END()
