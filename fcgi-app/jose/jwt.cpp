#include "jose/jwt.hpp"

#include <algorithm>
#include <cmath>

#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

rapidjson::Value::ConstMemberIterator find(const rapidjson::Document& doc, std::string_view name) {
  return doc.FindMember(rapidjson::Value(
      rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
}

// Far beyond any real date, and far from int64 overflow when the skew is added.
constexpr std::int64_t k_max_date = 1'000'000'000'000'000;

// RFC 7519 §2 NumericDate: seconds, possibly fractional. Out-of-range values are refused rather
// than converted (a double beyond int64 is undefined behaviour to cast).
Expected<std::optional<std::int64_t>> numeric_date(const rapidjson::Document& doc,
                                                   const char* name) {
  auto it = doc.FindMember(name);
  if (it == doc.MemberEnd()) return std::optional<std::int64_t>();
  const auto& v = it->value;
  const std::string err =
      std::string("jwt.") + name + ": must be a NumericDate (seconds since 1970)";
  if (v.IsInt64()) {
    if (v.GetInt64() < -k_max_date || v.GetInt64() > k_max_date) return fail(err);
    return std::optional<std::int64_t>(v.GetInt64());
  }
  if (v.IsDouble()) {
    double d = v.GetDouble();
    if (!std::isfinite(d) || d < -k_max_date || d > k_max_date) return fail(err);
    return std::optional<std::int64_t>(static_cast<std::int64_t>(std::floor(d)));
  }
  return fail(err);
}

}  // namespace

Expected<JwtClaims> JwtClaims::parse(std::string_view json) {
  auto doc = json::parse_object(json);
  if (!doc) return fail("jwt claims: " + doc.error());
  JwtClaims c;
  c.m_doc = std::move(doc).value();
  const rapidjson::Document& d = c.m_doc;
  for (const char* name : {"iss", "sub", "jti"}) {
    auto it = d.FindMember(name);
    if (it != d.MemberEnd() && !it->value.IsString())
      return fail(std::string("jwt.") + name + ": must be a string");
  }
  if (auto it = d.FindMember("aud"); it != d.MemberEnd()) {
    if (it->value.IsString()) {
      c.m_aud.emplace_back(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsArray()) {
      for (const auto& a : it->value.GetArray()) {
        if (!a.IsString()) return fail("jwt.aud: must be a string or an array of strings");
        c.m_aud.emplace_back(a.GetString(), a.GetStringLength());
      }
    } else {
      return fail("jwt.aud: must be a string or an array of strings");
    }
  }
  for (auto [name, out] :
       {std::pair{"exp", &c.m_exp}, std::pair{"nbf", &c.m_nbf}, std::pair{"iat", &c.m_iat}}) {
    auto v = numeric_date(c.m_doc, name);
    if (!v) return fail(v.error());
    *out = *v;
  }
  return c;
}

bool JwtClaims::has(std::string_view name) const {
  return find(m_doc, name) != m_doc.MemberEnd();
}

std::optional<std::string> JwtClaims::string_claim(std::string_view name) const {
  auto it = find(m_doc, name);
  if (it == m_doc.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

Status JwtClaims::validate(const ClaimsRules& rules) const {
  const std::int64_t now = rules.now.time_since_epoch().count();
  const std::int64_t skew = rules.skew.count();
  for (const auto& name : rules.required_claims)
    if (!has(name)) return fail("jwt." + name + ": missing");
  // RFC 7519 §4.1.4: the current time must be before exp.
  if (m_exp) {
    if (now >= *m_exp + skew) return fail("jwt.exp: the token has expired");
  } else if (rules.require_exp) {
    return fail("jwt.exp: missing");
  }
  if (m_nbf && now < *m_nbf - skew) return fail("jwt.nbf: the token is not valid yet");
  if (m_iat) {
    if (*m_iat > now + skew) return fail("jwt.iat: issued in the future");
    if (rules.max_age && *m_iat < now - rules.max_age->count() - skew)
      return fail("jwt.iat: issued too long ago");
  } else if (rules.require_iat || rules.max_age) {
    return fail("jwt.iat: missing");
  }
  if (rules.issuer) {
    auto iss = this->iss();
    if (!iss) return fail("jwt.iss: missing");
    if (*iss != *rules.issuer) return fail("jwt.iss: expected " + json::quote(*rules.issuer));
  }
  if (!rules.audiences.empty()) {
    if (m_aud.empty()) return fail("jwt.aud: missing");
    bool match = std::any_of(m_aud.begin(), m_aud.end(), [&](const std::string& a) {
      return std::find(rules.audiences.begin(), rules.audiences.end(), a) != rules.audiences.end();
    });
    if (!match) return fail("jwt.aud: does not contain the expected audience");
  }
  return ok_status();
}

Expected<JwtClaims> validate_claims(std::string_view json, const ClaimsRules& rules) {
  auto claims = JwtClaims::parse(json);
  if (!claims) return claims;
  if (auto ok = claims->validate(rules); !ok) return fail(ok.error());
  return claims;
}

}  // namespace idp::jose
