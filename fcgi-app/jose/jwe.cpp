#include "jose/jwe.hpp"

#include <algorithm>
#include <span>

#include "base/base64.hpp"
#include "crypto/random.hpp"
#include "jose/compact.hpp"
#include "jose/jwe_crypto.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

// RFC 7516 §4.1 and RFC 7518 §4.6.1, 4.7.1, 4.8.1 names that "crit" may not list.
const std::vector<std::string_view> k_registered{
    "alg", "enc", "zip",  "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256",
    "typ", "cty", "crit", "epk", "apu", "apv", "iv",  "tag", "p2s", "p2c"};

// key_ops values (RFC 7517 §4.3) that allow a key to take part in `alg`.
std::span<const std::string_view> ops_for(KeyManagementAlg alg, bool encrypting) {
  static constexpr std::string_view k_encrypt[] = {"encrypt"};
  static constexpr std::string_view k_decrypt[] = {"decrypt"};
  static constexpr std::string_view k_derive[] = {"deriveKey", "deriveBits"};
  static constexpr std::string_view k_wrap[] = {"wrapKey", "encrypt"};
  static constexpr std::string_view k_unwrap[] = {"unwrapKey", "decrypt"};
  switch (alg) {
    case KeyManagementAlg::dir:
      return encrypting ? k_encrypt : k_decrypt;
    case KeyManagementAlg::ecdh_es:
    case KeyManagementAlg::ecdh_es_a128kw:
    case KeyManagementAlg::ecdh_es_a192kw:
    case KeyManagementAlg::ecdh_es_a256kw:
      return k_derive;
    default:
      return encrypting ? k_wrap : k_unwrap;
  }
}

std::string header_json(const Jwk& recipient, const JweEncryptOptions& o,
                        const detail::NewCek& cek) {
  rapidjson::Document doc;
  doc.SetObject();
  auto& a = doc.GetAllocator();
  auto add = [&](std::string_view name, std::string_view value) {
    doc.AddMember(json::string_value(name, a), json::string_value(value, a), a);
  };
  add("alg", to_string(o.alg));
  add("enc", to_string(o.enc));
  if (o.include_kid && !recipient.kid().empty()) add("kid", recipient.kid());
  if (!o.typ.empty()) add("typ", o.typ);
  if (!o.cty.empty()) add("cty", o.cty);
  if (cek.epk) {
    rapidjson::Value epk;
    Jwk(*cek.epk).write(epk, a, false);
    doc.AddMember("epk", epk, a);
    if (!o.apu.empty()) add("apu", base64::encode_url(o.apu));
    if (!o.apv.empty()) add("apv", base64::encode_url(o.apv));
  }
  return json::write(doc);
}

struct Decoded {
  Jwe jwe;
  std::string_view aad;  // the encoded protected header, as received (RFC 7516 §5.2 step 14)
  std::string encrypted_key, iv, ciphertext, tag;
};

Expected<Decoded> decode(std::string_view compact, const JweDecryptOptions& options) {
  auto parts = detail::split_compact(compact, 5, options.max_length, "jwe");
  if (!parts) return fail(parts.error());
  const auto& p = *parts;
  auto header = detail::decode_header(p[0], "jwe");
  if (!header) return fail(header.error());
  Decoded d;
  d.jwe.header = std::move(header).value();
  d.aad = p[0];
  const auto& h = d.jwe.header;

  auto alg_name = detail::header_string(h, "alg", "jwe");
  if (!alg_name) return fail(alg_name.error());
  if (alg_name->empty()) return fail("jwe.alg: missing");
  auto alg = key_management_alg_from_string(*alg_name);
  if (!alg) return fail("jwe.alg: unsupported algorithm " + json::quote(*alg_name));
  const bool allowed = options.allowed_algs.empty()
                           ? *alg != KeyManagementAlg::rsa1_5
                           : std::find(options.allowed_algs.begin(), options.allowed_algs.end(),
                                       *alg) != options.allowed_algs.end();
  if (!allowed) return fail("jwe.alg: " + json::quote(*alg_name) + " is not allowed here");
  auto enc_name = detail::header_string(h, "enc", "jwe");
  if (!enc_name) return fail(enc_name.error());
  if (enc_name->empty()) return fail("jwe.enc: missing");
  auto enc = content_encryption_alg_from_string(*enc_name);
  if (!enc) return fail("jwe.enc: unsupported algorithm " + json::quote(*enc_name));
  if (!options.allowed_encs.empty() &&
      std::find(options.allowed_encs.begin(), options.allowed_encs.end(), *enc) ==
          options.allowed_encs.end())
    return fail("jwe.enc: " + json::quote(*enc_name) + " is not allowed here");
  d.jwe.alg = *alg;
  d.jwe.enc = *enc;
  if (h.HasMember("zip")) return fail("jwe.zip: compressed content is not accepted");
  for (auto [name, out] :
       {std::pair{"kid", &d.jwe.kid}, std::pair{"typ", &d.jwe.typ}, std::pair{"cty", &d.jwe.cty}}) {
    auto v = detail::header_string(h, name, "jwe");
    if (!v) return fail(v.error());
    *out = std::move(v).value();
  }
  if (auto crit = detail::check_crit(h, options.understood_crit, k_registered, "jwe"); !crit)
    return fail(crit.error());

  const char* names[] = {"encrypted key", "iv", "ciphertext", "tag"};
  std::string* outs[] = {&d.encrypted_key, &d.iv, &d.ciphertext, &d.tag};
  for (int i = 0; i < 4; ++i) {
    auto bytes = base64::decode_url(p[static_cast<std::size_t>(i) + 1]);
    if (!bytes) return fail(std::string("jwe ") + names[i] + ": not valid base64url");
    *outs[i] = std::move(*bytes);
  }
  if (d.iv.size() != detail::iv_size(*enc))
    return fail("jwe iv: must be " + std::to_string(detail::iv_size(*enc)) + " bytes for " +
                *enc_name);
  return d;
}

// RFC 7517 §4.4 "alg" on a key used with "dir" may name the content encryption algorithm.
bool permits(const Jwk& key, KeyManagementAlg alg, ContentEncryptionAlg enc, bool encrypting) {
  std::string_view name = to_string(alg);
  if (alg == KeyManagementAlg::dir && key.alg() == to_string(enc)) name = key.alg();
  return detail::key_permits(key, name, "enc", ops_for(alg, encrypting));
}

Expected<Jwe> decrypt_with(Decoded d, const std::vector<const Jwk*>& candidates) {
  const std::string alg_name(to_string(d.jwe.alg));
  std::string reason;
  std::size_t usable = 0;
  for (const Jwk* key : candidates) {
    if (auto fits = detail::jwe_key_fits(*key, d.jwe.alg, d.jwe.enc); !fits) {
      reason = fits.error();
      continue;
    }
    if (!key->has_private() || !permits(*key, d.jwe.alg, d.jwe.enc, false)) {
      reason = "key is public or restricted by its alg, use or key_ops";
      continue;
    }
    if (!detail::epk_curve_fits(*key, d.jwe.alg, d.jwe.header)) {
      reason = "jwe.epk: not on the key's curve";
      continue;
    }
    ++usable;
    // Header errors (a malformed epk, apu, apv) hold for every key; key errors only for this one.
    auto cek = detail::recover_cek(*key, d.jwe.alg, d.jwe.enc, d.jwe.header, d.encrypted_key);
    if (!cek) {
      if (cek.error().starts_with("jwe.") || candidates.size() == 1) return fail(cek.error());
      continue;
    }
    auto plaintext = detail::open_content(d.jwe.enc, *cek, d.iv, d.aad, d.ciphertext, d.tag);
    if (plaintext) {
      d.jwe.plaintext = std::move(plaintext).value();
      d.jwe.key = key;
      return std::move(d.jwe);
    }
  }
  if (candidates.empty()) {
    if (!d.jwe.kid.empty()) return fail("jwe: no key with kid " + json::quote(d.jwe.kid));
    return fail("jwe: no decryption key");
  }
  if (usable == 0) return fail("jwe: no key can decrypt " + alg_name + " (" + reason + ")");
  return fail("jwe: decryption failed");
}

}  // namespace

Expected<std::string> encrypt_compact(std::string_view plaintext, const Jwk& recipient,
                                      const JweEncryptOptions& options) {
  const std::string alg_name(to_string(options.alg));
  if (!permits(recipient, options.alg, options.enc, true))
    return fail("jwe: key \"" + recipient.kid() + "\" is not meant for " + alg_name);
  auto cek = detail::new_cek(recipient, options.alg, options.enc, options.apu, options.apv);
  if (!cek) return fail("jwe: " + cek.error());
  std::string header = base64::encode_url(header_json(recipient, options, *cek));
  std::string iv = crypto::system_random().random_bytes(detail::iv_size(options.enc));
  auto sealed = detail::seal_content(options.enc, cek->cek, iv, header, plaintext);
  if (!sealed) return fail("jwe: " + sealed.error());
  std::string out = std::move(header);
  for (const std::string* part : {&cek->encrypted_key, &iv, &sealed->ciphertext, &sealed->tag}) {
    out += '.';
    out += base64::encode_url(*part);
  }
  return out;
}

Expected<Jwe> decrypt_compact(std::string_view compact, const Jwk& key,
                              const JweDecryptOptions& options) {
  auto d = decode(compact, options);
  if (!d) return fail(d.error());
  return decrypt_with(std::move(d).value(), {&key});
}

Expected<Jwe> decrypt_compact(std::string_view compact, const Jwks& keys,
                              const JweDecryptOptions& options) {
  auto d = decode(compact, options);
  if (!d) return fail(d.error());
  std::vector<const Jwk*> candidates;
  for (const auto& key : keys.keys())
    if (d->jwe.kid.empty() || key.kid() == d->jwe.kid) candidates.push_back(&key);
  return decrypt_with(std::move(d).value(), candidates);
}

}  // namespace idp::jose
