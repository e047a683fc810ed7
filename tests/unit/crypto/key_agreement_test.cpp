#include "crypto/key_agreement.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto/key_generation.hpp"
#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::b64u;
using idp::test::cookbook;
using idp::test::key_material;

namespace {

EcKey ec(const char* x, const char* y, const char* d) {
  return EcKey{Curve::p256, b64u(x), b64u(y), d ? b64u(d) : std::string()};
}

std::string u32(std::size_t v) {
  return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                     static_cast<char>(v >> 8), static_cast<char>(v)};
}

// RFC 7518 §4.6.2 OtherInfo.
std::string other_info(const std::string& alg, const std::string& apu, const std::string& apv,
                       std::size_t bits) {
  return u32(alg.size()) + alg + u32(apu.size()) + apu + u32(apv.size()) + apv + u32(bits);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crypto_key_agreement)

BOOST_AUTO_TEST_CASE(rfc7518_appendix_c_derives_the_published_key) {
  EcKey alice = ec("gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0",
                   "SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps",
                   "0_NxaRPUMQoAJt50Gz8YiTr8gRTwyEaCumd-MToTmIo");
  EcKey bob = ec("weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ",
                 "e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOyck",
                 "VEmDZpDXXK8p8N0Cndsxs924q6nS1RXFASRl6BfUqdw");
  auto z_alice = ecdh_shared_secret(alice, EcKey{bob.curve, bob.x, bob.y, {}});
  auto z_bob = ecdh_shared_secret(bob, EcKey{alice.curve, alice.x, alice.y, {}});
  BOOST_REQUIRE(z_alice.ok() && z_bob.ok());
  BOOST_TEST(*z_alice == *z_bob);
  BOOST_TEST(z_alice->size() == 32u);
  auto derived =
      concat_kdf(HashAlg::sha256, *z_alice, other_info("A128GCM", "Alice", "Bob", 128), 16);
  BOOST_TEST(derived == b64u("VqqN6vgjbSBcIijNcacQGg"));
}

BOOST_AUTO_TEST_CASE(rfc7520_section_5_5_ephemeral_key_derives_the_cek) {
  auto doc = cookbook("jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json");
  auto recipient = std::get<EcKey>(key_material(doc["input"]["key"]));
  auto epk = std::get<EcKey>(key_material(doc["encrypting_key"]["epk"]));
  auto z = ecdh_shared_secret(epk, EcKey{recipient.curve, recipient.x, recipient.y, {}});
  BOOST_REQUIRE(z.ok());
  BOOST_TEST(concat_kdf(HashAlg::sha256, *z, other_info("A128CBC-HS256", "", "", 256), 32) ==
             b64u(doc["encrypting_key"]["cek"].GetString()));
}

BOOST_AUTO_TEST_CASE(a_peer_point_off_the_curve_is_refused) {
  auto own = generate_ec_key(Curve::p256);
  auto peer = generate_ec_key(Curve::p256);
  peer.d.clear();
  peer.y.back() = static_cast<char>(peer.y.back() ^ 1);
  auto z = ecdh_shared_secret(own, peer);
  BOOST_REQUIRE(!z.ok());
  BOOST_TEST(z.error().find("not on the curve") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_peer_on_another_curve_or_no_private_key_is_refused) {
  auto own = generate_ec_key(Curve::p256);
  auto peer384 = generate_ec_key(Curve::p384);
  BOOST_TEST(!ecdh_shared_secret(own, peer384).ok());
  auto public_own = EcKey{own.curve, own.x, own.y, {}};
  BOOST_TEST(!ecdh_shared_secret(public_own, own).ok());
}

BOOST_AUTO_TEST_CASE(concat_kdf_output_extends_over_several_hash_blocks) {
  auto a = concat_kdf(HashAlg::sha256, "z", "info", 64);
  BOOST_TEST(a.size() == 64u);
  BOOST_TEST(a.substr(0, 32) == concat_kdf(HashAlg::sha256, "z", "info", 32));
  BOOST_TEST(a.substr(0, 32) != a.substr(32));
}

BOOST_AUTO_TEST_SUITE_END()
