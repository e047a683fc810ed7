#include "control/provisioning.hpp"

#include "control/config_writer.hpp"
#include "crypto/password_hasher.hpp"
#include "crypto/random.hpp"
#include "jose/jwks.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

constexpr const char* k_administrator_role = "Administrator";

// RS256 for ID tokens is the algorithm every OpenID relying party supports (OIDC Core §15.1).
Status generate_signing_keys(domain::AuthorizationServer& server) {
  jose::Jwks jwks;
  std::string es_kid = crypto::system_random().uuid_v4();
  std::string rs_kid = crypto::system_random().uuid_v4();
  auto es = jose::generate_jwk("ES256", es_kid);
  auto rs = jose::generate_jwk("RS256", rs_kid);
  if (!es || !rs) return fail("signing key generation failed");
  jwks.add(std::move(*es));
  jwks.add(std::move(*rs));
  server.jwks = jwks.to_json(/*include_private=*/true);
  server.extension.token_signed_key_id = es_kid;
  server.extension.id_token_signed_key_id = rs_kid;
  return ok_status();
}

}  // namespace

Status ensure_signing_keys(domain::AuthorizationServer& server) {
  if (server.jwks) return check_jwks(*server.jwks, "authorization_server.jwks");
  return generate_signing_keys(server);
}

Status prepare_provisioning(domain::Initialization& init, domain::TenantType tenant_type) {
  init.tenant.tenant_type = tenant_type;
  if (auto ok = ensure_signing_keys(init.authorization_server); !ok) return ok;
  if (init.client.jwks)
    if (auto ok = check_client_jwks(*init.client.jwks, "client.jwks"); !ok) return ok;
  if (!init.user.sub) init.user.sub = crypto::system_random().uuid_v4();
  if (!init.user.role) init.user.role = k_administrator_role;
  return ok_status();
}

Status provision(ports::UnitOfWork& uow, const domain::Initialization& init) {
  const std::string& tenant = init.tenant.id;
  save_organization(uow, init.organization);
  save_tenant(uow, init.tenant);
  uow.organizations().assign_tenant(tenant, init.organization.id);
  save_authorization_server(uow, tenant, init.authorization_server);
  save_client(uow, tenant, init.client);
  ensure_administrator_role(uow, tenant, *init.user.role);
  static const crypto::Argon2idPasswordHasher hasher;
  return save_user(uow, tenant, init.user, hasher);
}

std::string provisioning_answer(const domain::Initialization& init, bool dry_run) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("dry_run", dry_run, a);
  doc.AddMember("organization", domain::to_value(init.organization, a, false), a);
  doc.AddMember("tenant", domain::to_value(init.tenant, a, false), a);
  doc.AddMember("user", domain::to_value(init.user, a, false), a);
  doc.AddMember("client", domain::to_value(init.client, a, false), a);
  return json::write(doc);
}

}  // namespace idp::control
