#include "base/pem.hpp"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(pem)

BOOST_AUTO_TEST_CASE(decodes_the_block_with_the_label) {
  std::string pem = "junk\n-----BEGIN CERTIFICATE-----\nAAEC\nAwQ=\n-----END CERTIFICATE-----\n";
  auto der = idp::pem_to_der(pem);
  BOOST_REQUIRE(der.has_value());
  BOOST_TEST(*der == std::string("\x00\x01\x02\x03\x04", 5));
}

BOOST_AUTO_TEST_CASE(refuses_missing_markers_and_bad_base64) {
  BOOST_TEST(!idp::pem_to_der("").has_value());
  BOOST_TEST(!idp::pem_to_der("-----BEGIN CERTIFICATE-----\nAAEC").has_value());
  BOOST_TEST(
      !idp::pem_to_der("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----").has_value());
  BOOST_TEST(!idp::pem_to_der("-----BEGIN KEY-----\nAAEC\n-----END KEY-----").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
