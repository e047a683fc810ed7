#include "base/strings.hpp"

#include <boost/test/unit_test.hpp>

using idp::split;

BOOST_AUTO_TEST_SUITE(strings)

BOOST_AUTO_TEST_CASE(split_keeps_empty_pieces_and_joins_back) {
  BOOST_TEST(split("a,b", ',') == (std::vector<std::string>{"a", "b"}));
  BOOST_TEST(split("a,,b,", ',') == (std::vector<std::string>{"a", "", "b", ""}));
  BOOST_TEST(split("", ',') == (std::vector<std::string>{""}));
  BOOST_TEST(idp::join(split("openid profile email", ' ')) == "openid profile email");
  BOOST_TEST(idp::contains(split("code token", ' '), "token"));
}

BOOST_AUTO_TEST_SUITE_END()
