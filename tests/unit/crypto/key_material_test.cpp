#include "crypto/key_material.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto/key_generation.hpp"
#include "crypto/signer.hpp"
#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::cookbook_key;

BOOST_AUTO_TEST_SUITE(crypto_key_material)

BOOST_AUTO_TEST_CASE(rfc7520_keys_pass_the_checks) {
  for (const char* file : {"jws/4_1.rsa_v15_signature.json", "jws/4_3.ecdsa_signature.json",
                           "jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_"
                           "with_aes-gcm.json",
                           "jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json",
                           "jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json",
                           "curve25519/jws.json", "jws/4_4.hmac-sha2_integrity_protection.json"}) {
    auto st = check_key(cookbook_key(file));
    BOOST_TEST(st.ok(), file << ": " << (st.ok() ? "" : st.error()));
  }
}

BOOST_AUTO_TEST_CASE(an_ec_point_off_the_curve_is_refused) {
  auto key = std::get<EcKey>(cookbook_key("jws/4_3.ecdsa_signature.json"));
  key.d.clear();
  key.y.back() = static_cast<char>(key.y.back() ^ 1);
  auto st = check_key(key);
  BOOST_REQUIRE(!st.ok());
  BOOST_TEST(st.error() == "x, y: point is not on the curve");
}

BOOST_AUTO_TEST_CASE(ec_coordinates_must_have_the_full_size) {
  auto key = generate_ec_key(Curve::p521);
  BOOST_TEST(key.x.size() == 66u);
  BOOST_TEST(check_key(key).ok());
  auto short_x = key;
  short_x.x.erase(0, 1);
  BOOST_TEST(check_key(short_x).error() == "x: must be 66 bytes");
  auto short_d = key;
  short_d.d.erase(0, 1);
  BOOST_TEST(check_key(short_d).error() == "d: must be 66 bytes");
}

BOOST_AUTO_TEST_CASE(a_private_half_that_does_not_match_is_refused) {
  auto ec = generate_ec_key(Curve::p256);
  ec.d = generate_ec_key(Curve::p256).d;
  BOOST_TEST(check_key(ec).error() == "d: does not match the public point");

  auto ed = generate_ed25519_key();
  ed.d = generate_ed25519_key().d;
  BOOST_TEST(check_key(ed).error() == "d: does not match the public key");

  auto rsa = std::get<RsaKey>(cookbook_key("jws/4_1.rsa_v15_signature.json"));
  auto wrong_q = rsa;
  wrong_q.q = wrong_q.p;
  BOOST_TEST(check_key(wrong_q).error() == "p, q: their product is not n");
  auto wrong_dp = rsa;
  wrong_dp.dp = rsa.dq;
  BOOST_TEST(check_key(wrong_dp).error() == "dp, dq: do not match d");
  auto partial = rsa;
  partial.qi.clear();
  BOOST_TEST(!check_key(partial).ok());
}

BOOST_AUTO_TEST_CASE(rsa_public_values_are_range_checked) {
  auto rsa = std::get<RsaKey>(public_part(cookbook_key("jws/4_1.rsa_v15_signature.json")));
  BOOST_TEST(check_key(rsa).ok());
  auto even_e = rsa;
  even_e.e = std::string(1, '\x02');
  BOOST_TEST(check_key(even_e).error() == "e: not a valid RSA public exponent");
  auto huge_e = rsa;
  huge_e.e = std::string(9, '\x01');
  BOOST_TEST(!check_key(huge_e).ok());
  auto even_n = rsa;
  even_n.n.back() = static_cast<char>(even_n.n.back() & ~1);
  BOOST_TEST(check_key(even_n).error() == "n: not a valid RSA modulus");
}

BOOST_AUTO_TEST_CASE(public_part_drops_every_private_member) {
  auto rsa = std::get<RsaKey>(public_part(generate_rsa_key(2048)));
  BOOST_TEST(!rsa.has_private());
  BOOST_TEST((rsa.p + rsa.q + rsa.dp + rsa.dq + rsa.qi).empty());
  BOOST_TEST(!has_private(public_part(generate_ec_key(Curve::p384))));
  BOOST_TEST(!has_private(public_part(generate_ed25519_key())));
  BOOST_TEST(has_private(public_part(generate_symmetric_key(32))));  // nothing public about it
}

BOOST_AUTO_TEST_CASE(generated_keys_are_complete_and_usable) {
  auto rsa = generate_rsa_key(2048);
  BOOST_TEST(rsa_modulus_bits(rsa) == 2048u);
  BOOST_TEST(check_key(rsa).ok());
  BOOST_TEST(check_key(generate_ec_key(Curve::p256)).ok());
  BOOST_TEST(check_key(generate_ec_key(Curve::p384)).ok());
  auto ed = generate_ed25519_key();
  BOOST_TEST(ed.x.size() == 32u);
  BOOST_TEST(ed.d.size() == 32u);
  BOOST_TEST(check_key(ed).ok());
  BOOST_TEST(generate_symmetric_key(24).k.size() == 24u);
  auto signer = make_signer(rsa, SignatureAlg::ps256);
  BOOST_TEST(signer.ok());
}

BOOST_AUTO_TEST_CASE(curve_names_are_the_jwk_ones) {
  BOOST_TEST(curve_name(Curve::p521) == "P-521");
  BOOST_TEST((curve_from_name("P-384") == Curve::p384));
  BOOST_TEST(!curve_from_name("P-192"));
  BOOST_TEST(!curve_from_name("secp256k1"));
}

BOOST_AUTO_TEST_SUITE_END()
