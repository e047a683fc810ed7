#include "jose/jwks.hpp"

#include <boost/test/unit_test.hpp>

#include "jose_test_util.hpp"
#include "json/reader.hpp"

using namespace idp;
using jose::Jwks;

namespace {

std::string set_of(std::initializer_list<std::string> keys) {
  std::string out = R"({"keys":[)";
  bool first = true;
  for (const auto& k : keys) {
    if (!first) out += ',';
    out += k;
    first = false;
  }
  return out + "]}";
}

std::string cookbook_key_json(const char* file) {
  return json::write(test::cookbook(file)["input"]["key"]);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jose_jwks)

BOOST_AUTO_TEST_CASE(parses_a_set_and_finds_keys_by_kid) {
  auto set = Jwks::parse(set_of({cookbook_key_json("jws/4_1.rsa_v15_signature.json"),
                                 cookbook_key_json("jws/4_4.hmac-sha2_integrity_protection.json"),
                                 cookbook_key_json("curve25519/jws.json")}));
  BOOST_REQUIRE_MESSAGE(set.ok(), IDP_ERR(set));
  BOOST_TEST(set->keys().size() == 3u);
  BOOST_TEST(set->skipped().empty());
  BOOST_REQUIRE(set->find("bilbo.baggins@hobbiton.example"));
  BOOST_TEST((set->find("bilbo.baggins@hobbiton.example")->kty() == jose::KeyType::rsa));
  BOOST_TEST(set->find("018c0ae5-4d9b-471b-bfd6-eef314bc7037"));
  BOOST_TEST(!set->find("nobody"));
}

BOOST_AUTO_TEST_CASE(unusable_keys_are_skipped_with_their_reason) {
  auto set = Jwks::parse(
      set_of({R"({"kty":"DSA","kid":"old"})", cookbook_key_json("jws/4_3.ecdsa_signature.json"),
              R"({"kty":"EC","crv":"P-192","x":"AA","y":"AA"})", "42"}));
  BOOST_REQUIRE(set.ok());
  BOOST_TEST(set->keys().size() == 1u);
  BOOST_REQUIRE(set->skipped().size() == 3u);
  BOOST_TEST(set->skipped()[0] == R"(jwks.keys[0]: jwk.kty: unsupported key type "DSA")");
  BOOST_TEST(set->skipped()[1] == R"(jwks.keys[2]: jwk.crv: unsupported curve "P-192")");
  BOOST_TEST(set->skipped()[2] == "jwks.keys[3]: jwk: must be a JSON object");
}

BOOST_AUTO_TEST_CASE(malformed_sets_are_refused) {
  BOOST_TEST(Jwks::parse("{}").error() == "jwks.keys: missing");
  BOOST_TEST(Jwks::parse(R"({"keys":{}})").error() == "jwks.keys: must be an array");
  BOOST_TEST(!Jwks::parse("[").ok());
  std::string many = R"({"keys":[)";
  for (int i = 0; i < 101; ++i) many += std::string(i ? "," : "") + R"({"kty":"oct","k":"AA"})";
  BOOST_TEST(Jwks::parse(many + "]}").error() == "jwks.keys: more than 100 keys");
}

BOOST_AUTO_TEST_CASE(public_json_never_emits_private_members) {
  auto set = Jwks::parse(set_of(
      {cookbook_key_json("jws/4_1.rsa_v15_signature.json"),
       cookbook_key_json("jws/4_3.ecdsa_signature.json"), cookbook_key_json("curve25519/jws.json"),
       cookbook_key_json("jws/4_4.hmac-sha2_integrity_protection.json")}));
  BOOST_REQUIRE(set.ok());
  auto doc = json::parse(set->public_json());
  BOOST_REQUIRE(doc.ok());
  const auto& keys = (*doc)["keys"];
  BOOST_TEST(keys.Size() == 3u);  // the oct key is not published at all
  for (const auto& key : keys.GetArray())
    for (const char* m : {"d", "p", "q", "dp", "dq", "qi", "k", "oth"})
      BOOST_TEST(!key.HasMember(m), m);
  auto full = Jwks::parse(set->to_json(true));
  BOOST_REQUIRE(full.ok());
  BOOST_TEST(full->keys().size() == 4u);
  for (const auto& key : full->keys()) BOOST_TEST(key.has_private());
}

BOOST_AUTO_TEST_SUITE_END()
