// PKCE (RFC 7636) at the authorization endpoint, and the code_verifier check the token endpoint
// uses, against the RFC's Appendix B example.
#include <boost/test/unit_test.hpp>

#include <string>

#include "oauth/authorization/authorization_test_support.hpp"
#include "oauth/authorization/pkce.hpp"

using namespace idp;
using namespace idp::test;

BOOST_FIXTURE_TEST_SUITE(authorization_pkce, TestTenant)

BOOST_AUTO_TEST_CASE(s256_challenge_of_rfc7636_appendix_b_is_accepted) {
  auto v = validate(code_request(post)
                        .set("code_challenge", k_rfc7636_challenge)
                        .set("code_challenge_method", "S256")
                        .params(),
                    post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->code_challenge.value_or("") == k_rfc7636_challenge);
  BOOST_TEST((v->code_challenge_method == oauth::CodeChallengeMethod::S256));
}

BOOST_AUTO_TEST_CASE(code_challenge_method_defaults_to_plain) {
  auto v =
      validate(code_request(post).set("code_challenge", k_rfc7636_verifier).params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST((v->code_challenge_method == oauth::CodeChallengeMethod::plain));
}

BOOST_AUTO_TEST_CASE(request_without_pkce_has_no_challenge) {
  auto v = validate(code_request(post).params(), post, server);
  BOOST_REQUIRE(v);
  BOOST_TEST(!v->code_challenge);
  BOOST_TEST(!v->code_challenge_method);
}

BOOST_AUTO_TEST_CASE(public_client_must_send_a_code_challenge) {
  auto v = validate(code_request(public_client).params(), public_client, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  auto with = validate(code_request(public_client)
                           .set("code_challenge", k_rfc7636_challenge)
                           .set("code_challenge_method", "S256")
                           .params(),
                       public_client, server);
  BOOST_TEST(with.ok());
}

BOOST_AUTO_TEST_CASE(public_client_needs_no_challenge_when_no_code_is_returned) {
  auto v = validate(code_request(public_client).set("response_type", "id_token").params(),
                    public_client, server);
  BOOST_TEST(v.ok(), description_of(v));
}

BOOST_AUTO_TEST_CASE(client_with_require_pkce_must_send_a_code_challenge) {
  post.require_pkce = true;
  auto v = validate(code_request(post).params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(client_with_require_pkce_must_use_s256) {
  post.require_pkce = true;
  auto v =
      validate(code_request(post).set("code_challenge", k_rfc7636_verifier).params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
}

BOOST_AUTO_TEST_CASE(unknown_code_challenge_method_is_invalid_request) {
  for (const char* method : {"s256", "SHA256", "S512"}) {
    auto v = validate(code_request(post)
                          .set("code_challenge", k_rfc7636_challenge)
                          .set("code_challenge_method", method)
                          .params(),
                      post, server);
    BOOST_TEST(error_of(v) == "invalid_request", method);
  }
}

BOOST_AUTO_TEST_CASE(method_not_offered_by_the_server_is_invalid_request) {
  server.code_challenge_methods_supported = {"S256"};
  auto v =
      validate(code_request(post).set("code_challenge", k_rfc7636_verifier).params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  auto s256 = validate(code_request(post)
                           .set("code_challenge", k_rfc7636_challenge)
                           .set("code_challenge_method", "S256")
                           .params(),
                       post, server);
  BOOST_TEST(s256.ok());
}

BOOST_AUTO_TEST_CASE(malformed_code_challenge_is_invalid_request) {
  const std::string too_short(42, 'a');
  const std::string too_long(129, 'a');
  for (const std::string& challenge :
       {too_short, too_long, std::string(43, 'a') + "+", std::string(43, 'a') + "="}) {
    auto v = validate(code_request(post).set("code_challenge", challenge).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", challenge);
  }
  // An S256 challenge is always 43 base64url characters; "~" or a 44th character cannot match.
  for (const std::string& challenge :
       {std::string(k_rfc7636_challenge) + "A", std::string(42, 'a') + "~"}) {
    auto v = validate(code_request(post)
                          .set("code_challenge", challenge)
                          .set("code_challenge_method", "S256")
                          .params(),
                      post, server);
    BOOST_TEST(error_of(v) == "invalid_request", challenge);
  }
}

BOOST_AUTO_TEST_CASE(code_challenge_method_without_challenge_is_invalid_request) {
  auto v = validate(code_request(post).set("code_challenge_method", "S256").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
}

BOOST_AUTO_TEST_CASE(rfc7636_appendix_b_verifier_matches_its_challenge) {
  using oauth::CodeChallengeMethod;
  BOOST_TEST(oauth::verify_code_verifier(k_rfc7636_verifier, k_rfc7636_challenge,
                                         CodeChallengeMethod::S256));
  BOOST_TEST(oauth::verify_code_verifier(k_rfc7636_verifier, k_rfc7636_verifier,
                                         CodeChallengeMethod::plain));
  BOOST_TEST(!oauth::verify_code_verifier(k_rfc7636_verifier, k_rfc7636_verifier,
                                          CodeChallengeMethod::S256));
  BOOST_TEST(!oauth::verify_code_verifier(k_rfc7636_challenge, k_rfc7636_challenge,
                                          CodeChallengeMethod::S256));
}

BOOST_AUTO_TEST_CASE(code_verifier_is_43_to_128_unreserved_characters) {
  BOOST_TEST(oauth::is_valid_code_verifier(std::string(43, '~')));
  BOOST_TEST(oauth::is_valid_code_verifier(std::string(128, 'Z')));
  BOOST_TEST(!oauth::is_valid_code_verifier(std::string(42, 'a')));
  BOOST_TEST(!oauth::is_valid_code_verifier(std::string(129, 'a')));
  BOOST_TEST(!oauth::is_valid_code_verifier(std::string(43, 'a') + "/"));
  BOOST_TEST(!oauth::verify_code_verifier(std::string(42, 'a'), std::string(42, 'a'),
                                          oauth::CodeChallengeMethod::plain));
}

BOOST_AUTO_TEST_SUITE_END()
