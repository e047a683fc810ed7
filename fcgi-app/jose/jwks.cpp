#include "jose/jwks.hpp"

#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

// Verification without a kid tries every suitable key; this bounds that work.
constexpr std::size_t k_max_keys = 100;

std::string write_set(const std::vector<Jwk>& keys, bool include_private, bool skip_oct) {
  rapidjson::Document doc;
  doc.SetObject();
  auto& a = doc.GetAllocator();
  rapidjson::Value arr(rapidjson::kArrayType);
  for (const auto& key : keys) {
    if (skip_oct && key.kty() == KeyType::oct) continue;
    rapidjson::Value v;
    key.write(v, a, include_private);
    arr.PushBack(v, a);
  }
  doc.AddMember("keys", arr, a);
  return json::write(doc);
}

}  // namespace

Expected<Jwks> Jwks::parse(std::string_view json, crypto::KeyCheck depth) {
  auto doc = json::parse_object(json);
  if (!doc) return fail("jwks: " + doc.error());
  const rapidjson::Document& set = *doc;
  auto it = set.FindMember("keys");
  if (it == set.MemberEnd()) return fail("jwks.keys: missing");
  if (!it->value.IsArray()) return fail("jwks.keys: must be an array");
  if (it->value.Size() > k_max_keys)
    return fail("jwks.keys: more than " + std::to_string(k_max_keys) + " keys");
  Jwks out;
  rapidjson::SizeType index = 0;
  for (const auto& item : it->value.GetArray()) {
    auto key = Jwk::from_json(item, depth);
    if (key)
      out.m_keys.push_back(std::move(key).value());
    else
      out.m_skipped.push_back("jwks.keys[" + std::to_string(index) + "]: " + key.error());
    ++index;
  }
  return out;
}

Expected<Jwks> Jwks::parse_public(std::string_view json) {
  auto doc = json::parse_object(json);
  if (!doc) return fail("jwks: " + doc.error());
  auto it = doc->FindMember("keys");
  if (it != doc->MemberEnd() && it->value.IsArray())
    for (auto& key : it->value.GetArray())
      if (key.IsObject() && !(key.HasMember("kty") && key["kty"].IsString() &&
                              std::string_view(key["kty"].GetString()) == "oct"))
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "oth"})
          key.RemoveMember(member);
  return parse(json::write(*doc));
}

const Jwk* Jwks::find(std::string_view kid) const {
  for (const auto& key : m_keys)
    if (key.kid() == kid) return &key;
  return nullptr;
}

std::string Jwks::to_json(bool include_private) const {
  return write_set(m_keys, include_private, false);
}

std::string Jwks::public_json() const {
  return write_set(m_keys, false, true);
}

}  // namespace idp::jose
