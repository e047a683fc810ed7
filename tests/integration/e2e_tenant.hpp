#pragma once
// idp-server's examples/e2e/test-tenant/ as the integration tests use it
// (import_e2e_test_tenant()): its names, its clients' secrets, and the authorization code flow
// against it (or against a copy of its initial.json, see import_tenant_copy()) driven by a Browser
// through the JSON interactions.
#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>
#include <utility>

#include "http_client.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

namespace idp::test::e2e {

inline const std::string k_tenant = "67e7eae6-62b0-4500-9eff-87459f63fc66";
inline const std::string k_issuer = "https://api.local.test/" + k_tenant;
inline const std::string k_user = "ito.ichiro@gmail.com";  // initial.json
inline const std::string k_password = "successUserCode001";
// Registered for most clients of the tenant (clientSecretPost, clientSecretJwt, publicClient …).
inline const std::string k_redirect = "https://client.example.org/callback";
// RFC 7636 Appendix B.
inline const std::string k_code_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
inline const std::string k_code_challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

// The client_secret of test-tenant/clients/FILE.
inline std::string client_secret(const std::string& file) {
  auto doc = json::parse_object(
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/clients/" + file)));
  if (!doc) throw std::runtime_error("cannot read client " + file + ": " + doc.error());
  return (*doc)["client_secret"].GetString();
}

inline std::string url(const std::string& path, const std::string& tenant = k_tenant) {
  return stack().base_url + "/" + tenant + path;
}

// A request of a client (not of a browser): no cookies.
inline HttpResponse post_form(const std::string& endpoint, const std::string& body,
                              const std::string& basic_user = "",
                              const std::string& basic_password = "") {
  HttpRequest r;
  r.method = "POST";
  r.url = endpoint;
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = body;
  r.basic_user = basic_user;
  r.basic_password = basic_password;
  return send(r);
}

inline rapidjson::Document body_of(const HttpResponse& r) {
  auto doc = json::parse_object(r.body);
  BOOST_REQUIRE_MESSAGE(doc.ok(), "not a JSON object: " << r.status << " " << r.body);
  return std::move(*doc);
}

inline std::string string_member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return {};
  auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace idp::test::e2e
