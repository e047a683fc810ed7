#include "jose/jws.hpp"

#include <boost/test/unit_test.hpp>

#include "jose_test_util.hpp"

using namespace idp;
using crypto::SignatureAlg;
using jose::Jwk;
using jose::Jwks;

namespace {

constexpr SignatureAlg k_all_algs[] = {
    SignatureAlg::rs256, SignatureAlg::rs384, SignatureAlg::rs512, SignatureAlg::ps256,
    SignatureAlg::ps384, SignatureAlg::ps512, SignatureAlg::es256, SignatureAlg::es384,
    SignatureAlg::es512, SignatureAlg::eddsa, SignatureAlg::hs256, SignatureAlg::hs384,
    SignatureAlg::hs512};

const Jwk& rsa_key() {
  static const Jwk key = test::must(jose::generate_jwk("RS256", "rsa-1"));
  return key;
}

Jwk key_for(SignatureAlg alg, const std::string& kid) {
  auto family = crypto::family_of(alg);
  if (family == crypto::SignatureFamily::rsa_pkcs1 || family == crypto::SignatureFamily::rsa_pss) {
    Jwk k = rsa_key();
    k.set_kid(kid);
    k.set_alg("");
    return k;
  }
  return test::must(jose::generate_jwk(crypto::to_string(alg), kid));
}

std::string verify_error(std::string_view compact, const Jwks& keys,
                         const jose::JwsVerifyOptions& options = {}) {
  auto r = jose::verify_compact(compact, keys, options);
  return r.ok() ? std::string("(verified)") : r.error();
}

Jwks hmac_set() {
  return Jwks({test::cookbook_jwk("jws/4_4.hmac-sha2_integrity_protection.json")});
}

// An HS256 JWS over an arbitrary header, signed with the RFC 7520 §4.4 key.
std::string hs256_with_header(std::string_view header, std::string_view payload = "{}") {
  auto key = std::get<crypto::SymmetricKey>(
      test::cookbook_jwk("jws/4_4.hmac-sha2_integrity_protection.json").key());
  std::string input = test::b64u(header) + "." + test::b64u(payload);
  return input + "." + test::b64u(crypto::hmac(crypto::HashAlg::sha256, key.k, input));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jose_jws)

BOOST_AUTO_TEST_CASE(rfc7520_section_4_1_to_4_4_examples_verify) {
  for (const char* file : {"jws/4_1.rsa_v15_signature.json", "jws/4_2.rsa-pss_signature.json",
                           "jws/4_3.ecdsa_signature.json",
                           "jws/4_4.hmac-sha2_integrity_protection.json", "curve25519/jws.json"}) {
    BOOST_TEST_CONTEXT(file) {
      auto doc = test::cookbook(file);
      auto key = test::jwk_of(doc["input"]["key"]);
      const std::string compact = doc["output"]["compact"].GetString();
      auto by_key = jose::verify_compact(compact, key);
      BOOST_REQUIRE_MESSAGE(by_key.ok(), IDP_ERR(by_key));
      BOOST_TEST(by_key->payload == doc["input"]["payload"].GetString());
      BOOST_TEST(crypto::to_string(by_key->alg) == doc["input"]["alg"].GetString());
      BOOST_TEST(by_key->key == &key);
      Jwks set({rsa_key(), key});
      auto by_set = jose::verify_compact(compact, set);
      BOOST_TEST(by_set.ok(), IDP_ERR(by_set));
      // The public half is enough to verify asymmetric signatures.
      if (key.kty() != jose::KeyType::oct)
        BOOST_TEST(jose::verify_compact(compact, *key.public_only()).ok());
    }
  }
}

BOOST_AUTO_TEST_CASE(deterministic_rfc7520_signatures_are_reproduced) {
  for (const char* file :
       {"jws/4_1.rsa_v15_signature.json", "jws/4_4.hmac-sha2_integrity_protection.json"}) {
    auto doc = test::cookbook(file);
    auto key = test::jwk_of(doc["input"]["key"]);
    auto alg = crypto::signature_alg_from_string(doc["input"]["alg"].GetString());
    auto jws = jose::sign_compact(doc["input"]["payload"].GetString(), key, *alg);
    BOOST_REQUIRE_MESSAGE(jws.ok(), IDP_ERR(jws));
    BOOST_TEST(*jws == doc["output"]["compact"].GetString(), file);
  }
}

BOOST_AUTO_TEST_CASE(every_alg_round_trips_and_is_found_without_a_kid) {
  for (auto alg : k_all_algs) {
    BOOST_TEST_CONTEXT(crypto::to_string(alg)) {
      Jwk key = key_for(alg, "key-1");
      auto signer = jose::JwsSigner::create(key, alg);
      BOOST_REQUIRE_MESSAGE(signer.ok(), IDP_ERR(signer));
      auto jws = signer->sign(R"({"sub":"alice"})", {.typ = "JWT"});
      BOOST_REQUIRE(jws.ok());
      Jwks set({key_for(SignatureAlg::es256, "other"),
                key.kty() == jose::KeyType::oct ? key : *key.public_only()});
      auto verified = jose::verify_compact(*jws, set);
      BOOST_REQUIRE_MESSAGE(verified.ok(), IDP_ERR(verified));
      BOOST_TEST(verified->payload == R"({"sub":"alice"})");
      BOOST_TEST(verified->kid == "key-1");
      BOOST_TEST(verified->typ == "JWT");
      BOOST_TEST(verified->key == &set.keys()[1]);

      auto anonymous = signer->sign("x", {.include_kid = false});
      BOOST_TEST(jose::verify_compact(*anonymous, set).ok());
      BOOST_TEST(!jose::decode_unverified(*anonymous)->header.HasMember("kid"));
    }
  }
}

BOOST_AUTO_TEST_CASE(both_signing_backends_produce_verifiable_jws) {
  for (auto alg :
       {SignatureAlg::rs256, SignatureAlg::ps384, SignatureAlg::es256, SignatureAlg::es512}) {
    Jwk key = key_for(alg, "k");
    for (auto backend : {crypto::Backend::botan, crypto::Backend::openssl}) {
      auto jws = jose::JwsSigner::create(key, alg, backend)->sign("payload");
      BOOST_TEST(jose::verify_compact(*jws, key).ok());
    }
  }
}

BOOST_AUTO_TEST_CASE(alg_none_is_never_accepted) {
  Jwks set = hmac_set();
  const std::string unsecured = test::compact(R"({"alg":"none"})", R"({"sub":"x"})", "");
  BOOST_TEST(verify_error(unsecured, set) ==
             R"(jws.alg: "none" (unsecured JWS) is never accepted)");
  BOOST_TEST(!jose::decode_unverified(unsecured).ok());
  BOOST_TEST(verify_error(test::compact(R"({"alg":"None"})", "{}"), set) ==
             R"(jws.alg: unsupported algorithm "None")");
}

BOOST_AUTO_TEST_CASE(the_header_is_parsed_strictly) {
  Jwks set = hmac_set();
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","alg":"none"})"), set)
                 .find("duplicate member") != std::string::npos);
  BOOST_TEST(verify_error(hs256_with_header(R"({"kid":"x"})"), set) == "jws.alg: missing");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":["HS256"]})"), set) ==
             "jws.alg: must be a string");
  BOOST_TEST(verify_error(hs256_with_header(R"(["HS256"])"), set) ==
             "jws header: JSON document must be an object");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","kid":5})"), set) ==
             "jws.kid: must be a string");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","b64":false,"crit":["b64"]})"),
                          set) == R"(jws.crit: extension "b64" is not understood)");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","b64":false})"), set) ==
             "jws.b64: unencoded payloads (RFC 7797) are not supported");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256"})"), set) == "(verified)");
}

BOOST_AUTO_TEST_CASE(crit_is_refused_unless_understood) {
  Jwks set = hmac_set();
  auto jws = hs256_with_header(R"({"alg":"HS256","crit":["exp"],"exp":1})");
  BOOST_TEST(verify_error(jws, set) == R"(jws.crit: extension "exp" is not understood)");
  BOOST_TEST(verify_error(jws, set, {.understood_crit = {"exp"}}) == "(verified)");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","crit":["exp"]})"), set,
                          {.understood_crit = {"exp"}}) ==
             R"(jws.crit: "exp" is not in the header)");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","crit":["alg"]})"), set) ==
             R"(jws.crit: must not list the registered parameter "alg")");
  BOOST_TEST(verify_error(hs256_with_header(R"({"alg":"HS256","crit":[]})"), set) ==
             "jws.crit: must be a non-empty array of strings");
}

BOOST_AUTO_TEST_CASE(malformed_compact_serialisations_are_refused) {
  Jwks set = hmac_set();
  auto good = hs256_with_header(R"({"alg":"HS256"})");
  BOOST_TEST(verify_error("", set) ==
             "jws: compact serialization must have 3 parts separated by '.'");
  BOOST_TEST(verify_error("a.b", set).find("3 parts") != std::string::npos);
  BOOST_TEST(verify_error(good + ".x", set).find("3 parts") != std::string::npos);
  BOOST_TEST(verify_error(good + "=", set) == "jws signature: not valid base64url");
  BOOST_TEST(verify_error("e30=" + good.substr(good.find('.')), set) ==
             "jws header: not valid base64url");
  auto dot = good.find('.');
  BOOST_TEST(verify_error(good.substr(0, dot) + ".a*b" + good.substr(good.rfind('.')), set) ==
             "jws payload: not valid base64url");
  BOOST_TEST(verify_error(std::string(2u << 20, 'a'), set).find("longer than") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(signatures_are_checked_strictly) {
  Jwk ec = key_for(SignatureAlg::es256, "ec");
  auto jws = *jose::sign_compact("payload", ec, SignatureAlg::es256);
  Jwks set({*ec.public_only()});
  BOOST_TEST(verify_error(jws, set) == "(verified)");
  auto sig = *base64::decode_url(jws.substr(jws.rfind('.') + 1));
  auto head = jws.substr(0, jws.rfind('.') + 1);
  BOOST_TEST(verify_error(head + test::b64u(sig + std::string(1, '\0')), set) ==
             "jws: signature verification failed");
  BOOST_TEST(verify_error(head + test::b64u(sig.substr(0, 63)), set) ==
             "jws: signature verification failed");
  auto tampered = jws;
  tampered[jws.find('.') + 2] ^= 1;
  BOOST_TEST(verify_error(tampered, set) != "(verified)");
}

BOOST_AUTO_TEST_CASE(the_alg_must_fit_the_key) {
  // Classic confusion: an HS256 token keyed with the RSA public key's bytes.
  Jwk rsa_public = *rsa_key().public_only();
  const auto& n = std::get<crypto::RsaKey>(rsa_public.key()).n;
  std::string input = test::b64u(R"({"alg":"HS256","kid":"rsa-1"})") + "." + test::b64u("{}");
  auto forged = input + "." + test::b64u(crypto::hmac(crypto::HashAlg::sha256, n, input));
  BOOST_TEST(verify_error(forged, Jwks({rsa_public})) ==
             "jws: no key can verify HS256 (HS256 needs a symmetric key)");

  Jwk p384 = key_for(SignatureAlg::es384, "ec");
  auto es384 = *jose::sign_compact("x", p384, SignatureAlg::es384);
  Jwk p256 = key_for(SignatureAlg::es256, "ec");
  BOOST_TEST(verify_error(es384, Jwks({*p256.public_only()})) ==
             "jws: no key can verify ES384 (ES384 needs an EC key on curve P-384)");
}

BOOST_AUTO_TEST_CASE(key_alg_use_and_key_ops_are_honoured) {
  Jwk key = key_for(SignatureAlg::es256, "k");
  auto jws = *jose::sign_compact("x", key, SignatureAlg::es256);
  Jwk pub = *key.public_only();
  pub.set_use("enc");
  BOOST_TEST(verify_error(jws, Jwks({pub})).find("restricted") != std::string::npos);
  pub.set_use("sig");
  pub.set_alg("ES384");
  BOOST_TEST(verify_error(jws, Jwks({pub})).find("restricted") != std::string::npos);
  pub.set_alg("ES256");
  pub.set_key_ops({"sign"});
  BOOST_TEST(verify_error(jws, Jwks({pub})).find("restricted") != std::string::npos);
  pub.set_key_ops({"verify"});
  BOOST_TEST(verify_error(jws, Jwks({pub})) == "(verified)");

  key.set_use("enc");
  BOOST_TEST(!jose::JwsSigner::create(key, SignatureAlg::es256).ok());
}

BOOST_AUTO_TEST_CASE(a_kid_selects_the_key) {
  Jwk a = key_for(SignatureAlg::es256, "a");
  Jwk b = key_for(SignatureAlg::es256, "b");
  auto jws = *jose::sign_compact("x", a, SignatureAlg::es256);
  BOOST_TEST(verify_error(jws, Jwks({*b.public_only()})) == R"(jws: no key with kid "a")");
  Jwk b_named_a = *b.public_only();
  b_named_a.set_kid("a");
  BOOST_TEST(verify_error(jws, Jwks({b_named_a})) == "jws: signature verification failed");
  BOOST_TEST(verify_error(jws, Jwks({b_named_a, *a.public_only()})) == "(verified)");
  BOOST_TEST(verify_error(jws, Jwks()) == R"(jws: no key with kid "a")");
}

BOOST_AUTO_TEST_CASE(allowed_algs_and_expected_typ_are_enforced) {
  Jwk key = key_for(SignatureAlg::es256, "k");
  auto jws = *jose::sign_compact("x", key, SignatureAlg::es256, {.typ = "dpop+jwt"});
  Jwks set({key});
  BOOST_TEST(verify_error(jws, set, {.allowed_algs = {SignatureAlg::ps256}}) ==
             R"(jws.alg: "ES256" is not allowed here)");
  BOOST_TEST(verify_error(jws, set, {.allowed_algs = {SignatureAlg::ps256, SignatureAlg::es256}}) ==
             "(verified)");
  BOOST_TEST(verify_error(jws, set, {.expected_typ = "application/dpop+jwt"}) == "(verified)");
  BOOST_TEST(verify_error(jws, set, {.expected_typ = "DPoP+JWT"}) == "(verified)");
  BOOST_TEST(verify_error(jws, set, {.expected_typ = "JWT"}) == R"(jws.typ: expected "JWT")");
}

BOOST_AUTO_TEST_CASE(extra_header_members_are_added_once) {
  Jwk key = key_for(SignatureAlg::es256, "k");
  auto jws = jose::sign_compact("x", key, SignatureAlg::es256,
                                {.extra_json = R"({"x5t#S256":"abc","jwk":{"kty":"EC"}})"});
  BOOST_REQUIRE(jws.ok());
  auto decoded = jose::decode_unverified(*jws);
  BOOST_TEST(decoded->header["x5t#S256"].GetString() == std::string("abc"));
  BOOST_TEST(decoded->header["jwk"].IsObject());
  auto dup = jose::sign_compact("x", key, SignatureAlg::es256, {.extra_json = R"({"alg":"none"})"});
  BOOST_TEST(dup.error() == R"(jws header extra_json: member "alg" is already set)");
}

BOOST_AUTO_TEST_CASE(signing_needs_a_private_key_that_fits) {
  Jwk key = key_for(SignatureAlg::es256, "k");
  BOOST_TEST(jose::JwsSigner::create(*key.public_only(), SignatureAlg::es256).error() ==
             "jws: ES256 signing needs a private key");
  BOOST_TEST(!jose::JwsSigner::create(key, SignatureAlg::rs256).ok());
  auto short_secret = *Jwk::parse(R"({"kty":"oct","k":"c2hvcnQ"})");
  BOOST_TEST(jose::JwsSigner::create(short_secret, SignatureAlg::hs256).error() ==
             "jws: HS256 needs a key of at least 32 bytes");
}

BOOST_AUTO_TEST_SUITE_END()
