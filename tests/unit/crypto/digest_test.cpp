#include "crypto/digest.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::hex;

BOOST_AUTO_TEST_SUITE(crypto_digest)

BOOST_AUTO_TEST_CASE(sha2_of_abc_matches_fips_180_examples) {
  BOOST_TEST(sha256("abc") ==
             hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  BOOST_TEST(sha384("abc") == hex("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163"
                                  "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"));
  BOOST_TEST(sha512("abc") ==
             hex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                 "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
  BOOST_TEST(digest_size(HashAlg::sha1) == digest(HashAlg::sha1, "").size());
}

BOOST_AUTO_TEST_CASE(hmac_matches_rfc4231_test_case_2) {
  const std::string key = "Jefe", data = "what do ya want for nothing?";
  BOOST_TEST(hmac(HashAlg::sha256, key, data) ==
             hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
  BOOST_TEST(hmac(HashAlg::sha384, key, data) ==
             hex("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e"
                 "8e2240ca5e69e2c78b3239ecfab21649"));
  BOOST_TEST(hmac(HashAlg::sha512, key, data) ==
             hex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                 "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"));
}

BOOST_AUTO_TEST_CASE(hmac_accepts_keys_longer_than_botans_limit) {
  // RFC 2104 §2: a key longer than the block size is replaced by its hash.
  const std::string long_key(5000, 'k');
  BOOST_TEST(hmac(HashAlg::sha256, long_key, "x") == hmac(HashAlg::sha256, sha256(long_key), "x"));
}

BOOST_AUTO_TEST_CASE(constant_time_equals_compares_content_and_length) {
  BOOST_TEST(constant_time_equals("secret", "secret"));
  BOOST_TEST(!constant_time_equals("secret", "secreT"));
  BOOST_TEST(!constant_time_equals("secret", "secret2"));
  BOOST_TEST(constant_time_equals("", ""));
  BOOST_TEST(constant_time_equals(std::string("a\0b", 3), std::string("a\0b", 3)));
  BOOST_TEST(!constant_time_equals(std::string("a\0b", 3), std::string("a\0c", 3)));
}

BOOST_AUTO_TEST_SUITE_END()
