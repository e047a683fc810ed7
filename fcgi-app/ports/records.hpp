#pragma once
// What the repositories store and return. Configuration is kept as idp-server JSON (`payload`),
// parsed into typed domain objects above this layer; columns that queries filter on sit beside it.
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
  std::string hashed_password;  // Argon2id or imported bcrypt; empty when the user has none
  std::string payload;          // the user JSON without any password
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

}  // namespace idp::ports
