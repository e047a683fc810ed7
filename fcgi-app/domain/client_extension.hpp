#pragma once
// The `extension` object of a client: idp-server's per-client settings (client.json,
// swagger-cp-client-ja.yaml, ClientExtensionConfiguration). Unset overrides fall back to the
// authorization server's extension (see token_policy.hpp).
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/authorization_server_extension.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

enum class FederationType { oauth2, saml2, oidc, device };
inline constexpr json::EnumTable<FederationType, 4> k_federation_type_names{{
    {"oauth2", FederationType::oauth2},
    {"saml2", FederationType::saml2},
    {"oidc", FederationType::oidc},
    {"device", FederationType::device},
}};

// An external identity provider this client may use (sign-in buttons, RFC 7523 JWT bearer).
struct AvailableFederation {
  std::optional<std::string> id;
  FederationType type = FederationType::oidc;  // required
  std::optional<std::string> sso_provider;
  bool auto_selected = false;
  std::optional<std::string> issuer;  // trusted issuer for the JWT bearer grant
  bool jwt_bearer_grant_enabled = false;
  std::optional<std::string> subject_claim_mapping;  // sub, email …
  std::optional<std::string> jwks_uri;
  std::optional<std::string> jwks;  // JWK Set (public keys) as a JSON string
  std::int64_t jwks_cache_ttl_seconds = 3600;
  json::FrozenJson extra;
  bool operator==(const AvailableFederation&) const = default;
};

struct ClientExtension {
  // Overrides of the server's token settings (FEATURES.md "Token strategy").
  std::optional<AccessTokenType> access_token_type;
  std::optional<std::int64_t> access_token_duration;
  std::optional<std::int64_t> refresh_token_duration;
  std::optional<std::int64_t> id_token_duration;
  std::optional<std::int64_t> authorization_code_valid_duration;
  std::optional<RefreshTokenStrategy> refresh_token_strategy;
  std::optional<bool> rotate_refresh_token;
  bool supported_jar = false;  // RFC 9101 request objects
  std::vector<AvailableFederation> available_federations;
  // Unset: the server's value. client.json's default equals the server default
  // (authentication-device-notification); idp-server's Java class defaults to "-no-action".
  std::optional<CibaInteractionType> default_ciba_authentication_interaction_type;
  bool ciba_require_rar = false;  // CIBA requests must carry authorization_details
  std::optional<json::FrozenJson> custom_properties;
  json::FrozenJson extra;
  bool operator==(const ClientExtension&) const = default;
};

ClientExtension read_client_extension(json::FieldReader& r);
rapidjson::Value to_value(const ClientExtension& e, rapidjson::Document::AllocatorType& a);

}  // namespace idp::domain
