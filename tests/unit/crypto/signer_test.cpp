#include "crypto/signer.hpp"

#include <boost/test/unit_test.hpp>
#include <thread>
#include <vector>

#include "crypto/key_generation.hpp"
#include "crypto_test_util.hpp"

using namespace idp::crypto;
using idp::test::b64u;
using idp::test::cookbook;
using idp::test::key_material;

namespace {

constexpr Backend k_backends[] = {Backend::botan, Backend::openssl};

const char* name(Backend b) {
  return b == Backend::botan ? "botan" : "openssl";
}

struct Vector {
  KeyMaterial key;
  SignatureAlg alg;
  std::string input, sig;
};

Vector vector(const std::string& file) {
  auto doc = cookbook(file);
  return Vector{key_material(doc["input"]["key"]),
                *signature_alg_from_string(doc["input"]["alg"].GetString()),
                doc["signing"]["sig-input"].GetString(), b64u(doc["signing"]["sig"].GetString())};
}

const RsaKey& rsa_key() {
  static const RsaKey key = generate_rsa_key(2048);
  return key;
}

KeyMaterial key_for(SignatureAlg alg) {
  switch (family_of(alg)) {
    case SignatureFamily::ecdsa:
      return generate_ec_key(curve_of(alg));
    case SignatureFamily::eddsa:
      return generate_ed25519_key();
    case SignatureFamily::hmac:
      return generate_symmetric_key(64);
    default:
      return rsa_key();
  }
}

std::string sign(const KeyMaterial& key, SignatureAlg alg, Backend backend, std::string_view data) {
  auto signer = make_signer(key, alg, backend);
  BOOST_REQUIRE_MESSAGE(signer.ok(), (signer.ok() ? std::string() : signer.error()));
  auto sig = (*signer)->sign(data);
  BOOST_REQUIRE(sig.ok());
  return *sig;
}

bool verify(const KeyMaterial& key, SignatureAlg alg, Backend backend, std::string_view data,
            std::string_view sig) {
  auto verifier = make_verifier(public_part(key), alg, backend);
  BOOST_REQUIRE_MESSAGE(verifier.ok(), (verifier.ok() ? std::string() : verifier.error()));
  return (*verifier)->verify(data, sig);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crypto_signer)

BOOST_AUTO_TEST_CASE(alg_names_round_trip_and_none_is_not_an_alg) {
  for (auto alg : {SignatureAlg::rs256, SignatureAlg::ps512, SignatureAlg::es384,
                   SignatureAlg::eddsa, SignatureAlg::hs512})
    BOOST_TEST((signature_alg_from_string(to_string(alg)) == alg));
  BOOST_TEST(!signature_alg_from_string("none"));
  BOOST_TEST(!signature_alg_from_string("rs256"));
  BOOST_TEST(!signature_alg_from_string("ES256K"));
}

BOOST_AUTO_TEST_CASE(rfc7520_rs256_signature_is_reproduced_by_both_backends) {
  auto v = vector("jws/4_1.rsa_v15_signature.json");
  for (auto backend : k_backends) {
    BOOST_TEST_CONTEXT(name(backend)) {
      BOOST_TEST(sign(v.key, v.alg, backend, v.input) == v.sig);
      BOOST_TEST(verify(v.key, v.alg, backend, v.input, v.sig));
    }
  }
}

BOOST_AUTO_TEST_CASE(rfc7520_ps384_and_es512_signatures_verify_with_both_backends) {
  for (const char* file : {"jws/4_2.rsa-pss_signature.json", "jws/4_3.ecdsa_signature.json"}) {
    auto v = vector(file);
    for (auto backend : k_backends) {
      BOOST_TEST_CONTEXT(file << " " << name(backend)) {
        BOOST_TEST(verify(v.key, v.alg, backend, v.input, v.sig));
        BOOST_TEST(!verify(v.key, v.alg, backend, v.input + "x", v.sig));
        // Randomised signatures: our own must verify, not match.
        auto own = sign(v.key, v.alg, backend, v.input);
        BOOST_TEST(own.size() == v.sig.size());
        BOOST_TEST(verify(v.key, v.alg, backend, v.input, own));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(rfc7520_hs256_and_rfc8037_ed25519_signatures_are_reproduced) {
  for (const char* file : {"jws/4_4.hmac-sha2_integrity_protection.json", "curve25519/jws.json"}) {
    auto v = vector(file);
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(sign(v.key, v.alg, Backend::botan, v.input) == v.sig);
      BOOST_TEST(sign(v.key, v.alg, Backend::openssl, v.input) == v.sig);  // falls back to Botan
      BOOST_TEST(verify(v.key, v.alg, Backend::botan, v.input, v.sig));
    }
  }
}

BOOST_AUTO_TEST_CASE(each_backend_verifies_the_other_backends_signatures) {
  const std::string data = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9";
  for (auto alg : {SignatureAlg::rs256, SignatureAlg::rs384, SignatureAlg::rs512,
                   SignatureAlg::ps256, SignatureAlg::ps384, SignatureAlg::ps512,
                   SignatureAlg::es256, SignatureAlg::es384, SignatureAlg::es512}) {
    BOOST_TEST_CONTEXT(to_string(alg)) {
      auto key = key_for(alg);
      auto by_botan = sign(key, alg, Backend::botan, data);
      auto by_openssl = sign(key, alg, Backend::openssl, data);
      BOOST_TEST(by_botan.size() == signature_size(key, alg));
      BOOST_TEST(by_openssl.size() == signature_size(key, alg));
      for (auto verifier : k_backends) {
        BOOST_TEST(verify(key, alg, verifier, data, by_botan));
        BOOST_TEST(verify(key, alg, verifier, data, by_openssl));
        BOOST_TEST(!verify(key, alg, verifier, data + ".", by_openssl));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(signatures_of_the_wrong_length_are_refused) {
  for (auto alg : {SignatureAlg::rs256, SignatureAlg::es256, SignatureAlg::es512,
                   SignatureAlg::eddsa, SignatureAlg::hs256}) {
    auto key = key_for(alg);
    auto sig = sign(key, alg, Backend::openssl, "data");
    for (auto backend : k_backends) {
      BOOST_TEST_CONTEXT(to_string(alg) << " " << name(backend)) {
        BOOST_TEST(verify(key, alg, backend, "data", sig));
        BOOST_TEST(!verify(key, alg, backend, "data", std::string(1, '\0') + sig));
        BOOST_TEST(!verify(key, alg, backend, "data", sig.substr(1)));
        BOOST_TEST(!verify(key, alg, backend, "data", ""));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ecdsa_signature_in_der_form_is_refused) {
  auto key = key_for(SignatureAlg::es256);
  auto raw = sign(key, SignatureAlg::es256, Backend::botan, "data");
  // DER SEQUENCE { INTEGER r, INTEGER s } with positive-sign padding: never 64 bytes long.
  auto integer = [](std::string v) {
    if (static_cast<unsigned char>(v[0]) & 0x80) v.insert(v.begin(), '\0');
    return std::string{0x02, static_cast<char>(v.size())} + v;
  };
  std::string body = integer(raw.substr(0, 32)) + integer(raw.substr(32));
  std::string der = std::string{0x30, static_cast<char>(body.size())} + body;
  for (auto backend : k_backends)
    BOOST_TEST(!verify(key, SignatureAlg::es256, backend, "data", der));
}

BOOST_AUTO_TEST_CASE(keys_that_do_not_fit_the_alg_are_refused) {
  auto small_rsa = generate_rsa_key(1024);
  BOOST_TEST(key_fits(small_rsa, SignatureAlg::rs256).error().find("2048") != std::string::npos);
  BOOST_TEST(!make_signer(small_rsa, SignatureAlg::ps256).ok());
  BOOST_TEST(!make_verifier(generate_ec_key(Curve::p384), SignatureAlg::es256).ok());
  BOOST_TEST(key_fits(generate_ec_key(Curve::p384), SignatureAlg::es256).error() ==
             "ES256 needs an EC key on curve P-256");
  BOOST_TEST(!key_fits(SymmetricKey{std::string(31, 'k')}, SignatureAlg::hs256).ok());
  BOOST_TEST(key_fits(SymmetricKey{std::string(32, 'k')}, SignatureAlg::hs256).ok());
  BOOST_TEST(!key_fits(SymmetricKey{std::string(32, 'k')}, SignatureAlg::hs384).ok());
  BOOST_TEST(!key_fits(rsa_key(), SignatureAlg::hs256).ok());
  BOOST_TEST(!key_fits(SymmetricKey{std::string(64, 'k')}, SignatureAlg::rs256).ok());
  BOOST_TEST(!key_fits(generate_ec_key(Curve::p256), SignatureAlg::eddsa).ok());
}

BOOST_AUTO_TEST_CASE(signing_needs_the_private_key) {
  for (auto backend : k_backends) {
    auto signer = make_signer(public_part(rsa_key()), SignatureAlg::rs256, backend);
    BOOST_REQUIRE(!signer.ok());
    BOOST_TEST(signer.error() == "RS256 signing needs a private key");
  }
  BOOST_TEST(!make_signer(public_part(generate_ed25519_key()), SignatureAlg::eddsa).ok());
}

BOOST_AUTO_TEST_CASE(one_signer_serves_many_threads) {
  for (auto backend : k_backends) {
    for (auto alg : {SignatureAlg::es256, SignatureAlg::rs256}) {
      auto key = key_for(alg);
      auto signer = make_signer(key, alg, backend);
      auto verifier = make_verifier(key, alg, backend);
      BOOST_REQUIRE(signer.ok() && verifier.ok());
      std::vector<std::thread> threads;
      std::vector<int> good(4, 0);
      for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
          for (int i = 0; i < 25; ++i) {
            std::string data = "thread " + std::to_string(t) + " message " + std::to_string(i);
            auto sig = (*signer)->sign(data);
            if (sig && (*verifier)->verify(data, *sig)) ++good[t];
          }
        });
      for (auto& th : threads) th.join();
      for (int g : good) BOOST_TEST(g == 25);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
