#include <algorithm>
#include <array>

#include "base/base64.hpp"
#include "jose/jwk.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose {

// Reads one JWK object member by member; each error names the member it is about.
class JwkParser {
 public:
  JwkParser(const rapidjson::Value& obj, crypto::KeyCheck depth) : m_obj(obj), m_depth(depth) {}

  Expected<Jwk> parse() {
    if (!m_obj.IsObject()) return fail("jwk: must be a JSON object");
    auto kty = string_member("kty", true);
    if (!kty) return fail(kty.error());
    auto key = key_material(*kty);
    if (!key) return fail(key.error());
    if (auto checked = crypto::check_key(*key, m_depth); !checked)
      return fail(prefixed(checked.error()));
    Jwk jwk(std::move(key).value());
    if (auto st = common_members(jwk); !st) return fail(st.error());
    return jwk;
  }

 private:
  static constexpr std::array<std::string_view, 12> k_key_members{
      "kty", "n", "e", "d", "p", "q", "dp", "dq", "qi", "oth", "crv", "k"};
  static constexpr std::array<std::string_view, 2> k_ec_members{"x", "y"};

  static std::string prefixed(const std::string& crypto_error) {
    // crypto::check_key says "x: must be 32 bytes" or "key is malformed".
    auto colon = crypto_error.find(": ");
    bool names_members = colon != std::string::npos &&
                         crypto_error.find_first_not_of("abcdefghijklmnopqrstuvwxyz, ") >= colon;
    return (names_members ? "jwk." : "jwk: ") + crypto_error;
  }

  const rapidjson::Value* member(std::string_view name) const {
    auto it = m_obj.FindMember(rapidjson::Value(
        rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
    return it == m_obj.MemberEnd() ? nullptr : &it->value;
  }

  Expected<std::string> string_member(std::string_view name, bool required) const {
    const rapidjson::Value* v = member(name);
    if (!v) {
      if (required) return fail("jwk." + std::string(name) + ": missing");
      return std::string();
    }
    if (!v->IsString()) return fail("jwk." + std::string(name) + ": must be a string");
    return std::string(v->GetString(), v->GetStringLength());
  }

  // RFC 7518 §6: base64url of the unsigned big-endian value. An empty result means absent.
  Expected<std::string> bytes_member(std::string_view name, bool required) const {
    auto text = string_member(name, required);
    if (!text) return text;
    if (text->empty()) {
      if (member(name)) return fail("jwk." + std::string(name) + ": must not be empty");
      return text;
    }
    auto bytes = base64::decode_url(*text);
    if (!bytes) return fail("jwk." + std::string(name) + ": not valid base64url");
    return std::move(*bytes);
  }

  Expected<crypto::KeyMaterial> key_material(const std::string& kty) {
    if (kty == "RSA") return rsa();
    if (kty == "EC") return ec();
    if (kty == "OKP") return okp();
    if (kty == "oct") {
      auto k = bytes_member("k", true);
      if (!k) return fail(k.error());
      return crypto::KeyMaterial(crypto::SymmetricKey{std::move(k).value()});
    }
    return fail("jwk.kty: unsupported key type " + json::quote(kty));
  }

  Expected<crypto::KeyMaterial> rsa() {
    if (member("oth")) return fail("jwk.oth: multi-prime RSA keys are not supported");
    crypto::RsaKey key;
    std::array<std::pair<const char*, std::string*>, 8> parts{{{"n", &key.n},
                                                               {"e", &key.e},
                                                               {"d", &key.d},
                                                               {"p", &key.p},
                                                               {"q", &key.q},
                                                               {"dp", &key.dp},
                                                               {"dq", &key.dq},
                                                               {"qi", &key.qi}}};
    for (auto& [name, out] : parts) {
      bool required = *name == 'n' || *name == 'e';
      auto v = bytes_member(name, required);
      if (!v) return fail(v.error());
      *out = std::move(v).value();
    }
    // Some libraries prefix the modulus with a zero octet; RFC 7518 §6.3.1.1 forbids it, but
    // the value is unambiguous, so keep the canonical form (the thumbprint depends on it).
    for (std::string* s : {&key.n, &key.e}) {
      auto first = s->find_first_not_of('\0');
      s->erase(0, first == std::string::npos ? s->size() : first);
      if (s->empty()) return fail(std::string("jwk.") + (s == &key.n ? "n" : "e") + ": is zero");
    }
    return crypto::KeyMaterial(std::move(key));
  }

  Expected<crypto::KeyMaterial> ec() {
    auto crv = string_member("crv", true);
    if (!crv) return fail(crv.error());
    auto curve = crypto::curve_from_name(*crv);
    if (!curve) return fail("jwk.crv: unsupported curve " + json::quote(*crv));
    crypto::EcKey key;
    key.curve = *curve;
    for (auto [name, out] :
         {std::pair{"x", &key.x}, std::pair{"y", &key.y}, std::pair{"d", &key.d}}) {
      auto v = bytes_member(name, *name != 'd');
      if (!v) return fail(v.error());
      *out = std::move(v).value();
    }
    return crypto::KeyMaterial(std::move(key));
  }

  Expected<crypto::KeyMaterial> okp() {
    auto crv = string_member("crv", true);
    if (!crv) return fail(crv.error());
    if (*crv != "Ed25519") return fail("jwk.crv: unsupported curve " + json::quote(*crv));
    crypto::Ed25519Key key;
    auto x = bytes_member("x", true);
    if (!x) return fail(x.error());
    auto d = bytes_member("d", false);
    if (!d) return fail(d.error());
    key.x = std::move(x).value();
    key.d = std::move(d).value();
    return crypto::KeyMaterial(std::move(key));
  }

  Expected<std::vector<std::string>> string_array(std::string_view name) const {
    std::vector<std::string> out;
    const rapidjson::Value* v = member(name);
    if (!v) return out;
    if (!v->IsArray()) return fail("jwk." + std::string(name) + ": must be an array of strings");
    for (const auto& item : v->GetArray()) {
      if (!item.IsString())
        return fail("jwk." + std::string(name) + ": must be an array of strings");
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }

  bool owned_by_kty(std::string_view name, KeyType kty) const {
    if (std::find(k_key_members.begin(), k_key_members.end(), name) != k_key_members.end())
      return true;
    // x and y are public members only for EC/OKP; elsewhere they are simply unknown.
    return (kty == KeyType::ec || kty == KeyType::okp) &&
           std::find(k_ec_members.begin(), k_ec_members.end(), name) != k_ec_members.end();
  }

  Status common_members(Jwk& jwk) const {
    auto kid = string_member("kid", false);
    auto use = string_member("use", false);
    auto alg = string_member("alg", false);
    if (!kid) return fail(kid.error());
    if (!use) return fail(use.error());
    if (!alg) return fail(alg.error());
    jwk.m_kid = std::move(kid).value();
    jwk.m_use = std::move(use).value();
    jwk.m_alg = std::move(alg).value();
    auto ops = string_array("key_ops");
    if (!ops) return fail(ops.error());
    for (std::size_t i = 0; i < ops->size(); ++i)
      if (std::find(ops->begin() + static_cast<std::ptrdiff_t>(i) + 1, ops->end(), (*ops)[i]) !=
          ops->end())
        return fail("jwk.key_ops: duplicate value " + json::quote((*ops)[i]));
    jwk.m_key_ops = std::move(ops).value();
    auto x5c = string_array("x5c");
    if (!x5c) return fail(x5c.error());
    for (const auto& cert : *x5c)
      if (!base64::decode(cert)) return fail("jwk.x5c: entries must be standard base64 (DER)");
    jwk.m_x5c = std::move(x5c).value();

    for (const auto& m : m_obj.GetObject()) {
      std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (owned_by_kty(name, jwk.kty()) || name == "kid" || name == "use" || name == "alg" ||
          name == "key_ops" || name == "x5c")
        continue;
      jwk.m_other.emplace_back(std::string(name), json::write(m.value));
    }
    return ok_status();
  }

  const rapidjson::Value& m_obj;
  crypto::KeyCheck m_depth;
};

Expected<Jwk> Jwk::from_json(const rapidjson::Value& object, crypto::KeyCheck depth) {
  return JwkParser(object, depth).parse();
}

Expected<Jwk> Jwk::parse(std::string_view json) {
  auto doc = json::parse_object(json);
  if (!doc) return fail("jwk: " + doc.error());
  return from_json(*doc);
}

}  // namespace idp::jose
