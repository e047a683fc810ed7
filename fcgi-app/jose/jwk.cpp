#include "jose/jwk.hpp"

#include <algorithm>
#include <array>

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "crypto/key_generation.hpp"
#include "crypto/signer.hpp"
#include "jose/jwe.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

void add(rapidjson::Value& out, std::string_view name, std::string_view value, Alloc& a) {
  out.AddMember(json::string_value(name, a), json::string_value(value, a), a);
}

void add_b64(rapidjson::Value& out, std::string_view name, std::string_view bytes, Alloc& a) {
  if (!bytes.empty()) add(out, name, base64::encode_url(bytes), a);
}

void add_array(rapidjson::Value& out, std::string_view name, const std::vector<std::string>& items,
               Alloc& a) {
  if (items.empty()) return;
  rapidjson::Value arr(rapidjson::kArrayType);
  for (const auto& s : items) arr.PushBack(json::string_value(s, a), a);
  out.AddMember(json::string_value(name, a), arr, a);
}

// Members written for the key itself, RFC 7638 §3.2 order (which is also lexicographic).
struct KeyWriter {
  rapidjson::Value& out;
  Alloc& a;
  bool include_private;

  void operator()(const crypto::RsaKey& k) const {
    add(out, "kty", "RSA", a);
    add_b64(out, "n", k.n, a);
    add_b64(out, "e", k.e, a);
    if (!include_private) return;
    add_b64(out, "d", k.d, a);
    add_b64(out, "p", k.p, a);
    add_b64(out, "q", k.q, a);
    add_b64(out, "dp", k.dp, a);
    add_b64(out, "dq", k.dq, a);
    add_b64(out, "qi", k.qi, a);
  }
  void operator()(const crypto::EcKey& k) const {
    add(out, "kty", "EC", a);
    add(out, "crv", crypto::curve_name(k.curve), a);
    add_b64(out, "x", k.x, a);
    add_b64(out, "y", k.y, a);
    if (include_private) add_b64(out, "d", k.d, a);
  }
  void operator()(const crypto::Ed25519Key& k) const {
    add(out, "kty", "OKP", a);
    add(out, "crv", "Ed25519", a);
    add_b64(out, "x", k.x, a);
    if (include_private) add_b64(out, "d", k.d, a);
  }
  void operator()(const crypto::SymmetricKey& k) const {
    add(out, "kty", "oct", a);
    if (include_private) add_b64(out, "k", k.k, a);
  }
};

}  // namespace

KeyType Jwk::kty() const {
  return static_cast<KeyType>(m_key.index());
}

std::string_view Jwk::kty_name() const {
  static constexpr std::array<std::string_view, 4> k_names{"RSA", "EC", "OKP", "oct"};
  return k_names[m_key.index()];
}

bool Jwk::has_private() const {
  return crypto::has_private(m_key);
}

void Jwk::write(rapidjson::Value& out, Alloc& a, bool include_private) const {
  out.SetObject();
  std::visit(KeyWriter{out, a, include_private}, m_key);
  if (!m_kid.empty()) add(out, "kid", m_kid, a);
  if (!m_use.empty()) add(out, "use", m_use, a);
  if (!m_alg.empty()) add(out, "alg", m_alg, a);
  add_array(out, "key_ops", m_key_ops, a);
  add_array(out, "x5c", m_x5c, a);
  for (const auto& [name, text] : m_other) {
    auto doc = json::parse(text);  // our own serialisation, always valid
    if (!doc) continue;
    rapidjson::Value copy(*doc, a);
    out.AddMember(json::string_value(name, a), copy, a);
  }
}

std::string Jwk::to_json(bool include_private) const {
  rapidjson::Document doc;
  write(doc, doc.GetAllocator(), include_private);
  return json::write(doc);
}

Expected<Jwk> Jwk::public_only() const {
  if (kty() == KeyType::oct) return fail("jwk: a symmetric (oct) key has no public part");
  Jwk out = *this;
  out.m_key = crypto::public_part(m_key);
  return out;
}

Expected<std::shared_ptr<const crypto::Signer>> Jwk::signer(crypto::SignatureAlg alg,
                                                            crypto::Backend backend) const {
  std::lock_guard lock(m_signers->mutex);
  for (const auto& [a, b, prepared] : m_signers->signers)
    if (a == alg && b == backend) return prepared;
  auto made = crypto::make_signer(m_key, alg, backend);
  if (!made) return fail(made.error());
  std::shared_ptr<const crypto::Signer> prepared(std::move(made).value());
  m_signers->signers.emplace_back(alg, backend, prepared);
  return prepared;
}

std::string Jwk::thumbprint() const {
  // RFC 7638 §3.2: only the required members, lexicographic order, no whitespace.
  rapidjson::Document doc;
  doc.SetObject();
  std::visit(KeyWriter{doc, doc.GetAllocator(), false}, m_key);
  if (const auto* oct = std::get_if<crypto::SymmetricKey>(&m_key)) {
    doc.RemoveAllMembers();
    add_b64(doc, "k", oct->k, doc.GetAllocator());
    add(doc, "kty", "oct", doc.GetAllocator());
  }
  std::vector<std::pair<std::string, std::string>> members;
  // Through a const reference: clang 14 finds RapidJSON 1.1 non-const iterator == ambiguous.
  const rapidjson::Document& members_of = doc;
  for (const auto& m : members_of.GetObject())
    members.emplace_back(m.name.GetString(), m.value.GetString());
  std::sort(members.begin(), members.end());
  std::string canonical = "{";
  for (const auto& [name, value] : members) {
    if (canonical.size() > 1) canonical += ',';
    canonical += json::quote(name) + ":" + json::quote(value);
  }
  canonical += '}';
  return base64::encode_url(crypto::sha256(canonical));
}

Expected<Jwk> generate_jwk(std::string_view alg, std::string kid) {
  auto make = [&](crypto::KeyMaterial key, std::string use) {
    Jwk jwk(std::move(key));
    jwk.set_kid(std::move(kid));
    jwk.set_use(std::move(use));
    jwk.set_alg(std::string(alg));
    return jwk;
  };
  if (auto sig = crypto::signature_alg_from_string(alg)) {
    switch (crypto::family_of(*sig)) {
      case crypto::SignatureFamily::rsa_pkcs1:
      case crypto::SignatureFamily::rsa_pss:
        return make(crypto::generate_rsa_key(2048), "sig");
      case crypto::SignatureFamily::ecdsa:
        return make(crypto::generate_ec_key(crypto::curve_of(*sig)), "sig");
      case crypto::SignatureFamily::eddsa:
        return make(crypto::generate_ed25519_key(), "sig");
      case crypto::SignatureFamily::hmac:
        return make(crypto::generate_symmetric_key(crypto::digest_size(crypto::hash_of(*sig))),
                    "sig");
    }
  }
  switch (key_management_alg_from_string(alg).value_or(KeyManagementAlg::dir)) {
    case KeyManagementAlg::rsa_oaep:
    case KeyManagementAlg::rsa_oaep_256:
      return make(crypto::generate_rsa_key(2048), "enc");
    case KeyManagementAlg::ecdh_es:
    case KeyManagementAlg::ecdh_es_a128kw:
    case KeyManagementAlg::ecdh_es_a192kw:
    case KeyManagementAlg::ecdh_es_a256kw:
      return make(crypto::generate_ec_key(crypto::Curve::p256), "enc");
    case KeyManagementAlg::a128kw:
      return make(crypto::generate_symmetric_key(16), "enc");
    case KeyManagementAlg::a192kw:
      return make(crypto::generate_symmetric_key(24), "enc");
    case KeyManagementAlg::a256kw:
      return make(crypto::generate_symmetric_key(32), "enc");
    case KeyManagementAlg::rsa1_5:  // decryption only
    case KeyManagementAlg::dir:     // the key length depends on "enc"
      break;
  }
  return fail("generate_jwk: unsupported alg " + json::quote(alg));
}

}  // namespace idp::jose
