#include "jose/jwe.hpp"

#include <boost/test/unit_test.hpp>

#include "crypto/key_generation.hpp"
#include "jose_test_util.hpp"
#include "json/reader.hpp"

using namespace idp;
using jose::ContentEncryptionAlg;
using jose::Jwk;
using jose::Jwks;
using jose::KeyManagementAlg;

namespace {

constexpr ContentEncryptionAlg k_all_encs[] = {
    ContentEncryptionAlg::a128gcm,       ContentEncryptionAlg::a192gcm,
    ContentEncryptionAlg::a256gcm,       ContentEncryptionAlg::a128cbc_hs256,
    ContentEncryptionAlg::a192cbc_hs384, ContentEncryptionAlg::a256cbc_hs512};

constexpr KeyManagementAlg k_encrypting_algs[] = {
    KeyManagementAlg::rsa_oaep,       KeyManagementAlg::rsa_oaep_256,
    KeyManagementAlg::ecdh_es,        KeyManagementAlg::ecdh_es_a128kw,
    KeyManagementAlg::ecdh_es_a192kw, KeyManagementAlg::ecdh_es_a256kw,
    KeyManagementAlg::a128kw,         KeyManagementAlg::a192kw,
    KeyManagementAlg::a256kw,         KeyManagementAlg::dir};

const std::string k_plaintext = "You can trust us to stick with you through thick and thin.";

const Jwk& rsa_key() {
  static const Jwk key = test::must(jose::generate_jwk("RSA-OAEP-256", "rsa"));
  return key;
}

Jwk key_for(KeyManagementAlg alg, ContentEncryptionAlg enc,
            crypto::Curve curve = crypto::Curve::p256) {
  Jwk key = [&] {
    switch (alg) {
      case KeyManagementAlg::rsa_oaep:
      case KeyManagementAlg::rsa_oaep_256:
      case KeyManagementAlg::rsa1_5:
        return rsa_key();
      case KeyManagementAlg::dir:
        return Jwk(crypto::generate_symmetric_key(jose::cek_size(enc)));
      case KeyManagementAlg::a128kw:
      case KeyManagementAlg::a192kw:
      case KeyManagementAlg::a256kw:
        return test::must(jose::generate_jwk(jose::to_string(alg), ""));
      default:
        return Jwk(crypto::generate_ec_key(curve));
    }
  }();
  key.set_alg("");
  key.set_use("");
  key.set_kid("recipient");
  return key;
}

Jwk public_of(const Jwk& key) {
  return key.kty() == jose::KeyType::oct ? key : *key.public_only();
}

std::string decrypt_error(std::string_view compact, const Jwk& key,
                          const jose::JweDecryptOptions& options = {}) {
  auto r = jose::decrypt_compact(compact, key, options);
  return r.ok() ? std::string("(decrypted)") : r.error();
}

std::string replace_part(const std::string& compact, int index, const std::string& value) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (int i = 0; i < 5; ++i) {
    auto dot = compact.find('.', start);
    parts.push_back(compact.substr(start, dot - start));
    start = dot + 1;
  }
  parts[static_cast<std::size_t>(index)] = value;
  return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3] + "." + parts[4];
}

std::string part(const std::string& compact, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index; ++i) start = compact.find('.', start) + 1;
  return compact.substr(start, compact.find('.', start) - start);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jose_jwe)

BOOST_AUTO_TEST_CASE(rfc7520_section_5_examples_decrypt) {
  for (const char* file :
       {"jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json",
        "jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json",
        "jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json",
        "jwe/5_6.direct_encryption_using_aes-gcm.json",
        "jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json"}) {
    BOOST_TEST_CONTEXT(file) {
      auto doc = test::cookbook(file);
      auto key = test::jwk_of(doc["input"]["key"]);
      auto jwe = jose::decrypt_compact(doc["output"]["compact"].GetString(), key);
      BOOST_REQUIRE_MESSAGE(jwe.ok(), IDP_ERR(jwe));
      BOOST_TEST(jwe->plaintext == doc["input"]["plaintext"].GetString());
      BOOST_TEST(jose::to_string(jwe->alg) == doc["input"]["alg"].GetString());
      BOOST_TEST(jose::to_string(jwe->enc) == doc["input"]["enc"].GetString());
      BOOST_TEST(jwe->key == &key);
      auto by_set =
          jose::decrypt_compact(doc["output"]["compact"].GetString(), Jwks({rsa_key(), key}));
      BOOST_TEST(by_set.ok(), IDP_ERR(by_set));
    }
  }
}

BOOST_AUTO_TEST_CASE(rfc7520_section_5_1_rsa1_5_decrypted_only_when_explicitly_allowed) {
  auto doc = test::cookbook("jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json");
  auto key = test::jwk_of(doc["input"]["key"]);
  const std::string compact = doc["output"]["compact"].GetString();
  BOOST_TEST(decrypt_error(compact, key) == R"(jwe.alg: "RSA1_5" is not allowed here)");
  auto jwe = jose::decrypt_compact(compact, key, {.allowed_algs = {KeyManagementAlg::rsa1_5}});
  BOOST_REQUIRE_MESSAGE(jwe.ok(), IDP_ERR(jwe));
  BOOST_TEST(jwe->plaintext == doc["input"]["plaintext"].GetString());
  // A damaged key block gives the same answer as a damaged tag (RFC 7516 §11.5).
  auto ek = *base64::decode_url(part(compact, 1));
  ek[7] = static_cast<char>(ek[7] ^ 1);
  BOOST_TEST(decrypt_error(replace_part(compact, 1, test::b64u(ek)), key,
                           {.allowed_algs = {KeyManagementAlg::rsa1_5}}) ==
             "jwe: decryption failed");
  // Encrypting to a recipient that asked for RSA1_5 (an ID token) works; reading it back needs
  // the same explicit permission.
  auto sent = jose::encrypt_compact("x", key, {.alg = KeyManagementAlg::rsa1_5});
  BOOST_REQUIRE_MESSAGE(sent.ok(), IDP_ERR(sent));
  auto back = jose::decrypt_compact(*sent, key, {.allowed_algs = {KeyManagementAlg::rsa1_5}});
  BOOST_REQUIRE_MESSAGE(back.ok(), IDP_ERR(back));
  BOOST_TEST(back->plaintext == "x");
}

BOOST_AUTO_TEST_CASE(compression_and_unsupported_algorithms_are_refused) {
  auto zip = test::cookbook("jwe/5_9.compressed_content.json");
  BOOST_TEST(
      decrypt_error(zip["output"]["compact"].GetString(), test::jwk_of(zip["input"]["key"])) ==
      "jwe.zip: compressed content is not accepted");
  auto pbes2 =
      test::cookbook("jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json");
  BOOST_TEST(decrypt_error(pbes2["output"]["compact"].GetString(), rsa_key()) ==
             R"(jwe.alg: unsupported algorithm "PBES2-HS512+A256KW")");
  auto gcmkw = test::cookbook("jwe/5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json");
  BOOST_TEST(
      decrypt_error(gcmkw["output"]["compact"].GetString(), test::jwk_of(gcmkw["input"]["key"])) ==
      R"(jwe.alg: unsupported algorithm "A256GCMKW")");
}

BOOST_AUTO_TEST_CASE(every_alg_and_enc_pair_round_trips) {
  for (auto alg : k_encrypting_algs) {
    for (auto enc : k_all_encs) {
      BOOST_TEST_CONTEXT(jose::to_string(alg) << " " << jose::to_string(enc)) {
        Jwk key = key_for(alg, enc);
        auto compact = jose::encrypt_compact(k_plaintext, public_of(key),
                                             {.alg = alg, .enc = enc, .cty = "JWT"});
        BOOST_REQUIRE_MESSAGE(compact.ok(), IDP_ERR(compact));
        auto jwe = jose::decrypt_compact(*compact, key);
        BOOST_REQUIRE_MESSAGE(jwe.ok(), IDP_ERR(jwe));
        BOOST_TEST(jwe->plaintext == k_plaintext);
        BOOST_TEST((jwe->alg == alg && jwe->enc == enc));
        BOOST_TEST(jwe->kid == "recipient");
        BOOST_TEST(jwe->cty == "JWT");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(ecdh_es_works_on_every_curve_and_carries_apu_apv) {
  for (auto curve : {crypto::Curve::p256, crypto::Curve::p384, crypto::Curve::p521}) {
    Jwk key = key_for(KeyManagementAlg::ecdh_es_a256kw, ContentEncryptionAlg::a256gcm, curve);
    auto compact = jose::encrypt_compact("hi", *key.public_only(),
                                         {.alg = KeyManagementAlg::ecdh_es,
                                          .enc = ContentEncryptionAlg::a256gcm,
                                          .apu = "Alice",
                                          .apv = "Bob"});
    BOOST_REQUIRE(compact.ok());
    auto jwe = jose::decrypt_compact(*compact, key);
    BOOST_REQUIRE_MESSAGE(jwe.ok(), IDP_ERR(jwe));
    BOOST_TEST(jwe->header["apu"].GetString() == std::string("QWxpY2U"));
    BOOST_TEST(jwe->header["apv"].GetString() == std::string("Qm9i"));
    BOOST_TEST(!jwe->header["epk"].HasMember("d"));
    BOOST_TEST(part(*compact, 1).empty());  // direct key agreement: no encrypted key
  }
}

BOOST_AUTO_TEST_CASE(any_modification_fails_with_one_message) {
  for (auto alg :
       {KeyManagementAlg::rsa_oaep_256, KeyManagementAlg::ecdh_es_a128kw, KeyManagementAlg::dir}) {
    for (auto enc : {ContentEncryptionAlg::a128gcm, ContentEncryptionAlg::a128cbc_hs256}) {
      BOOST_TEST_CONTEXT(jose::to_string(alg) << " " << jose::to_string(enc)) {
        Jwk key = key_for(alg, enc);
        auto compact =
            *jose::encrypt_compact(k_plaintext, public_of(key), {.alg = alg, .enc = enc});
        for (int index : {2, 3, 4}) {
          auto bytes = *base64::decode_url(part(compact, index));
          bytes[0] = static_cast<char>(bytes[0] ^ 1);
          BOOST_TEST(decrypt_error(replace_part(compact, index, test::b64u(bytes)), key) ==
                     "jwe: decryption failed");
        }
        // Changing the protected header changes the AAD.
        auto header = *base64::decode_url(part(compact, 0));
        header.insert(1, R"("x":1,)");
        BOOST_TEST(decrypt_error(replace_part(compact, 0, test::b64u(header)), key) ==
                   "jwe: decryption failed");
        if (alg != KeyManagementAlg::dir) {
          auto ek = *base64::decode_url(part(compact, 1));
          ek[3] = static_cast<char>(ek[3] ^ 1);
          BOOST_TEST(decrypt_error(replace_part(compact, 1, test::b64u(ek)), key) ==
                     "jwe: decryption failed");
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(an_ephemeral_key_off_the_curve_is_refused) {
  Jwk key = key_for(KeyManagementAlg::ecdh_es, ContentEncryptionAlg::a128gcm);
  auto compact =
      *jose::encrypt_compact("x", *key.public_only(), {.alg = KeyManagementAlg::ecdh_es});
  auto header = json::parse(*base64::decode_url(part(compact, 0)));
  auto& epk = (*header)["epk"];
  auto y = *base64::decode_url(epk["y"].GetString());
  y[31] = static_cast<char>(y[31] ^ 1);
  epk["y"].SetString(base64::encode_url(y).c_str(), header->GetAllocator());
  auto bad = replace_part(compact, 0, test::b64u(json::write(*header)));
  BOOST_TEST(decrypt_error(bad, key) == "jwe.epk: jwk.x, y: point is not on the curve");

  Jwk p384 = Jwk(crypto::generate_ec_key(crypto::Curve::p384));
  (*header)["epk"].CopyFrom(*json::parse(p384.to_json()), header->GetAllocator());
  BOOST_TEST(decrypt_error(replace_part(compact, 0, test::b64u(json::write(*header))), key) ==
             "jwe: no key can decrypt ECDH-ES (jwe.epk: not on the key's curve)");
  Jwk other = Jwk(crypto::generate_ec_key(crypto::Curve::p256));
  (*header)["epk"].CopyFrom(*json::parse(other.to_json(true)), header->GetAllocator());
  BOOST_TEST(decrypt_error(replace_part(compact, 0, test::b64u(json::write(*header))), key) ==
             "jwe.epk: must not contain a private key");
  header->RemoveMember("epk");
  BOOST_TEST(decrypt_error(replace_part(compact, 0, test::b64u(json::write(*header))), key) ==
             "jwe.epk: missing");
}

BOOST_AUTO_TEST_CASE(keys_must_fit_the_algorithms) {
  Jwk short_kek = Jwk(crypto::generate_symmetric_key(16));
  BOOST_TEST(jose::encrypt_compact("x", short_kek, {.alg = KeyManagementAlg::a256kw}).error() ==
             "jwe: A256KW needs a 32-byte oct key");
  BOOST_TEST(jose::encrypt_compact(
                 "x", short_kek,
                 {.alg = KeyManagementAlg::dir, .enc = ContentEncryptionAlg::a128cbc_hs256})
                 .error() == "jwe: dir with A128CBC-HS256 needs a 32-byte oct key");
  BOOST_TEST(!jose::encrypt_compact("x", rsa_key(), {.alg = KeyManagementAlg::ecdh_es}).ok());
  Jwk enc_key = rsa_key();
  enc_key.set_use("sig");
  BOOST_TEST(!jose::encrypt_compact("x", enc_key, {.alg = KeyManagementAlg::rsa_oaep}).ok());

  auto compact = *jose::encrypt_compact("x", *rsa_key().public_only(),
                                        {.alg = KeyManagementAlg::rsa_oaep_256});
  BOOST_TEST(decrypt_error(compact, *rsa_key().public_only()).find("jwe: no key can decrypt") ==
             0u);
  BOOST_TEST(decrypt_error(compact, Jwk(crypto::generate_rsa_key(2048))) ==
             "jwe: decryption failed");
}

BOOST_AUTO_TEST_CASE(dir_refuses_an_encrypted_key) {
  Jwk key = key_for(KeyManagementAlg::dir, ContentEncryptionAlg::a128gcm);
  auto compact = *jose::encrypt_compact("x", key, {.alg = KeyManagementAlg::dir});
  BOOST_TEST(decrypt_error(replace_part(compact, 1, "AAAA"), key) ==
             "jwe: encrypted key must be empty for dir");
}

BOOST_AUTO_TEST_CASE(header_checks_and_allow_lists) {
  Jwk key = key_for(KeyManagementAlg::a128kw, ContentEncryptionAlg::a128gcm);
  auto compact = *jose::encrypt_compact("x", key, {.alg = KeyManagementAlg::a128kw});
  BOOST_TEST(decrypt_error(compact, key, {.allowed_algs = {KeyManagementAlg::rsa_oaep_256}}) ==
             R"(jwe.alg: "A128KW" is not allowed here)");
  BOOST_TEST(decrypt_error(compact, key, {.allowed_encs = {ContentEncryptionAlg::a256gcm}}) ==
             R"(jwe.enc: "A128GCM" is not allowed here)");
  auto with_header = [&](const std::string& h) { return replace_part(compact, 0, test::b64u(h)); };
  BOOST_TEST(decrypt_error(with_header(R"({"enc":"A128GCM"})"), key) == "jwe.alg: missing");
  BOOST_TEST(decrypt_error(with_header(R"({"alg":"A128KW"})"), key) == "jwe.enc: missing");
  BOOST_TEST(decrypt_error(with_header(R"({"alg":"A128KW","enc":"A128GCM","enc":"A256GCM"})"), key)
                 .find("duplicate member") != std::string::npos);
  BOOST_TEST(decrypt_error(
                 with_header(R"({"alg":"A128KW","enc":"A128GCM","crit":["foo"],"foo":1})"), key) ==
             R"(jwe.crit: extension "foo" is not understood)");
  BOOST_TEST(decrypt_error(with_header(R"({"alg":"A128KW","enc":"A128CBC-HS256"})"), key) ==
             "jwe iv: must be 16 bytes for A128CBC-HS256");
  BOOST_TEST(decrypt_error(compact + ".", key).find("5 parts") != std::string::npos);
  BOOST_TEST(decrypt_error(compact.substr(0, compact.rfind('.')), key).find("5 parts") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_set_is_searched_by_kid_or_by_trying_suitable_keys) {
  Jwk a = key_for(KeyManagementAlg::ecdh_es, ContentEncryptionAlg::a128gcm);
  a.set_kid("a");
  Jwk b = key_for(KeyManagementAlg::ecdh_es, ContentEncryptionAlg::a128gcm);
  b.set_kid("b");
  Jwks set({a, b, rsa_key()});
  auto to_b =
      *jose::encrypt_compact("for b", *b.public_only(), {.alg = KeyManagementAlg::ecdh_es_a128kw});
  auto jwe = jose::decrypt_compact(to_b, set);
  BOOST_REQUIRE(jwe.ok());
  BOOST_TEST(jwe->key == &set.keys()[1]);
  auto anonymous = *jose::encrypt_compact(
      "for b", *b.public_only(), {.alg = KeyManagementAlg::ecdh_es_a128kw, .include_kid = false});
  BOOST_TEST(jose::decrypt_compact(anonymous, set).ok());
  BOOST_TEST(jose::decrypt_compact(to_b, Jwks({a})).error() == R"(jwe: no key with kid "b")");

  // Without a kid, EC keys on other curves are passed over, not fatal.
  Jwk p384 = key_for(KeyManagementAlg::ecdh_es, ContentEncryptionAlg::a128gcm, crypto::Curve::p384);
  auto to_b_anonymous = *jose::encrypt_compact(
      "for b", *b.public_only(), {.alg = KeyManagementAlg::ecdh_es, .include_kid = false});
  auto found = jose::decrypt_compact(to_b_anonymous, Jwks({p384, a, b}));
  BOOST_REQUIRE_MESSAGE(found.ok(), IDP_ERR(found));
  BOOST_TEST(found->plaintext == "for b");
}

BOOST_AUTO_TEST_SUITE_END()
