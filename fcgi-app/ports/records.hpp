#pragma once
// What the repositories store and return. Configuration is kept as idp-server JSON (`payload`),
// parsed into typed domain objects above this layer; columns that queries filter on sit beside it.
#include <cstdint>
#include <optional>
#include <string>

namespace idp::ports {

struct OrganizationRecord {
  std::string id;
  std::string name;
  std::string description;
  std::string payload;
};

struct TenantRecord {
  std::string tenant_id;
  std::string name;
  std::string tenant_type;  // ADMIN | ORGANIZER | PUBLIC
  bool enabled = true;
  std::string payload;
};

struct AuthorizationServerRecord {
  std::string issuer;
  std::string payload;
};

struct ClientRecord {
  std::string client_id;
  std::string client_id_alias;
  bool enabled = true;
  std::string payload;
  std::int64_t created_at = 0;  // Unix seconds; set when read
};

struct UserRecord {
  std::string sub;
  std::string provider_id = "idp-server";
  std::string external_user_id;
  std::string name;
  std::string preferred_username;
  std::string email;
  std::string phone_number;
  std::string status = "REGISTERED";
  std::string hashed_password;    // Argon2id or imported bcrypt; empty when the user has none
  std::string payload;            // the user JSON without any password
  std::int64_t locked_until = 0;  // password sign-in refused until then (Unix seconds)
  std::int64_t created_at = 0;    // Unix seconds; set when read
};

struct RoleRecord {
  std::string id;
  std::string name;
  std::string description;
};

struct PermissionRecord {
  std::string id;
  std::string name;
  std::string description;
};

// An issued access token (with its refresh token, when one was issued). Times are Unix seconds.
struct TokenRecord {
  std::string id;
  std::string grant_id;  // shared by the tokens of one authorization (code, then refreshes)
  std::string client_id;
  std::string user_sub;  // empty for client_credentials
  std::string scope;     // space-separated, as granted
  std::string grant_type;
  std::string access_token_hash;  // hex SHA-256 of the token as sent
  std::int64_t access_token_expires_at = 0;
  std::string refresh_token_hash;  // empty: no refresh token
  std::int64_t refresh_token_expires_at = 0;
  std::int64_t issued_at = 0;
  bool revoked = false;
  bool rotated = false;        // its refresh token was exchanged for a new one
  std::string payload = "{}";  // further token data (e.g. the JWT claims), JSON
  std::string claims;          // the claims request parameter it was issued with; "" for none
};

// A stored authorization request (RFC 6749 §4.1.1) waiting for the user's interactions.
struct AuthorizationRequestRecord {
  std::string id;
  std::string client_id;
  std::string payload;       // the validated request parameters, JSON
  std::string browser_hash;  // hex SHA-256 of the cookie that binds the browser to it
  std::string user_sub;      // empty until the user authenticated
  std::int64_t authenticated_at = 0;
  std::string amr;                  // space-separated authentication methods (RFC 8176)
  std::string session_id;           // the sign-in session it was authenticated in; empty before
  std::string interactions = "{}";  // per interaction: counts and outcome, JSON
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  bool completed = false;
};

// One management write (or refusal, or dry run). Times are Unix seconds; before/after are JSON
// ("" for none).
struct AuditLogRecord {
  std::string id;
  std::string type;  // e.g. "client.create"
  std::string description;
  std::string organization_id;
  std::string actor_tenant_id;
  std::string client_id;
  std::string user_id;
  std::string target_resource;
  std::string target_resource_id;
  std::string target_resource_action;
  std::string ip_address;
  std::string user_agent;
  std::string before;
  std::string after;
  std::string outcome_result = "success";
  std::string outcome_reason;
  bool dry_run = false;
  std::int64_t created_at = 0;
};

struct AuditLogQuery {
  std::string type;            // "" for any
  std::string outcome_result;  // "" for any
  std::string user_id;
  std::string client_id;
  std::optional<bool> dry_run;
  std::int64_t from = 0;  // 0: unbounded
  std::int64_t to = 0;
  std::int64_t limit = 20;
  std::int64_t offset = 0;
};

// A configuration document of a tenant (authentication, federation, identity verification,
// security event hook), kept as idp-server JSON.
struct ConfigurationRecord {
  std::string kind;
  std::string id;
  std::string type;
  bool enabled = true;
  std::string payload;
};

// A tenant's authentication policy for one flow.
struct AuthenticationPolicyRecord {
  std::string id;
  std::string flow;
  bool enabled = true;
  std::string payload;  // idp-server's authentication-policy JSON
};

// A sign-in session of a user at the provider, held by the browser as a cookie.
struct OpSessionRecord {
  std::string id;           // the "sid" of ID tokens and logout tokens
  std::string cookie_hash;  // hex SHA-256 of the cookie value
  std::string user_sub;
  std::int64_t authenticated_at = 0;
  std::string amr;  // space-separated (RFC 8176)
  std::string acr;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  bool ended = false;
};

// What a user allowed a client (OIDC Core §3.1.2.4).
struct ConsentRecord {
  std::string user_sub;
  std::string client_id;
  std::string scope;   // space-separated
  std::string claims;  // space-separated claim names
  std::int64_t granted_at = 0;
  std::int64_t updated_at = 0;
};

struct AuthorizationCodeRecord {
  std::string code_hash;
  std::string client_id;
  std::string user_sub;
  std::string payload;  // redirect_uri, scope, nonce, code_challenge(_method), claims, auth_time
  std::int64_t expires_at = 0;
  bool used = false;
  std::string token_id;  // the tokens the code was exchanged for
};

// A user's identity-verification application (one per verification type and journey). JSON
// members are stored as text; times are Unix milliseconds.
struct IdentityVerificationApplicationRecord {
  std::string id;
  std::string client_id;
  std::string user_id;
  std::string verification_type;
  std::string application_details = "{}";
  std::string processes = "{}";         // {process: {call_count, success_count, failure_count}}
  std::string status;                   // lower case: requested, applying, …, cancelled
  std::string attributes;               // JSON object, or "" for none
  std::string external_application_id;  // "" for none
  std::int64_t requested_at = 0;
  std::int64_t updated_at = 0;
  std::int64_t version = 0;  // as read; a write must find it unchanged
};

struct IdentityVerificationApplicationQuery {
  std::string user_id;  // "" for every user (management)
  std::string id;
  std::string verification_type;
  std::string client_id;
  std::string status;
  std::string external_application_id;
  // A JSON object of application_details members and the text each must have:
  // {"application_id": "abc"} matches details whose application_id reads as "abc".
  std::string details = "{}";
  std::int64_t from = 0;  // requested_at bounds in milliseconds; 0: unbounded
  std::int64_t to = 0;
  std::int64_t limit = 20;
  std::int64_t offset = 0;
};

// The verified claims an approval or a direct registration produced. Times are Unix milliseconds.
struct IdentityVerificationResultRecord {
  std::string id;
  std::string user_id;
  std::string application_id;  // "" for a direct registration
  std::string verification_type;
  std::string verified_claims = "{}";
  std::int64_t verified_at = 0;
  std::int64_t valid_until = 0;        // 0: no end
  std::string source = "application";  // application | direct
  std::string source_details;          // JSON, or "" for none
  std::string attributes;              // JSON object, or "" for none
};

struct IdentityVerificationResultQuery {
  std::string user_id;  // "" for every user (management)
  std::string id;
  std::string verification_type;
  std::string application_id;
  std::string source;
  std::int64_t verified_at_from = 0;  // milliseconds; 0: unbounded
  std::int64_t verified_at_to = 0;
  std::int64_t limit = 20;
  std::int64_t offset = 0;
};

}  // namespace idp::ports
