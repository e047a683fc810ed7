#include "control/admin_initialization.hpp"

#include "control/config_writer.hpp"
#include "control/management_error.hpp"
#include "crypto/digest.hpp"
#include "crypto/random.hpp"
#include "domain/initialization.hpp"
#include "http/basic_auth.hpp"
#include "http/body.hpp"
#include "http/form.hpp"
#include "jose/jwks.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

constexpr const char* k_administrator_role = "Administrator";

http::Response unauthorized(std::string description) {
  http::Response r = http::Response::error(401, "unauthorized", description);
  r.set_header("WWW-Authenticate", "Basic realm=\"idp-server admin\"");
  return r;
}

bool authorized(const AdminCredentials& expected, const http::Request& request) {
  auto header = request.header("authorization");
  if (!header || expected.api_key.empty() || expected.api_secret.empty()) return false;
  auto creds = http::parse_basic_credentials(*header);
  if (!creds) return false;
  // Both compared in constant time, and both always compared.
  bool key_ok = crypto::constant_time_equals(creds->user_id, expected.api_key);
  bool secret_ok = crypto::constant_time_equals(creds->password, expected.api_secret);
  return key_ok && secret_ok;
}

// Without configured keys the server makes an ES256 key for access tokens and an RS256 key for ID
// tokens (RS256 is the algorithm every OpenID relying party supports, OIDC Core §15.1).
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

Expected<bool> dry_run_of(const http::Request& request) {
  auto params = http::parse_oauth_params(request.query);
  if (!params) return fail(params.error());
  auto v = params->get("dry_run");
  if (!v || *v == "false") return false;
  if (*v == "true") return true;
  return fail("dry_run must be true or false");
}

std::string created_body(const domain::Initialization& init, bool dry_run) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("dry_run", dry_run, a);
  doc.AddMember("organization", domain::to_value(init.organization, a, false), a);
  doc.AddMember("tenant", domain::to_value(init.tenant, a, false), a);
  doc.AddMember("user", domain::to_value(init.user, a, false), a);
  doc.AddMember("client", domain::to_value(init.client, a, false), a);
  return json::write(doc);
}

}  // namespace

http::Response initialize_admin(ports::UnitOfWork& uow, const AdminCredentials& credentials,
                                const http::Request& request) {
  if (!authorized(credentials, request))
    return unauthorized("HTTP Basic credentials of the server API key and secret are required");
  auto dry_run = dry_run_of(request);
  if (!dry_run) return http::Response::error(400, "invalid_request", dry_run.error());
  auto body = http::json_object_body(request);
  if (!body) return body.error().to_response();

  if (auto admin = uow.system().admin_tenant_id())
    return management_error(409, "conflict",
                            "the system is already initialized (admin tenant " + *admin + ")");

  auto init = domain::parse_initialization(*body);
  if (!init) return invalid_request(init.error());
  init->tenant.tenant_type = domain::TenantType::admin;
  if (init->authorization_server.jwks) {
    if (auto ok = check_jwks(*init->authorization_server.jwks, "authorization_server.jwks"); !ok)
      return invalid_request(ok.error());
  } else if (auto ok = generate_signing_keys(init->authorization_server); !ok) {
    throw std::runtime_error(ok.error());
  }
  if (init->client.jwks)
    if (auto ok = check_client_jwks(*init->client.jwks, "client.jwks"); !ok)
      return invalid_request(ok.error());

  const std::string& tenant = init->tenant.id;
  if (!uow.system().mark_initialized(tenant))
    return management_error(409, "conflict", "the system is already initialized");
  save_organization(uow, init->organization);
  save_tenant(uow, init->tenant);
  uow.organizations().assign_tenant(tenant, init->organization.id);
  save_authorization_server(uow, tenant, init->authorization_server);
  save_client(uow, tenant, init->client);
  domain::User user = init->user;
  if (!user.sub) user.sub = crypto::system_random().uuid_v4();
  if (!user.role) user.role = k_administrator_role;
  ensure_administrator_role(uow, tenant, *user.role);
  crypto::Argon2idPasswordHasher hasher;
  if (auto ok = save_user(uow, tenant, user, hasher); !ok) return invalid_request(ok.error());
  init->user.sub = user.sub;

  if (!*dry_run) uow.commit();
  return http::Response::json(*dry_run ? 200 : 201, created_body(*init, *dry_run));
}

}  // namespace idp::control
