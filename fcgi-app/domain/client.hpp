#pragma once
// An OAuth client / OpenID relying party registered in a tenant (RFC 7591 2, OIDC Registration 2,
// RFC 8705 2, CIBA 4, JARM, RAR; client.json, swagger-cp-client-ja.yaml, ClientConfiguration).
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/expected.hpp"
#include "domain/client_extension.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

enum class ClientAuthMethod {
  client_secret_basic,
  client_secret_post,
  client_secret_jwt,
  private_key_jwt,
  tls_client_auth,
  self_signed_tls_client_auth,
  none,
};
inline constexpr json::EnumTable<ClientAuthMethod, 7> k_client_auth_method_names{{
    {"client_secret_basic", ClientAuthMethod::client_secret_basic},
    {"client_secret_post", ClientAuthMethod::client_secret_post},
    {"client_secret_jwt", ClientAuthMethod::client_secret_jwt},
    {"private_key_jwt", ClientAuthMethod::private_key_jwt},
    {"tls_client_auth", ClientAuthMethod::tls_client_auth},
    {"self_signed_tls_client_auth", ClientAuthMethod::self_signed_tls_client_auth},
    {"none", ClientAuthMethod::none},
}};

enum class ApplicationType { web, native };
inline constexpr json::EnumTable<ApplicationType, 2> k_application_type_names{{
    {"web", ApplicationType::web},
    {"native", ApplicationType::native},
}};

enum class BackchannelTokenDeliveryMode { poll, ping, push };
inline constexpr json::EnumTable<BackchannelTokenDeliveryMode, 3> k_delivery_mode_names{{
    {"poll", BackchannelTokenDeliveryMode::poll},
    {"ping", BackchannelTokenDeliveryMode::ping},
    {"push", BackchannelTokenDeliveryMode::push},
}};

enum class SubjectType { public_, pairwise };
inline constexpr json::EnumTable<SubjectType, 2> k_subject_type_names{{
    {"public", SubjectType::public_},
    {"pairwise", SubjectType::pairwise},
}};

struct Client {
  std::string client_id;  // required
  std::optional<std::string> client_id_alias;
  std::optional<std::string> client_secret;  // a secret: written only with include_secrets
  std::optional<std::int64_t> client_id_issued_at;
  std::optional<std::int64_t> client_secret_expires_at;

  std::vector<std::string> redirect_uris;
  std::vector<std::string> post_logout_redirect_uris;
  std::vector<std::string> response_types = {"code"};
  std::vector<std::string> grant_types = {"authorization_code"};
  std::optional<std::string> scope;  // as registered
  std::vector<std::string> scopes;   // `scope` split on spaces
  ApplicationType application_type = ApplicationType::web;
  std::vector<std::string> contacts;

  std::optional<std::string> client_name;
  std::optional<std::string> client_uri;
  std::optional<std::string> logo_uri;
  std::optional<std::string> policy_uri;
  std::optional<std::string> tos_uri;
  // Language-tagged variants (OIDC Registration 2.1): {"client_name#ja-Jpan-JP", "…"}.
  std::vector<std::pair<std::string, std::string>> localized;

  ClientAuthMethod token_endpoint_auth_method = ClientAuthMethod::client_secret_basic;
  std::optional<std::string> token_endpoint_auth_signing_alg;
  std::optional<std::string> jwks_uri;
  std::optional<std::string> jwks;  // JWK Set as a JSON string, checked to have "keys"
  std::optional<std::string> sector_identifier_uri;
  std::optional<SubjectType> subject_type;
  std::optional<std::string> software_id;
  std::optional<std::string> software_version;

  // JOSE algorithms, checked against the JWA registry (RFC 7518).
  std::optional<std::string> id_token_signed_response_alg;
  std::optional<std::string> id_token_encrypted_response_alg;
  std::optional<std::string> id_token_encrypted_response_enc;
  std::optional<std::string> userinfo_signed_response_alg;
  std::optional<std::string> userinfo_encrypted_response_alg;
  std::optional<std::string> userinfo_encrypted_response_enc;
  std::optional<std::string> request_object_signing_alg;
  std::optional<std::string> request_object_encryption_alg;
  std::optional<std::string> request_object_encryption_enc;
  std::optional<std::string> authorization_signed_response_alg;  // JARM
  std::optional<std::string> authorization_encrypted_response_alg;
  std::optional<std::string> authorization_encrypted_response_enc;

  std::optional<std::int64_t> default_max_age;
  bool require_auth_time = false;
  std::vector<std::string> default_acr_values;
  std::optional<std::string> initiate_login_uri;
  std::vector<std::string> request_uris;
  bool require_pkce = false;

  // CIBA.
  BackchannelTokenDeliveryMode backchannel_token_delivery_mode = BackchannelTokenDeliveryMode::poll;
  std::optional<std::string> backchannel_client_notification_endpoint;
  std::optional<std::string> backchannel_authentication_request_signing_alg;
  bool backchannel_user_code_parameter = false;

  std::vector<std::string> authorization_details_types;  // RFC 9396

  // RFC 8705: the certificate subject for tls_client_auth, and certificate-bound tokens.
  std::optional<std::string> tls_client_auth_subject_dn;
  std::optional<std::string> tls_client_auth_san_dns;
  std::optional<std::string> tls_client_auth_san_uri;
  std::optional<std::string> tls_client_auth_san_ip;
  std::optional<std::string> tls_client_auth_san_email;
  bool tls_client_certificate_bound_access_tokens = false;

  // OIDC Back-/Front-Channel Logout.
  std::optional<std::string> backchannel_logout_uri;
  bool backchannel_logout_session_required = false;
  std::optional<std::string> frontchannel_logout_uri;
  bool frontchannel_logout_session_required = false;

  bool enabled = true;
  ClientExtension extension;
  json::FrozenJson extra;
  bool operator==(const Client&) const = default;
};

Client read_client(json::FieldReader& r);
// Error paths start with "client.".
Expected<Client> parse_client(const rapidjson::Value& value);

// `client_secret` is written only with include_secrets.
rapidjson::Value to_value(const Client& c, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const Client& c, bool include_secrets);

}  // namespace idp::domain
