#include "jose/jwe_crypto.hpp"

#include <array>

#include "base/base64.hpp"
#include "crypto/aead.hpp"
#include "crypto/key_agreement.hpp"
#include "crypto/key_generation.hpp"
#include "crypto/key_wrap.hpp"
#include "crypto/random.hpp"
#include "jose/compact.hpp"

namespace idp::jose {
namespace {

enum class Family { rsa, ecdh, aes_kw, dir };

struct KmInfo {
  KeyManagementAlg alg;
  std::string_view name;
  Family family;
  std::size_t kw_size;  // AES key wrap key size, 0 when none
  crypto::HashAlg oaep_hash;
};

constexpr std::array<KmInfo, 11> k_km{{
    {KeyManagementAlg::rsa_oaep, "RSA-OAEP", Family::rsa, 0, crypto::HashAlg::sha1},
    {KeyManagementAlg::rsa_oaep_256, "RSA-OAEP-256", Family::rsa, 0, crypto::HashAlg::sha256},
    {KeyManagementAlg::rsa1_5, "RSA1_5", Family::rsa, 0, crypto::HashAlg::sha1},
    {KeyManagementAlg::ecdh_es, "ECDH-ES", Family::ecdh, 0, crypto::HashAlg::sha256},
    {KeyManagementAlg::ecdh_es_a128kw, "ECDH-ES+A128KW", Family::ecdh, 16, crypto::HashAlg::sha256},
    {KeyManagementAlg::ecdh_es_a192kw, "ECDH-ES+A192KW", Family::ecdh, 24, crypto::HashAlg::sha256},
    {KeyManagementAlg::ecdh_es_a256kw, "ECDH-ES+A256KW", Family::ecdh, 32, crypto::HashAlg::sha256},
    {KeyManagementAlg::a128kw, "A128KW", Family::aes_kw, 16, crypto::HashAlg::sha256},
    {KeyManagementAlg::a192kw, "A192KW", Family::aes_kw, 24, crypto::HashAlg::sha256},
    {KeyManagementAlg::a256kw, "A256KW", Family::aes_kw, 32, crypto::HashAlg::sha256},
    {KeyManagementAlg::dir, "dir", Family::dir, 0, crypto::HashAlg::sha256},
}};

struct EncInfo {
  ContentEncryptionAlg enc;
  std::string_view name;
  std::size_t key_size;
  bool gcm;
};

constexpr std::array<EncInfo, 6> k_enc{{
    {ContentEncryptionAlg::a128gcm, "A128GCM", 16, true},
    {ContentEncryptionAlg::a192gcm, "A192GCM", 24, true},
    {ContentEncryptionAlg::a256gcm, "A256GCM", 32, true},
    {ContentEncryptionAlg::a128cbc_hs256, "A128CBC-HS256", 32, false},
    {ContentEncryptionAlg::a192cbc_hs384, "A192CBC-HS384", 48, false},
    {ContentEncryptionAlg::a256cbc_hs512, "A256CBC-HS512", 64, false},
}};

const KmInfo& info(KeyManagementAlg alg) {
  for (const auto& i : k_km)
    if (i.alg == alg) return i;
  return k_km[0];
}

const EncInfo& info(ContentEncryptionAlg enc) {
  for (const auto& i : k_enc)
    if (i.enc == enc) return i;
  return k_enc[0];
}

}  // namespace

std::string_view to_string(KeyManagementAlg alg) {
  return info(alg).name;
}
std::string_view to_string(ContentEncryptionAlg enc) {
  return info(enc).name;
}
std::size_t cek_size(ContentEncryptionAlg enc) {
  return info(enc).key_size;
}

std::optional<KeyManagementAlg> key_management_alg_from_string(std::string_view name) {
  for (const auto& i : k_km)
    if (i.name == name) return i.alg;
  return std::nullopt;
}

std::optional<ContentEncryptionAlg> content_encryption_alg_from_string(std::string_view name) {
  for (const auto& i : k_enc)
    if (i.name == name) return i.enc;
  return std::nullopt;
}

namespace detail {
namespace {

void put_u32(std::string& out, std::size_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
}

// RFC 7518 §4.6.2: OtherInfo = AlgorithmID || PartyUInfo || PartyVInfo || SuppPubInfo, where the
// AlgorithmID is "enc" for direct key agreement and "alg" when the result wraps a key.
std::string ecdh_derive(std::string_view z, KeyManagementAlg alg, ContentEncryptionAlg enc,
                        std::string_view apu, std::string_view apv) {
  const KmInfo& km = info(alg);
  const std::string_view algorithm_id = km.kw_size ? km.name : info(enc).name;
  const std::size_t size = km.kw_size ? km.kw_size : info(enc).key_size;
  std::string other;
  put_u32(other, algorithm_id.size());
  other.append(algorithm_id);
  put_u32(other, apu.size());
  other.append(apu);
  put_u32(other, apv.size());
  other.append(apv);
  put_u32(other, size * 8);
  return crypto::concat_kdf(crypto::HashAlg::sha256, z, other, size);
}

Expected<std::string> header_bytes(const rapidjson::Value& header, const char* name) {
  auto text = header_string(header, name, "jwe");
  if (!text) return text;
  auto bytes = base64::decode_url(*text);
  if (!bytes) return fail(std::string("jwe.") + name + ": not valid base64url");
  return std::move(*bytes);
}

Expected<crypto::EcKey> header_epk(const rapidjson::Value& header, crypto::Curve curve) {
  auto it = header.FindMember("epk");
  if (it == header.MemberEnd()) return fail("jwe.epk: missing");
  auto jwk = Jwk::from_json(it->value);
  if (!jwk) return fail("jwe.epk: " + jwk.error());
  const auto* ec = std::get_if<crypto::EcKey>(&jwk->key());
  if (!ec) return fail("jwe.epk: must be an EC key");
  if (ec->has_private()) return fail("jwe.epk: must not contain a private key");
  if (ec->curve != curve) return fail("jwe.epk: not on the recipient key's curve");
  return *ec;
}

}  // namespace

Status jwe_key_fits(const Jwk& key, KeyManagementAlg alg, ContentEncryptionAlg enc) {
  const KmInfo& km = info(alg);
  const std::string name(km.name);
  switch (km.family) {
    case Family::rsa: {
      const auto* rsa = std::get_if<crypto::RsaKey>(&key.key());
      if (!rsa) return fail(name + " needs an RSA key");
      if (crypto::rsa_modulus_bits(*rsa) < 2048)
        return fail(name + " needs an RSA key of at least 2048 bits");
      return ok_status();
    }
    case Family::ecdh:
      if (!std::holds_alternative<crypto::EcKey>(key.key())) return fail(name + " needs an EC key");
      return ok_status();
    case Family::aes_kw: {
      const auto* oct = std::get_if<crypto::SymmetricKey>(&key.key());
      if (!oct || oct->k.size() != km.kw_size)
        return fail(name + " needs a " + std::to_string(km.kw_size) + "-byte oct key");
      return ok_status();
    }
    case Family::dir: {
      const auto* oct = std::get_if<crypto::SymmetricKey>(&key.key());
      if (!oct || oct->k.size() != info(enc).key_size)
        return fail("dir with " + std::string(info(enc).name) + " needs a " +
                    std::to_string(info(enc).key_size) + "-byte oct key");
      return ok_status();
    }
  }
  return fail("unsupported algorithm");
}

bool epk_curve_fits(const Jwk& key, KeyManagementAlg alg, const rapidjson::Value& header) {
  const auto* ec = std::get_if<crypto::EcKey>(&key.key());
  if (info(alg).family != Family::ecdh || !ec) return true;
  auto epk = header.FindMember("epk");
  if (epk == header.MemberEnd() || !epk->value.IsObject()) return true;  // recover_cek says why
  auto crv = epk->value.FindMember("crv");
  if (crv == epk->value.MemberEnd() || !crv->value.IsString()) return true;
  return crypto::curve_name(ec->curve) ==
         std::string_view(crv->value.GetString(), crv->value.GetStringLength());
}

Expected<NewCek> new_cek(const Jwk& recipient, KeyManagementAlg alg, ContentEncryptionAlg enc,
                         std::string_view apu, std::string_view apv) {
  if (auto fits = jwe_key_fits(recipient, alg, enc); !fits) return fail(fits.error());
  const KmInfo& km = info(alg);
  const std::size_t size = info(enc).key_size;
  NewCek out;
  switch (km.family) {
    case Family::dir:
      out.cek = std::get<crypto::SymmetricKey>(recipient.key()).k;
      return out;
    case Family::rsa: {
      out.cek = crypto::system_random().random_bytes(size);
      const auto& rsa = std::get<crypto::RsaKey>(recipient.key());
      auto ek = alg == KeyManagementAlg::rsa1_5
                    ? crypto::rsa_pkcs1v15_encrypt(rsa, out.cek)
                    : crypto::rsa_oaep_encrypt(rsa, km.oaep_hash, out.cek);
      if (!ek) return fail(ek.error());
      out.encrypted_key = std::move(ek).value();
      return out;
    }
    case Family::aes_kw: {
      out.cek = crypto::system_random().random_bytes(size);
      auto ek = crypto::aes_key_wrap(std::get<crypto::SymmetricKey>(recipient.key()).k, out.cek);
      if (!ek) return fail(ek.error());
      out.encrypted_key = std::move(ek).value();
      return out;
    }
    case Family::ecdh: {
      const auto& peer = std::get<crypto::EcKey>(recipient.key());
      crypto::EcKey ephemeral = crypto::generate_ec_key(peer.curve);
      auto z = crypto::ecdh_shared_secret(ephemeral, peer);
      if (!z) return fail(z.error());
      std::string derived = ecdh_derive(*z, alg, enc, apu, apv);
      out.epk = crypto::EcKey{ephemeral.curve, ephemeral.x, ephemeral.y, {}};
      if (!km.kw_size) {
        out.cek = std::move(derived);
        return out;
      }
      out.cek = crypto::system_random().random_bytes(size);
      auto ek = crypto::aes_key_wrap(derived, out.cek);
      if (!ek) return fail(ek.error());
      out.encrypted_key = std::move(ek).value();
      return out;
    }
  }
  return fail("unsupported algorithm");
}

Expected<std::string> recover_cek(const Jwk& key, KeyManagementAlg alg, ContentEncryptionAlg enc,
                                  const rapidjson::Value& header, std::string_view encrypted_key) {
  const KmInfo& km = info(alg);
  const std::size_t size = info(enc).key_size;
  Expected<std::string> cek = fail("jwe: decryption failed");
  switch (km.family) {
    case Family::dir:
      // RFC 7516 §5.2 step 10: the JWE Encrypted Key must be empty.
      if (!encrypted_key.empty()) return fail("jwe: encrypted key must be empty for dir");
      cek = std::get<crypto::SymmetricKey>(key.key()).k;
      break;
    case Family::rsa: {
      const auto& rsa = std::get<crypto::RsaKey>(key.key());
      if (alg == KeyManagementAlg::rsa1_5)
        cek = crypto::rsa_pkcs1v15_decrypt_or_random(rsa, encrypted_key, size);
      else
        cek = crypto::rsa_oaep_decrypt(rsa, km.oaep_hash, encrypted_key);
      break;
    }
    case Family::aes_kw:
      cek = crypto::aes_key_unwrap(std::get<crypto::SymmetricKey>(key.key()).k, encrypted_key);
      break;
    case Family::ecdh: {
      const auto& own = std::get<crypto::EcKey>(key.key());
      auto epk = header_epk(header, own.curve);
      if (!epk) return fail(epk.error());
      auto apu = header_bytes(header, "apu");
      if (!apu) return fail(apu.error());
      auto apv = header_bytes(header, "apv");
      if (!apv) return fail(apv.error());
      if (!km.kw_size && !encrypted_key.empty())
        return fail("jwe: encrypted key must be empty for ECDH-ES");
      auto z = crypto::ecdh_shared_secret(own, *epk);
      if (!z) return fail("jwe: " + z.error());
      std::string derived = ecdh_derive(*z, alg, enc, *apu, *apv);
      if (!km.kw_size)
        cek = std::move(derived);
      else
        cek = crypto::aes_key_unwrap(derived, encrypted_key);
      break;
    }
  }
  if (!cek || cek->size() != size) return fail("jwe: decryption failed");
  return cek;
}

std::size_t iv_size(ContentEncryptionAlg enc) {
  return info(enc).gcm ? 12 : 16;
}

Expected<crypto::Sealed> seal_content(ContentEncryptionAlg enc, std::string_view cek,
                                      std::string_view iv, std::string_view aad,
                                      std::string_view plaintext) {
  return info(enc).gcm ? crypto::aes_gcm_encrypt(cek, iv, aad, plaintext)
                       : crypto::aes_cbc_hmac_encrypt(cek, iv, aad, plaintext);
}

Expected<std::string> open_content(ContentEncryptionAlg enc, std::string_view cek,
                                   std::string_view iv, std::string_view aad,
                                   std::string_view ciphertext, std::string_view tag) {
  return info(enc).gcm ? crypto::aes_gcm_decrypt(cek, iv, aad, ciphertext, tag)
                       : crypto::aes_cbc_hmac_decrypt(cek, iv, aad, ciphertext, tag);
}

}  // namespace detail
}  // namespace idp::jose
