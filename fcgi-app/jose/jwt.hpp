#pragma once
// JWT claims (RFC 7519 §4.1) and their validation. The current time is always passed in (from the
// clock port), never read here.
#include <rapidjson/document.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace idp::jose {

struct ClaimsRules {
  std::chrono::sys_seconds now{};
  std::chrono::seconds skew{60};         // tolerated clock difference for exp, nbf and iat
  std::optional<std::string> issuer{};   // iss must equal it
  std::vector<std::string> audiences{};  // aud must contain one of them; empty: not checked
  bool require_exp = true;
  bool require_iat = false;
  std::optional<std::chrono::seconds> max_age{};  // iat no older than this (needs iat)
  std::vector<std::string> required_claims{};     // further claims that must be present
};

class JwtClaims {
 public:
  // Parses with json::parse and checks the types of the registered claims (iss, sub, aud, exp,
  // nbf, iat, jti), so that the accessors below cannot meet a wrong type.
  static Expected<JwtClaims> parse(std::string_view json);

  Status validate(const ClaimsRules& rules) const;

  const rapidjson::Document& json() const { return m_doc; }
  bool has(std::string_view name) const;
  // A string claim; nullopt when absent or not a string.
  std::optional<std::string> string_claim(std::string_view name) const;

  std::optional<std::string> iss() const { return string_claim("iss"); }
  std::optional<std::string> sub() const { return string_claim("sub"); }
  std::optional<std::string> jti() const { return string_claim("jti"); }
  const std::vector<std::string>& aud() const { return m_aud; }  // one string becomes one entry
  std::optional<std::int64_t> exp() const { return m_exp; }      // NumericDate, seconds
  std::optional<std::int64_t> nbf() const { return m_nbf; }
  std::optional<std::int64_t> iat() const { return m_iat; }

 private:
  rapidjson::Document m_doc;
  std::vector<std::string> m_aud;
  std::optional<std::int64_t> m_exp, m_nbf, m_iat;
};

// parse() then validate().
Expected<JwtClaims> validate_claims(std::string_view json, const ClaimsRules& rules);

}  // namespace idp::jose
