#pragma once
// A client of the management API for the integration tests: tokens by the password grant, the
// admin's API, and organizations onboarded from idp-server's login-password-only example bodies.
#include <rapidjson/document.h>

#include <string>

#include "http_client.hpp"

namespace idp::test {

std::string example(const std::string& name);  // examples/login-password-only/NAME

std::string token_by_password(const std::string& tenant, const std::string& client_id,
                              const std::string& secret, const std::string& username,
                              const std::string& password, const std::string& scope);

// A management API client with a Bearer token.
struct Api {
  std::string token;
  std::string prefix;  // /v1/management or /v1/management/organizations/{id}

  HttpResponse call(const std::string& method, const std::string& path,
                    const std::string& body = "") const;
};

rapidjson::Document json_of(const HttpResponse& r);

// The ADMIN tenant's administrator, at system level.
const Api& admin_api();

struct Organization {
  std::string id;
  std::string organizer_tenant;
  std::string client_id;  // the organization's management client (client_secret_post)
  std::string client_secret;
  Api api;  // its administrator's, at organization level
};

// login-password-only/onboarding-request.json under new ids, onboarded by the admin.
Organization onboard();

// login-password-only/public-tenant-request.json and client-request.json under new ids.
std::string public_tenant_body(const std::string& tenant);
std::string client_body(const std::string& client_id);

}  // namespace idp::test
