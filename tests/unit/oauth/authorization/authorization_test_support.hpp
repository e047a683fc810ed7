#pragma once
// Shared by the authorization request tests: the idp-server e2e example configurations (test-tenant
// and require-par-tenant) parsed into domain objects, and short ways to build and judge requests.
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "http/form.hpp"
#include "json/reader.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "test_data.hpp"

namespace idp::test {

inline std::string example(const std::string& tenant, const std::string& file) {
  return read_data("idp-server-config/examples/e2e/" + tenant + "/" + file);
}

inline domain::AuthorizationServer example_server(const std::string& tenant = "test-tenant") {
  auto doc = json::parse(example(tenant, "authorization-server/idp-server.json"));
  if (!doc) throw std::runtime_error(doc.error());
  auto server = domain::parse_authorization_server(*doc);
  if (!server) throw std::runtime_error(server.error());
  return std::move(server).value();
}

// `name` is the file name without .json: clientSecretBasic, publicClient, nativeAppClient …
inline domain::Client example_client(const std::string& name,
                                     const std::string& tenant = "test-tenant") {
  auto doc = json::parse(example(tenant, "clients/" + name + ".json"));
  if (!doc) throw std::runtime_error(doc.error());
  auto client = domain::parse_client(*doc);
  if (!client) throw std::runtime_error(client.error());
  return std::move(client).value();
}

inline http::Params params(std::initializer_list<std::pair<std::string, std::string>> items) {
  http::Params p;
  for (const auto& [name, value] : items) p.add(name, value);
  return p;
}

// A request built up from a valid default, changed one parameter at a time.
class RequestBuilder {
 public:
  RequestBuilder& set(const std::string& name, const std::string& value) {
    drop(name);
    m_items.emplace_back(name, value);
    return *this;
  }
  RequestBuilder& drop(const std::string& name) {
    std::erase_if(m_items, [&name](const auto& item) { return item.first == name; });
    return *this;
  }
  http::Params params() const {
    http::Params p;
    for (const auto& [name, value] : m_items) p.add(name, value);
    return p;
  }

 private:
  std::vector<std::pair<std::string, std::string>> m_items;
};

// clientSecretPost's authorization code request for "openid profile", with state and nonce.
inline constexpr const char* k_callback = "https://client.example.org/callback";
inline constexpr const char* k_state = "af0ifjsldkj";
inline RequestBuilder code_request(const domain::Client& client) {
  RequestBuilder r;
  r.set("client_id", client.client_id)
      .set("redirect_uri", k_callback)
      .set("response_type", "code")
      .set("scope", "openid profile")
      .set("state", k_state)
      .set("nonce", "n-0S6_WzA2Mj");
  return r;
}

using Validated = Expected<oauth::AuthorizationRequest, oauth::AuthorizationError>;

inline Validated validate(const http::Params& p, const domain::Client& client,
                          const domain::AuthorizationServer& server) {
  return oauth::validate_authorization_request(p, &client, server);
}

// The `error` string of a failed validation, "" for a success.
inline std::string error_of(const Validated& v) {
  return v ? std::string() : std::string(oauth::error_string(v.error().error.code));
}

inline std::string description_of(const Validated& v) {
  return v ? std::string() : v.error().error.description;
}

// The test-tenant configuration: its authorization server and the clients the tests use.
struct TestTenant {
  domain::AuthorizationServer server = example_server();
  domain::Client post = example_client("clientSecretPost");  // several redirect URIs, all types
  domain::Client public_client = example_client("publicClient");  // token_endpoint_auth_method none
  domain::Client native = example_client("nativeAppClient");      // loopback redirect URIs
  domain::Client single = example_client("cibaDelegationClient");    // one redirect URI
  domain::Client unsupported = example_client("unsupportedClient");  // no response_types
};

// RFC 7636 Appendix B.
inline constexpr const char* k_rfc7636_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
inline constexpr const char* k_rfc7636_challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

}  // namespace idp::test
