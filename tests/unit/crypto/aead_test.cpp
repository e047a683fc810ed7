#include "crypto/aead.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::b64u;
using idp::test::cookbook;
using idp::test::hex;

namespace {

std::string bytes(std::initializer_list<int> v) {
  std::string s;
  for (int b : v) s += static_cast<char>(b);
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crypto_aead)

BOOST_AUTO_TEST_CASE(a128cbc_hs256_matches_rfc7516_appendix_a2) {
  const std::string key =
      bytes({4,   211, 31,  197, 84,  157, 252, 254, 11,  100, 157, 250, 63,  170, 106, 206,
             107, 124, 212, 45,  111, 107, 9,   219, 200, 177, 0,   240, 143, 156, 44,  207});
  const std::string iv =
      bytes({3, 22, 60, 12, 43, 67, 104, 105, 108, 108, 105, 99, 111, 116, 104, 101});
  const std::string aad = "eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0";
  const std::string ciphertext =
      bytes({40,  57,  83,  181, 119, 33, 133, 148, 198, 185, 243, 24,  152, 230, 6,  75,
             129, 223, 127, 19,  210, 82, 183, 230, 168, 33,  215, 104, 143, 112, 56, 102});
  const std::string tag =
      bytes({246, 17, 244, 190, 4, 95, 98, 3, 231, 0, 115, 157, 242, 203, 100, 191});

  auto sealed = aes_cbc_hmac_encrypt(key, iv, aad, "Live long and prosper.");
  BOOST_REQUIRE(sealed.ok());
  BOOST_TEST(sealed->ciphertext == ciphertext);
  BOOST_TEST(sealed->tag == tag);
  BOOST_TEST(*aes_cbc_hmac_decrypt(key, iv, aad, ciphertext, tag) == "Live long and prosper.");
}

BOOST_AUTO_TEST_CASE(a256cbc_hs512_matches_rfc7518_appendix_b3) {
  std::string key;
  for (int i = 0; i < 64; ++i) key += static_cast<char>(i);
  const std::string iv = hex("1af38c2dc2b96ffdd86694092341bc04");
  const std::string plaintext = hex(
      "41206369706865722073797374656d206d757374206e6f7420626520726571756972656420746f2062652073"
      "65637265742c20616e64206974206d7573742062652061626c6520746f2066616c6c20696e746f207468652068"
      "616e6473206f662074686520656e656d7920776974686f757420696e636f6e76656e69656e6365");
  const std::string aad =
      hex("546865207365636f6e64207072696e6369706c65206f662041756775737465204b6572636b686f666673");
  const std::string ciphertext = hex(
      "4affaaadb78c31c5da4b1b590d10ffbd3dd8d5d302423526912da037ecbcc7bd822c301dd67c373bccb584ad3e92"
      "79c2e6d12a1374b77f077553df829410446b36ebd97066296ae6427ea75c2e0846a11a09ccf5370dc80bfecbad28"
      "c73f09b3a3b75e662a2594410ae496b2e2e6609e31e6e02cc837f053d21f37ff4f51950bbe2638d09dd7a4930930"
      "806d0703b1f6");
  const std::string tag = hex("4dd3b4c088a7f45c216839645b2012bf2e6269a8c56a816dbc1b267761955bc5");

  auto sealed = aes_cbc_hmac_encrypt(key, iv, aad, plaintext);
  BOOST_REQUIRE(sealed.ok());
  BOOST_TEST(sealed->ciphertext == ciphertext);
  BOOST_TEST(sealed->tag == tag);
  BOOST_TEST(*aes_cbc_hmac_decrypt(key, iv, aad, ciphertext, tag) == plaintext);
}

BOOST_AUTO_TEST_CASE(cbc_hmac_refuses_any_change_with_one_message) {
  const std::string key(48, 'k'), iv(16, 'i'), aad = "header";
  auto sealed = aes_cbc_hmac_encrypt(key, iv, aad, "attack at dawn");
  BOOST_REQUIRE(sealed.ok());
  BOOST_TEST(sealed->tag.size() == 24u);
  auto flip = [](std::string s, std::size_t i) {
    s[i] = static_cast<char>(s[i] ^ 1);
    return s;
  };
  for (auto result :
       {aes_cbc_hmac_decrypt(key, iv, aad + "x", sealed->ciphertext, sealed->tag),
        aes_cbc_hmac_decrypt(key, flip(iv, 0), aad, sealed->ciphertext, sealed->tag),
        aes_cbc_hmac_decrypt(key, iv, aad, flip(sealed->ciphertext, 3), sealed->tag),
        aes_cbc_hmac_decrypt(key, iv, aad, sealed->ciphertext, flip(sealed->tag, 23)),
        aes_cbc_hmac_decrypt(key, iv, aad, sealed->ciphertext, sealed->tag.substr(0, 16)),
        aes_cbc_hmac_decrypt(key, iv, aad, "", sealed->tag)}) {
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error() == "decryption failed");
  }
}

BOOST_AUTO_TEST_CASE(aes_gcm_matches_rfc7520_section_5_6) {
  auto doc = cookbook("jwe/5_6.direct_encryption_using_aes-gcm.json");
  const std::string key = b64u(doc["input"]["key"]["k"].GetString());
  const std::string iv = b64u(doc["generated"]["iv"].GetString());
  const std::string aad = doc["encrypting_content"]["protected_b64u"].GetString();
  const std::string ciphertext = b64u(doc["encrypting_content"]["ciphertext"].GetString());
  const std::string tag = b64u(doc["encrypting_content"]["tag"].GetString());
  const std::string plaintext = doc["input"]["plaintext"].GetString();

  auto sealed = aes_gcm_encrypt(key, iv, aad, plaintext);
  BOOST_REQUIRE(sealed.ok());
  BOOST_TEST(sealed->ciphertext == ciphertext);
  BOOST_TEST(sealed->tag == tag);
  BOOST_TEST(*aes_gcm_decrypt(key, iv, aad, ciphertext, tag) == plaintext);
  BOOST_TEST(!aes_gcm_decrypt(key, iv, aad + ".", ciphertext, tag).ok());
  BOOST_TEST(!aes_gcm_decrypt(key, iv, aad, ciphertext, tag.substr(0, 12)).ok());
}

BOOST_AUTO_TEST_CASE(wrong_key_and_iv_sizes_are_refused) {
  BOOST_TEST(!aes_gcm_encrypt(std::string(20, 'k'), std::string(12, 'i'), "", "x").ok());
  BOOST_TEST(!aes_gcm_encrypt(std::string(16, 'k'), std::string(16, 'i'), "", "x").ok());
  BOOST_TEST(!aes_cbc_hmac_encrypt(std::string(16, 'k'), std::string(16, 'i'), "", "x").ok());
  BOOST_TEST(!aes_cbc_hmac_encrypt(std::string(32, 'k'), std::string(12, 'i'), "", "x").ok());
  BOOST_TEST(aes_gcm_encrypt(std::string(24, 'k'), std::string(12, 'i'), "", "").ok());
}

BOOST_AUTO_TEST_SUITE_END()
