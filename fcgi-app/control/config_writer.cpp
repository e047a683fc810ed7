#include "control/config_writer.hpp"

#include "control/permissions.hpp"
#include "crypto/random.hpp"
#include "jose/jwks.hpp"

namespace idp::control {

Status check_jwks(const std::string& jwks_json, const std::string& path) {
  auto jwks = jose::Jwks::parse(jwks_json);
  if (!jwks) return fail(path + ": " + jwks.error());
  if (!jwks->skipped().empty()) return fail(path + ": " + jwks->skipped().front());
  return ok_status();
}

Status check_client_jwks(const std::string& jwks_json, const std::string& path) {
  auto jwks = jose::Jwks::parse_public(jwks_json);
  if (!jwks) return fail(path + ": " + jwks.error());
  if (!jwks->skipped().empty()) return fail(path + ": " + jwks->skipped().front());
  return ok_status();
}

void save_organization(ports::UnitOfWork& uow, const domain::Organization& o) {
  uow.organizations().upsert(
      {o.id, o.name, o.description.value_or(""), domain::to_json(o, /*include_secrets=*/true)});
}

void save_tenant(ports::UnitOfWork& uow, const domain::Tenant& t) {
  uow.tenants().upsert(
      t.id, {t.id, t.name, std::string(json::name_of(domain::k_tenant_type_names, t.tenant_type)),
             t.enabled, domain::to_json(t, /*include_secrets=*/true)});
}

void save_authorization_server(ports::UnitOfWork& uow, const std::string& tenant_id,
                               const domain::AuthorizationServer& s) {
  uow.authorization_servers().upsert(tenant_id,
                                     {s.issuer, domain::to_json(s, /*include_secrets=*/true)});
}

void save_client(ports::UnitOfWork& uow, const std::string& tenant_id, const domain::Client& c) {
  uow.clients().upsert(tenant_id, {c.client_id, c.client_id_alias.value_or(""), c.enabled,
                                   domain::to_json(c, /*include_secrets=*/true)});
}

void ensure_administrator_role(ports::UnitOfWork& uow, const std::string& tenant_id,
                               const std::string& name) {
  std::vector<std::string> names;
  for (const auto& p : all_permissions()) {
    uow.roles().upsert_permission(tenant_id,
                                  {crypto::system_random().uuid_v4(), p.name, p.description});
    names.push_back(p.name);
  }
  uow.roles().upsert_role(tenant_id, {crypto::system_random().uuid_v4(), name, "every permission"},
                          names);
}

void save_authentication_policy(ports::UnitOfWork& uow, const std::string& tenant_id,
                                const domain::AuthenticationPolicy& policy) {
  uow.authentication_policies().upsert(
      tenant_id, {policy.id, policy.flow, policy.enabled, domain::to_json(policy)});
}

void ensure_role(ports::UnitOfWork& uow, const std::string& tenant_id, const std::string& name) {
  if (!uow.roles().find_role(tenant_id, name))
    uow.roles().upsert_role(tenant_id, {crypto::system_random().uuid_v4(), name, ""}, {});
}

Status save_user(ports::UnitOfWork& uow, const std::string& tenant_id, domain::User user,
                 const crypto::PasswordHasher& hasher) {
  if (!user.sub) user.sub = crypto::system_random().uuid_v4();
  std::string hashed;
  if (user.raw_password) {
    hashed = hasher.hash(*user.raw_password);
  } else if (user.hashed_password) {
    const std::string& h = *user.hashed_password;
    if (h.rfind("$argon2id$", 0) != 0 && h.rfind("$2a$", 0) != 0 && h.rfind("$2b$", 0) != 0 &&
        h.rfind("$2y$", 0) != 0)
      return fail("user.hashed_password: expected an Argon2id or bcrypt hash");
    hashed = h;
  }
  user.raw_password.reset();
  user.hashed_password.reset();  // kept in its own column, never in the payload

  ports::UserRecord record;
  record.sub = *user.sub;
  record.provider_id = user.provider_id;
  record.external_user_id = user.external_user_id.value_or("");
  record.name = user.name.value_or("");
  record.preferred_username = user.preferred_username.value_or(user.email.value_or(""));
  record.email = user.email.value_or("");
  record.phone_number = user.phone_number.value_or("");
  if (user.status)
    record.status = std::string(json::name_of(domain::k_user_status_names, *user.status));
  record.hashed_password = hashed;
  record.payload = domain::to_json(user, /*include_secrets=*/false);
  uow.users().upsert(tenant_id, record);

  if (user.role) {
    auto role = uow.roles().find_role(tenant_id, *user.role);
    if (!role)
      return fail("user.role: no role named \"" + *user.role + "\" in tenant " + tenant_id);
    uow.roles().assign_role(tenant_id, *user.sub, role->id);
  }
  return ok_status();
}

}  // namespace idp::control
