#pragma once
// A tenant for the identity-verification tests: a copy of idp-server's e2e test-tenant
// initial.json (its user ito.ichiro@gmail.com with phone_number 09012345678, its client
// clientSecretPost) imported as the organizer tenant of a new organization, with idp-server's
// template examples/e2e/test-tenant/identity/investment-account-opening.json registered through
// the organization's management API, calling an eKYC vendor of its own instead of
// http://host.docker.internal:4000.
#include <rapidjson/document.h>

#include <functional>
#include <initializer_list>
#include <string>

#include "e2e_tenant.hpp"
#include "ekyc_vendor.hpp"
#include "http_client.hpp"
#include "management_api.hpp"

namespace idp::test {

inline constexpr const char* k_ekyc_type = "investment-account-opening";
// Every scope of the identity-verification endpoints.
inline constexpr const char* k_ekyc_scopes =
    "openid+identity_verification_application+identity_verification_application_delete+"
    "identity_verification_result";

// The template file, with the vendor's URL.
rapidjson::Document ekyc_template(const std::string& vendor_url);
// The member at `path` of `doc` (requires it).
rapidjson::Value& member_at(rapidjson::Value& doc, std::initializer_list<const char*> path);
// Sets member `name` of `object` to the JSON `value`.
void set_member(rapidjson::Value& object, const char* name, const std::string& value,
                rapidjson::Document::AllocatorType& a);

// Seed 002's registration template: trust-service.json's id, type and registration (Basic
// test_user/test_user001, request_validation_schema), without its result rules, with seed 002's
// verified_claims_configuration.mapping_rules.
rapidjson::Document seed_002_template();
// A registration body for `user_id` that trust-service.json's request_validation_schema accepts.
std::string registration_body(const std::string& user_id);
// The verified_claims seed 002's mapping rules make of registration_body().
std::string registration_verified_claims();

// A body for the template's apply process that its schema accepts.
std::string apply_body(const std::string& mobile_phone_number = "09012345678");
// The vendor's examination result (callback-result) for its application `external_id`.
std::string callback_result_body(const std::string& external_id);

struct EkycTenant {
  using Change = std::function<void(rapidjson::Document&)>;
  // `change` edits the template before it is registered.
  explicit EkycTenant(const Change& change = {});

  EkycVendor vendor;
  std::string organization;
  std::string tenant;
  Api management;     // the organization administrator's (ito.ichiro), scope management
  std::string token;  // ito.ichiro's, with k_ekyc_scopes

  std::string token_of(const std::string& username, const std::string& password,
                       const std::string& scope) const;
  // A user of the tenant created through the management API; returns its sub.
  std::string create_user(const std::string& email, const std::string& password,
                          const std::string& phone_number) const;
  // …/tenants/{tenant}/PATH through the management API.
  HttpResponse manage(const std::string& method, const std::string& path,
                      const std::string& body = "") const;

  std::string me(const std::string& path) const;        // …/v1/me/identity-verification/PATH
  std::string internal(const std::string& path) const;  // …/internal/v1/identity-verification/PATH

  // POST /me/…/applications/{type}/apply, and /{id}/{process}, with `bearer` (default: token).
  HttpResponse apply(const std::string& body, const std::string& bearer = "") const;
  HttpResponse process(const std::string& id, const std::string& process,
                       const std::string& body = "{}", const std::string& bearer = "") const;
  // POST /internal/…/callback/{type}[/{id}]/{process}, HTTP Basic unless `username` is empty.
  HttpResponse callback(const std::string& process, const std::string& body,
                        const std::string& username = "test_user",
                        const std::string& password = "test_user001",
                        const std::string& id = "") const;

  // GET /me/…/applications?QUERY with `bearer` (default: token), requiring 200.
  rapidjson::Document applications(const std::string& query = "",
                                   const std::string& bearer = "") const;
  // The application `id` as GET /me/…/applications?id= shows it (requires exactly one).
  rapidjson::Document application(const std::string& id) const;
  // GET /me/…/results?QUERY, requiring 200.
  rapidjson::Document results(const std::string& query = "") const;

  // apply_body() applied; requires 200 and returns the application id.
  std::string applied() const;
  // The vendor's id of application `id` (its application_details.application_id).
  std::string external_id(const std::string& id) const;
  // applied(), then callback-examination and callback-result: an approved application's id.
  std::string approved() const;
};

// The body of `r`, which must be a JSON object, and a string member ("" when it is not a string).
using e2e::body_of;
using e2e::string_member;

// The counters of `process` in an application ({call_count, success_count, failure_count}),
// written "call/success/failure" ("-" when the process never ran).
std::string counters(const rapidjson::Value& application, const char* process);
std::string status_of(const rapidjson::Value& application);

}  // namespace idp::test
