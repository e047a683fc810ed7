#pragma once
// Helpers for the crypto tests: hex literals and RFC 7520 keys read straight from the cookbook
// files (trusted test data; crypto/ itself knows nothing of JWK).
#include <rapidjson/document.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "base/base64.hpp"
#include "crypto/key_material.hpp"
#include "test_data.hpp"

namespace idp::test {

inline std::string hex(std::string_view h) {
  std::string out;
  auto nibble = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument("bad hex");
  };
  std::string digits;
  for (char c : h)
    if (c != ' ' && c != '\n') digits += c;
  for (std::size_t i = 0; i + 1 < digits.size(); i += 2)
    out += static_cast<char>(nibble(digits[i]) * 16 + nibble(digits[i + 1]));
  return out;
}

inline std::string b64u(std::string_view s) {
  auto v = base64::decode_url(s);
  if (!v) throw std::invalid_argument("bad base64url in test data");
  return *v;
}

inline rapidjson::Document cookbook(const std::string& file) {
  rapidjson::Document doc;
  doc.Parse(read_data("jose-cookbook/" + file).c_str());
  if (doc.HasParseError()) throw std::runtime_error("bad test data: " + file);
  return doc;
}

inline std::string member(const rapidjson::Value& v, const char* name) {
  auto it = v.FindMember(name);
  return it == v.MemberEnd() ? std::string() : std::string(it->value.GetString());
}

inline crypto::KeyMaterial key_material(const rapidjson::Value& jwk) {
  std::string kty = member(jwk, "kty");
  auto b = [&](const char* name) { return b64u(member(jwk, name)); };
  if (kty == "RSA")
    return crypto::RsaKey{b("n"), b("e"), b("d"), b("p"), b("q"), b("dp"), b("dq"), b("qi")};
  if (kty == "EC")
    return crypto::EcKey{*crypto::curve_from_name(member(jwk, "crv")), b("x"), b("y"), b("d")};
  if (kty == "OKP") return crypto::Ed25519Key{b("x"), b("d")};
  return crypto::SymmetricKey{b("k")};
}

inline crypto::KeyMaterial cookbook_key(const std::string& file) {
  auto doc = cookbook(file);
  return key_material(doc["input"]["key"]);
}

}  // namespace idp::test
