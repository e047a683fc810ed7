#include "domain/vocabulary.hpp"

#include <array>

#include "json/reader.hpp"

namespace idp::domain::vocabulary {
namespace {

constexpr std::string_view k_grant_types[] = {
    "authorization_code",
    "implicit",
    "password",
    "client_credentials",
    "refresh_token",
    "urn:openid:params:grant-type:ciba",
    "urn:ietf:params:oauth:grant-type:jwt-bearer",
};

constexpr std::string_view k_response_modes[] = {
    "query",         "fragment", "form_post",   "query.jwt",       "fragment.jwt",
    "form_post.jwt", "jwt",      "direct_post", "direct_post.jwt",
};

constexpr std::string_view k_client_auth_methods[] = {
    "client_secret_basic",
    "client_secret_post",
    "client_secret_jwt",
    "private_key_jwt",
    "tls_client_auth",
    "self_signed_tls_client_auth",
    "none",
};

constexpr std::string_view k_subject_types[] = {"public", "pairwise"};
constexpr std::string_view k_code_challenge_methods[] = {"plain", "S256"};
constexpr std::string_view k_delivery_modes[] = {"poll", "ping", "push"};
constexpr std::string_view k_display_values[] = {"page", "popup", "touch", "wap"};
constexpr std::string_view k_claim_types[] = {"normal", "aggregated", "distributed"};

constexpr std::string_view k_jws_algorithms[] = {
    "none",  "HS256",  "HS384", "HS512", "RS256", "RS384", "RS512",   "ES256", "ES384",
    "ES512", "ES256K", "PS256", "PS384", "PS512", "EdDSA", "Ed25519", "Ed448",
};

constexpr std::string_view k_jwe_key_algorithms[] = {
    "RSA1_5",
    "RSA-OAEP",
    "RSA-OAEP-256",
    "RSA-OAEP-384",
    "RSA-OAEP-512",
    "A128KW",
    "A192KW",
    "A256KW",
    "dir",
    "ECDH-ES",
    "ECDH-ES+A128KW",
    "ECDH-ES+A192KW",
    "ECDH-ES+A256KW",
    "A128GCMKW",
    "A192GCMKW",
    "A256GCMKW",
    "PBES2-HS256+A128KW",
    "PBES2-HS384+A192KW",
    "PBES2-HS512+A256KW",
};

constexpr std::string_view k_jwe_content_algorithms[] = {
    "A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM",
};

// OAuth 2.0 Multiple Response Type Encoding Practices: a response type is a set of values, in
// any order, or "none" alone. vp_token is OpenID4VP.
bool is_response_type(std::string_view value) {
  constexpr std::array<std::string_view, 4> k_parts = {"code", "token", "id_token", "vp_token"};
  if (value == "none") return true;
  std::array<bool, k_parts.size()> seen{};
  bool any = false;
  while (!value.empty()) {
    auto space = value.find(' ');
    auto part = value.substr(0, space);
    bool known = false;
    for (std::size_t i = 0; i < k_parts.size(); ++i) {
      if (part != k_parts[i]) continue;
      if (seen[i]) return false;
      seen[i] = known = any = true;
    }
    if (!known) return false;
    if (space == std::string_view::npos) break;
    value.remove_prefix(space + 1);
    if (value.empty()) return false;  // trailing space
  }
  return any;
}

}  // namespace

const json::Choices& grant_types() {
  static const json::Choices k{k_grant_types};
  return k;
}

const json::Choices& response_types() {
  static const json::Choices k{{},
                               json::Spelling::exact,
                               &is_response_type,
                               "space-separated code, token, id_token, vp_token, or none"};
  return k;
}

const json::Choices& response_modes() {
  static const json::Choices k{k_response_modes};
  return k;
}

const json::Choices& client_auth_methods() {
  static const json::Choices k{k_client_auth_methods};
  return k;
}

const json::Choices& subject_types() {
  static const json::Choices k{k_subject_types};
  return k;
}

const json::Choices& code_challenge_methods() {
  static const json::Choices k{k_code_challenge_methods};
  return k;
}

const json::Choices& delivery_modes() {
  static const json::Choices k{k_delivery_modes};
  return k;
}

const json::Choices& display_values() {
  static const json::Choices k{k_display_values};
  return k;
}

const json::Choices& claim_types() {
  static const json::Choices k{k_claim_types};
  return k;
}

const json::Choices& jws_algorithms() {
  static const json::Choices k{k_jws_algorithms};
  return k;
}

const json::Choices& jwe_key_algorithms() {
  static const json::Choices k{k_jwe_key_algorithms};
  return k;
}

const json::Choices& jwe_content_algorithms() {
  static const json::Choices k{k_jwe_content_algorithms};
  return k;
}

std::optional<std::string> jwk_set_problem(std::string_view text) {
  auto doc = json::parse(text);
  if (!doc) return "not a JWK Set: " + doc.error();
  if (!doc->IsObject() || !doc->HasMember("keys") || !(*doc)["keys"].IsArray())
    return std::string("not a JWK Set: expected a JSON object with a \"keys\" array");
  return std::nullopt;
}

std::vector<std::string> split_scope(std::string_view scope) {
  std::vector<std::string> out;
  while (!scope.empty()) {
    auto space = scope.find(' ');
    auto part = scope.substr(0, space);
    if (!part.empty()) out.emplace_back(part);
    if (space == std::string_view::npos) break;
    scope.remove_prefix(space + 1);
  }
  return out;
}

}  // namespace idp::domain::vocabulary
