#include "http/bearer_token.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace idp::http;

BOOST_AUTO_TEST_SUITE(http_bearer_token)

BOOST_AUTO_TEST_CASE(rfc6750_example_token_is_extracted) {
  // RFC 6750 §2.1
  auto t = parse_bearer_token("Bearer mF_9.B5f-4.1JqM");
  BOOST_REQUIRE(t.ok());
  BOOST_TEST(*t == "mF_9.B5f-4.1JqM");
}

BOOST_AUTO_TEST_CASE(b64token_allows_its_whole_alphabet_and_trailing_equals) {
  BOOST_TEST(*parse_bearer_token("bearer aZ09-._~+/==") == "aZ09-._~+/==");
  BOOST_TEST(*parse_bearer_token("Bearer   abc") == "abc");  // 1*SP
  BOOST_TEST(*parse_dpop_token("DPoP Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU") ==
             "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU");  // RFC 9449 §7.1
}

BOOST_AUTO_TEST_CASE(malformed_bearer_headers_are_refused_without_echoing_the_token) {
  for (const char* h :
       {"", "Bearer", "Bearer ", "Basic abc", "Bearerabc", "Bearer a=b", "Bearer abc def",
        "Bearer =abc", "Bearer ab\"c", "Bearer abc,", "DPoP abc"}) {
    BOOST_TEST_INFO(h);
    auto t = parse_bearer_token(h);
    BOOST_REQUIRE(!t.ok());
    BOOST_TEST(t.error().starts_with("Authorization header is not a valid Bearer token: "));
    BOOST_TEST(t.error().find("abc") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(dpop_scheme_is_not_bearer) {
  BOOST_TEST(!parse_dpop_token("Bearer abc").ok());
  BOOST_TEST(!parse_bearer_token("DPoP abc").ok());
}

BOOST_AUTO_TEST_SUITE_END()
