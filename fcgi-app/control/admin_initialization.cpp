#include "control/admin_initialization.hpp"

#include "control/management_error.hpp"
#include "control/provisioning.hpp"
#include "crypto/digest.hpp"
#include "domain/initialization.hpp"
#include "http/basic_auth.hpp"
#include "http/body.hpp"
#include "http/form.hpp"

namespace idp::control {
namespace {

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

Expected<bool> dry_run_of(const http::Request& request) {
  auto params = http::parse_oauth_params(request.query);
  if (!params) return fail(params.error());
  auto v = params->get("dry_run");
  if (!v || *v == "false") return false;
  if (*v == "true") return true;
  return fail("dry_run must be true or false");
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
  if (auto ok = prepare_provisioning(*init, domain::TenantType::admin); !ok)
    return invalid_request(ok.error());
  if (!uow.system().mark_initialized(init->tenant.id))
    return management_error(409, "conflict", "the system is already initialized");
  if (auto ok = provision(uow, *init); !ok) return invalid_request(ok.error());
  if (!*dry_run) uow.commit();
  return http::Response::json(*dry_run ? 200 : 201, provisioning_answer(*init, *dry_run));
}

}  // namespace idp::control
