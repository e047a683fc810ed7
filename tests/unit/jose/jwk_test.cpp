#include "jose/jwk.hpp"

#include <boost/test/unit_test.hpp>

#include "jose_test_util.hpp"
#include "json/reader.hpp"

using namespace idp;
using jose::Jwk;
using jose::KeyType;

namespace {

// RFC 7638 §3.1.
const char* k_rfc7638_key =
    R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"})";

std::string error_of(std::string_view json) {
  auto jwk = Jwk::parse(json);
  return jwk.ok() ? std::string("(parsed)") : jwk.error();
}

bool has_member(const std::string& json, const char* name) {
  auto doc = json::parse(json);
  return doc && doc->IsObject() && doc->HasMember(name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jose_jwk)

BOOST_AUTO_TEST_CASE(rfc7520_section_3_keys_parse) {
  for (const char* file :
       {"jwk/3_1.ec_public_key.json", "jwk/3_2.ec_private_key.json", "jwk/3_3.rsa_public_key.json",
        "jwk/3_4.rsa_private_key.json", "jwk/3_5.symmetric_key_mac_computation.json",
        "jwk/3_6.symmetric_key_encryption.json"}) {
    auto jwk = Jwk::parse(test::read_data("jose-cookbook/" + std::string(file)));
    BOOST_TEST(jwk.ok(), file << ": " << IDP_ERR(jwk));
  }
  auto ec = Jwk::parse(test::read_data("jose-cookbook/jwk/3_2.ec_private_key.json"));
  BOOST_TEST((ec->kty() == KeyType::ec));
  BOOST_TEST(ec->has_private());
  BOOST_TEST(ec->kid() == "bilbo.baggins@hobbiton.example");
  BOOST_TEST(ec->use() == "sig");
}

BOOST_AUTO_TEST_CASE(thumbprint_matches_rfc7638_section_3_1) {
  auto jwk = Jwk::parse(k_rfc7638_key);
  BOOST_REQUIRE(jwk.ok());
  BOOST_TEST(jwk->thumbprint() == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
}

BOOST_AUTO_TEST_CASE(thumbprint_ignores_optional_members_and_private_parts) {
  auto priv = test::cookbook_jwk("jws/4_1.rsa_v15_signature.json");
  auto pub = priv.public_only();
  BOOST_REQUIRE(pub.ok());
  BOOST_TEST(priv.thumbprint() == pub->thumbprint());
  auto ec = test::cookbook_jwk("jws/4_3.ecdsa_signature.json");
  BOOST_TEST(ec.thumbprint().size() == 43u);
  auto oct = test::cookbook_jwk("jws/4_4.hmac-sha2_integrity_protection.json");
  BOOST_TEST(oct.thumbprint() != ec.thumbprint());
}

BOOST_AUTO_TEST_CASE(a_leading_zero_octet_in_n_is_dropped) {
  std::string with_zero = k_rfc7638_key;
  auto n_at = with_zero.find("0vx7");
  // Prefixing 0x00 to the modulus: re-encode it.
  auto n = *base64::decode_url(std::string_view(k_rfc7638_key).substr(n_at, 342));
  with_zero.replace(n_at, 342, base64::encode_url(std::string(1, '\0') + n));
  auto jwk = Jwk::parse(with_zero);
  BOOST_REQUIRE_MESSAGE(jwk.ok(), IDP_ERR(jwk));
  BOOST_TEST(jwk->thumbprint() == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
}

BOOST_AUTO_TEST_CASE(serialisation_leaves_private_members_out_unless_asked) {
  auto rsa = test::cookbook_jwk("jws/4_1.rsa_v15_signature.json");
  auto pub = rsa.to_json();
  for (const char* m : {"d", "p", "q", "dp", "dq", "qi"}) BOOST_TEST(!has_member(pub, m), m);
  BOOST_TEST(has_member(pub, "n"));
  BOOST_TEST(has_member(pub, "kid"));
  auto full = rsa.to_json(true);
  for (const char* m : {"d", "p", "q", "dp", "dq", "qi"}) BOOST_TEST(has_member(full, m), m);
  auto again = Jwk::parse(full);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->to_json(true) == full);

  auto oct = test::cookbook_jwk("jws/4_4.hmac-sha2_integrity_protection.json");
  BOOST_TEST(!has_member(oct.to_json(), "k"));
  BOOST_TEST(has_member(oct.to_json(true), "k"));
  BOOST_TEST(!oct.public_only().ok());
}

BOOST_AUTO_TEST_CASE(other_members_are_preserved_and_foreign_private_ones_dropped) {
  auto jwk = Jwk::parse(
      R"({"kty":"EC","crv":"P-256","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0",)"
      R"("y":"SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps","kid":"a","key_ops":["verify"],)"
      R"("x5t#S256":"abc","ext":true,"custom":{"n":[1,2]},"k":"c2VjcmV0","oth":[]})");
  BOOST_REQUIRE_MESSAGE(jwk.ok(), IDP_ERR(jwk));
  auto out = jwk->to_json(true);
  BOOST_TEST(has_member(out, "x5t#S256"));
  BOOST_TEST(has_member(out, "ext"));
  BOOST_TEST(has_member(out, "custom"));
  BOOST_TEST(!has_member(out, "k"));
  BOOST_TEST(!has_member(out, "oth"));
  BOOST_TEST(jwk->key_ops().size() == 1u);
  BOOST_TEST(out.find(R"("custom":{"n":[1,2]})") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(errors_name_the_member_that_is_wrong) {
  const std::string xy =
      R"("x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0","y":"SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps")";
  BOOST_TEST(error_of(R"({"kty":"EC","crv":"P-192",)" + xy + "}") ==
             R"(jwk.crv: unsupported curve "P-192")");
  BOOST_TEST(error_of(R"({"crv":"P-256"})") == "jwk.kty: missing");
  BOOST_TEST(error_of(R"({"kty":7})") == "jwk.kty: must be a string");
  BOOST_TEST(error_of(R"({"kty":"DSA"})") == R"(jwk.kty: unsupported key type "DSA")");
  BOOST_TEST(
      error_of(R"({"kty":"EC","crv":"P-256","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0"})") ==
      "jwk.y: missing");
  BOOST_TEST(
      error_of(R"({"kty":"EC","crv":"P-256","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0=",)"
               R"("y":"SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps"})") ==
      "jwk.x: not valid base64url");
  BOOST_TEST(error_of(R"({"kty":"EC","crv":"P-384",)" + xy + "}") == "jwk.x: must be 48 bytes");
  BOOST_TEST(
      error_of(R"({"kty":"EC","crv":"P-256","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0",)"
               R"("y":"SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFppo"})") ==
      "jwk.x, y: point is not on the curve");
  BOOST_TEST(
      error_of(
          R"({"kty":"OKP","crv":"X25519","x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"})") ==
      R"(jwk.crv: unsupported curve "X25519")");
  BOOST_TEST(error_of(R"({"kty":"OKP","crv":"Ed25519","x":"AAAA"})") == "jwk.x: must be 32 bytes");
  BOOST_TEST(error_of(R"({"kty":"oct","k":""})") == "jwk.k: must not be empty");
  BOOST_TEST(error_of(R"({"kty":"RSA","n":"AQAB","e":"AQAB","oth":[]})") ==
             "jwk.oth: multi-prime RSA keys are not supported");
  BOOST_TEST(error_of(R"({"kty":"oct","k":"c2VjcmV0","key_ops":["sign","sign"]})") ==
             R"(jwk.key_ops: duplicate value "sign")");
  BOOST_TEST(error_of(R"({"kty":"oct","k":"c2VjcmV0","x5c":["not base64!"]})") ==
             "jwk.x5c: entries must be standard base64 (DER)");
  BOOST_TEST(error_of(R"({"kty":"oct","k":"c2VjcmV0","kid":1})") == "jwk.kid: must be a string");
  BOOST_TEST(error_of(R"({"kty":"oct","k":"c2VjcmV0","k":"b3RoZXI"})").find("duplicate") !=
             std::string::npos);
  BOOST_TEST(error_of("[]") == "jwk: JSON document must be an object");
}

BOOST_AUTO_TEST_CASE(rsa_private_keys_must_be_complete_and_consistent) {
  auto doc = test::cookbook("jws/4_1.rsa_v15_signature.json");
  auto& key = doc["input"]["key"];
  key.RemoveMember("qi");
  BOOST_TEST(error_of(json::write(key)).find("CRT") != std::string::npos);
  key.RemoveMember("p");
  key.RemoveMember("q");
  key.RemoveMember("dp");
  key.RemoveMember("dq");
  BOOST_TEST(!Jwk::parse(json::write(key)).ok());  // d alone: we cannot use it
  key.RemoveMember("d");
  BOOST_TEST(Jwk::parse(json::write(key)).ok());  // public key
}

BOOST_AUTO_TEST_CASE(a_mismatched_ec_private_key_is_refused) {
  auto a = test::must(jose::generate_jwk("ES256", "a"));
  auto b = test::must(jose::generate_jwk("ES256", "b"));
  auto json = json::parse(a.to_json(true));
  auto bd = json::parse(b.to_json(true));
  (*json)["d"].SetString((*bd)["d"].GetString(), json->GetAllocator());
  BOOST_TEST(error_of(json::write(*json)) == "jwk.d: does not match the public point");
  // Read back from our own store, where it was checked when written, only its shape is checked
  // (the check above costs a scalar multiplication on every tenant load).
  BOOST_TEST(Jwk::from_json(*json, crypto::KeyCheck::shape).ok());
  (*json)["x"].SetString("AAAA", json->GetAllocator());
  BOOST_TEST(!Jwk::from_json(*json, crypto::KeyCheck::shape).ok(), "a malformed key is refused");
}

BOOST_AUTO_TEST_CASE(a_private_key_is_prepared_for_signing_once) {
  auto key = test::must(jose::generate_jwk("RS256", "rsa"));
  auto first = key.signer(crypto::SignatureAlg::rs256, crypto::Backend::openssl);
  BOOST_REQUIRE(first.ok());
  const Jwk copy = key;  // copies share the prepared key (a tenant's cached keys are copies)
  auto again = copy.signer(crypto::SignatureAlg::rs256, crypto::Backend::openssl);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(first->get() == again->get());
  BOOST_TEST(key.signer(crypto::SignatureAlg::ps256, crypto::Backend::openssl)->get() !=
             first->get());
}

BOOST_AUTO_TEST_CASE(generated_keys_carry_alg_kid_and_use) {
  for (const char* alg : {"ES256", "ES384", "ES512", "RS256", "PS256", "EdDSA", "HS256", "HS512",
                          "RSA-OAEP-256", "ECDH-ES+A128KW", "A128KW", "A256KW"}) {
    auto jwk = jose::generate_jwk(alg, std::string("k-") + alg);
    BOOST_REQUIRE_MESSAGE(jwk.ok(), alg << ": " << IDP_ERR(jwk));
    BOOST_TEST(jwk->alg() == alg);
    BOOST_TEST(jwk->kid() == std::string("k-") + alg);
    BOOST_TEST(jwk->has_private());
    auto again = Jwk::parse(jwk->to_json(true));
    BOOST_TEST(again.ok(), alg << ": " << IDP_ERR(again));
  }
  BOOST_TEST(test::must(jose::generate_jwk("EdDSA", "e")).use() == "sig");
  BOOST_TEST(test::must(jose::generate_jwk("ECDH-ES", "e")).use() == "enc");
  BOOST_TEST(!jose::generate_jwk("none", "x").ok());
  BOOST_TEST(!jose::generate_jwk("ECDH-ESX", "x").ok());
}

BOOST_AUTO_TEST_SUITE_END()
