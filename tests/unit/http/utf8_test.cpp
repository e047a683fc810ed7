#include "http/utf8.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using idp::http::first_invalid_utf8;
using idp::http::is_valid_utf8;

BOOST_AUTO_TEST_SUITE(http_utf8)

// Markus Kuhn's UTF-8 decoder stress test, sections 2-5 (boundaries, malformed, overlong,
// surrogates).
BOOST_AUTO_TEST_CASE(boundary_characters_are_valid) {
  for (const char* ok : {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
                         "\xEE\x80\x80", "\xEF\xBF\xBD", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"})
    BOOST_TEST(is_valid_utf8(ok));
  BOOST_TEST(is_valid_utf8(std::string("a\0b", 3)));  // NUL is UTF-8; callers refuse it apart
}

BOOST_AUTO_TEST_CASE(malformed_sequences_are_invalid) {
  for (const char* bad :
       {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xED\xA0\x80",
        "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFE", "\xFF", "\xC2", "\xE1\x80",
        "\xF1\x80\x80", "\xC2\x41"})
    BOOST_TEST(!is_valid_utf8(bad));
  BOOST_TEST(*first_invalid_utf8("ab\xC3(") == 2u);
  BOOST_TEST(!first_invalid_utf8("plain").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
