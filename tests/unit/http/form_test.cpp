#include "http/form.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using idp::http::FormLimits;
using idp::http::Params;
using idp::http::parse_form;
using idp::http::parse_oauth_params;
using idp::http::percent_decode;
using idp::http::PlusDecoding;

namespace {
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(http_form)

BOOST_AUTO_TEST_CASE(percent_escapes_decode_in_either_case) {
  BOOST_TEST(*percent_decode("a%2Fb%2fc") == "a/b/c");
  BOOST_TEST(*percent_decode("%E3%81%82") == "\xE3\x81\x82");  // U+3042
  BOOST_TEST(*percent_decode("") == "");
}

BOOST_AUTO_TEST_CASE(bad_percent_encoding_is_refused) {
  for (const char* bad : {"%", "%4", "%zz", "a%4g", "abc%", "%%41"}) {
    auto r = percent_decode(bad);
    BOOST_TEST_INFO(bad);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(contains(r.error(), "not followed by two hex digits"));
  }
  auto r = percent_decode("ab%4");
  BOOST_TEST(contains(r.error(), "at byte 2"));
}

BOOST_AUTO_TEST_CASE(nul_bytes_are_refused_encoded_or_raw) {
  BOOST_TEST(contains(percent_decode("%00").error(), "NUL"));
  BOOST_TEST(contains(percent_decode(std::string("a\0b", 3)).error(), "NUL"));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_after_decoding_is_refused) {
  for (const char* bad : {"%C0%AF",                 // overlong '/'
                          "%ED%A0%80",              // UTF-16 surrogate U+D800
                          "%F4%90%80%80",           // above U+10FFFF
                          "%FF", "%E3%81", "%80"})  // invalid byte, truncated, lone continuation
  {
    BOOST_TEST_INFO(bad);
    auto r = percent_decode(bad);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(contains(r.error(), "not valid UTF-8"));
  }
  BOOST_TEST(!percent_decode("\xC3").ok());         // raw bytes are checked too
  BOOST_TEST(percent_decode("%F0%9F%98%80").ok());  // U+1F600
}

BOOST_AUTO_TEST_CASE(plus_is_a_space_in_forms_and_literal_in_paths) {
  BOOST_TEST(*percent_decode("openid+profile") == "openid profile");
  BOOST_TEST(*percent_decode("a%2Bb") == "a+b");
  BOOST_TEST(*percent_decode("a+b", PlusDecoding::literal) == "a+b");
  auto p = parse_form("scope=openid+email&x=1%2B1");
  BOOST_REQUIRE(p.ok());
  BOOST_TEST(*p->get("scope") == "openid email");
  BOOST_TEST(*p->get("x") == "1+1");
}

BOOST_AUTO_TEST_CASE(form_keeps_order_repeats_and_empty_values) {
  auto p = parse_form("a=1&b=&c&a=2&&");
  BOOST_REQUIRE(p.ok());
  BOOST_TEST(p->size() == 4u);
  BOOST_TEST(*p->get("a") == "1");
  BOOST_TEST(p->get_all("a").size() == 2u);
  BOOST_TEST(p->get_all("a")[1] == "2");
  BOOST_TEST(p->contains("b"));
  BOOST_TEST(*p->get("c") == "");
  BOOST_TEST(!p->get("d").has_value());
  BOOST_TEST(p->items()[1].first == "b");
}

BOOST_AUTO_TEST_CASE(value_may_contain_equals_signs) {
  auto p = parse_form("request=eyJ.a=b.c==");
  BOOST_REQUIRE(p.ok());
  BOOST_TEST(*p->get("request") == "eyJ.a=b.c==");
}

BOOST_AUTO_TEST_CASE(empty_form_has_no_parameters) {
  BOOST_TEST(parse_form("")->empty());
  BOOST_TEST(parse_form("&&&")->empty());
}

BOOST_AUTO_TEST_CASE(empty_parameter_name_is_refused) {
  auto p = parse_form("=x");
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(contains(p.error(), "empty name"));
}

BOOST_AUTO_TEST_CASE(error_names_the_parameter_but_not_its_value) {
  auto p = parse_form("client_id=c&client_secret=s3cr%2");
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(contains(p.error(), "value of parameter \"client_secret\""));
  BOOST_TEST(!contains(p.error(), "s3cr"));
  auto q = parse_form("na%zzme=1");
  BOOST_REQUIRE(!q.ok());
  BOOST_TEST(contains(q.error(), "a parameter name"));
}

BOOST_AUTO_TEST_CASE(repeated_oauth_parameter_is_refused) {
  auto p = parse_oauth_params("response_type=code&scope=openid&scope=email");
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(p.error() == "parameter \"scope\" is repeated");
  BOOST_TEST(parse_form("scope=openid&scope=email").ok());  // plain forms allow it
}

BOOST_AUTO_TEST_CASE(empty_oauth_parameters_are_treated_as_omitted) {
  auto p = parse_oauth_params("client_id=c&state=&nonce&redirect_uri=https%3A%2F%2Frp");
  BOOST_REQUIRE(p.ok());
  BOOST_TEST(p->size() == 2u);
  BOOST_TEST(!p->contains("state"));
  BOOST_TEST(!p->contains("nonce"));
  BOOST_TEST(*p->get("redirect_uri") == "https://rp");
  // An empty duplicate is an omitted parameter, not a repeat.
  auto q = parse_oauth_params("scope=&scope=openid");
  BOOST_REQUIRE(q.ok());
  BOOST_TEST(*q->get("scope") == "openid");
}

BOOST_AUTO_TEST_CASE(parameter_count_and_size_are_limited) {
  std::string many;
  for (int i = 0; i < 257; ++i) {
    many += 'p';
    many += std::to_string(i);
    many += "=1&";
  }
  auto p = parse_form(many);
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(contains(p.error(), "more than 256 parameters"));
  BOOST_TEST(parse_form(many, FormLimits{.max_params = 300}).ok());
  auto big = parse_form(std::string(100, 'a'), FormLimits{.max_params = 10, .max_bytes = 99});
  BOOST_REQUIRE(!big.ok());
  BOOST_TEST(contains(big.error(), "longer than 99 bytes"));
}

BOOST_AUTO_TEST_CASE(form_encoding_round_trips) {
  BOOST_TEST(idp::http::form_encode("a b&c=d/é*-._~") == "a+b%26c%3Dd%2F%C3%A9*-._%7E");
  Params p;
  p.add("redirect_uri", "https://rp.example/cb?x=1&y=2");
  p.add("scope", "openid profile");
  p.add("state", "+/=");
  auto back = parse_form(idp::http::serialize_form(p));
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->items() == p.items());
}

BOOST_AUTO_TEST_SUITE_END()
