#include "base/base64.hpp"

#include <boost/test/unit_test.hpp>

namespace b64 = idp::base64;

BOOST_AUTO_TEST_SUITE(base64)

// RFC 4648 §10 test vectors.
BOOST_AUTO_TEST_CASE(rfc4648_vectors) {
  const char* plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  const char* coded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
  for (int i = 0; i < 7; ++i) {
    BOOST_TEST(b64::encode(plain[i]) == coded[i]);
    BOOST_TEST(*b64::decode(coded[i]) == plain[i]);
  }
}

BOOST_AUTO_TEST_CASE(url_alphabet_without_padding) {
  BOOST_TEST(b64::encode_url(std::string("\xfb\xff", 2)) == "-_8");
  BOOST_TEST(*b64::decode_url("-_8") == std::string("\xfb\xff", 2));
  BOOST_TEST(!b64::decode_url("-_8=").has_value());
  BOOST_TEST(!b64::decode_url("+/8").has_value());
}

BOOST_AUTO_TEST_CASE(refuses_non_canonical_input) {
  BOOST_TEST(!b64::decode("Zh==").has_value());  // trailing bits set
  BOOST_TEST(!b64::decode("Zg=").has_value());
  BOOST_TEST(!b64::decode_url("Z").has_value());
  BOOST_TEST(!b64::decode("Zm9v\n").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
