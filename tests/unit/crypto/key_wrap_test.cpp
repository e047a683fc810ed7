#include "crypto/key_wrap.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto/key_generation.hpp"
#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::b64u;
using idp::test::cookbook;
using idp::test::hex;
using idp::test::key_material;

BOOST_AUTO_TEST_SUITE(crypto_key_wrap)

BOOST_AUTO_TEST_CASE(aes_key_wrap_matches_rfc3394_sections_4_1_and_4_6) {
  auto kek128 = hex("000102030405060708090A0B0C0D0E0F");
  auto key128 = hex("00112233445566778899AABBCCDDEEFF");
  auto wrapped128 = hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
  BOOST_TEST(*aes_key_wrap(kek128, key128) == wrapped128);
  BOOST_TEST(*aes_key_unwrap(kek128, wrapped128) == key128);

  auto kek256 = hex("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
  auto key256 = hex("00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F");
  auto wrapped256 =
      hex("28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21");
  BOOST_TEST(*aes_key_wrap(kek256, key256) == wrapped256);
  BOOST_TEST(*aes_key_unwrap(kek256, wrapped256) == key256);
}

BOOST_AUTO_TEST_CASE(aes_key_unwrap_detects_tampering_and_bad_sizes) {
  auto kek = hex("000102030405060708090A0B0C0D0E0F");
  auto wrapped = hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
  wrapped[5] = static_cast<char>(wrapped[5] ^ 0x10);
  BOOST_TEST(!aes_key_unwrap(kek, wrapped).ok());
  BOOST_TEST(!aes_key_unwrap(kek, wrapped.substr(0, 16)).ok());
  BOOST_TEST(!aes_key_unwrap(kek, wrapped + "x").ok());
  BOOST_TEST(!aes_key_unwrap(std::string(20, 'k'), wrapped).ok());
  BOOST_TEST(!aes_key_wrap(kek, std::string(15, 'k')).ok());
}

BOOST_AUTO_TEST_CASE(rfc7520_section_5_8_key_is_wrapped_exactly) {
  auto doc = cookbook("jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json");
  auto kek = b64u(doc["input"]["key"]["k"].GetString());
  auto cek = b64u(doc["generated"]["cek"].GetString());
  auto wrapped = b64u(doc["encrypting_key"]["encrypted_key"].GetString());
  BOOST_TEST(*aes_key_wrap(kek, cek) == wrapped);
  BOOST_TEST(*aes_key_unwrap(kek, wrapped) == cek);
}

BOOST_AUTO_TEST_CASE(rfc7520_section_5_2_rsa_oaep_key_decrypts) {
  auto doc = cookbook("jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json");
  auto key = std::get<RsaKey>(key_material(doc["input"]["key"]));
  auto cek = b64u(doc["generated"]["cek"].GetString());
  auto encrypted = b64u(doc["encrypting_key"]["encrypted_key"].GetString());
  BOOST_TEST(*rsa_oaep_decrypt(key, HashAlg::sha1, encrypted) == cek);
  BOOST_TEST(!rsa_oaep_decrypt(key, HashAlg::sha256, encrypted).ok());
  encrypted[10] = static_cast<char>(encrypted[10] ^ 1);
  BOOST_TEST(!rsa_oaep_decrypt(key, HashAlg::sha1, encrypted).ok());
}

BOOST_AUTO_TEST_CASE(rsa_oaep_round_trips_with_both_hashes) {
  auto key = generate_rsa_key(2048);
  for (auto hash : {HashAlg::sha1, HashAlg::sha256}) {
    auto ct = rsa_oaep_encrypt(std::get<RsaKey>(public_part(key)), hash, "content key 1234");
    BOOST_REQUIRE(ct.ok());
    BOOST_TEST(ct->size() == 256u);
    BOOST_TEST(*rsa_oaep_decrypt(key, hash, *ct) == "content key 1234");
  }
  BOOST_TEST(
      !rsa_oaep_decrypt(std::get<RsaKey>(public_part(key)), HashAlg::sha1, std::string(256, 'x'))
           .ok());
}

BOOST_AUTO_TEST_CASE(rfc7520_section_5_1_rsa1_5_key_decrypts_and_failures_look_random) {
  auto doc = cookbook("jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json");
  auto key = std::get<RsaKey>(key_material(doc["input"]["key"]));
  auto cek = b64u(doc["generated"]["cek"].GetString());
  auto encrypted = b64u(doc["encrypting_key"]["encrypted_key"].GetString());
  BOOST_TEST(*rsa_pkcs1v15_decrypt_or_random(key, encrypted, 32) == cek);
  // Wrong length expected, or a corrupted block: random bytes of the expected size, no error.
  auto other = rsa_pkcs1v15_decrypt_or_random(key, encrypted, 16);
  BOOST_REQUIRE(other.ok());
  BOOST_TEST(other->size() == 16u);
  encrypted[0] = static_cast<char>(encrypted[0] ^ 0x40);
  auto garbled = rsa_pkcs1v15_decrypt_or_random(key, encrypted, 32);
  BOOST_REQUIRE(garbled.ok());
  BOOST_TEST(garbled->size() == 32u);
  BOOST_TEST(*garbled != cek);
  BOOST_TEST(rsa_pkcs1v15_decrypt_or_random(key, "short", 32)->size() == 32u);
}

BOOST_AUTO_TEST_SUITE_END()
