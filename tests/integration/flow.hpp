#pragma once
// The authorization code flow against a tenant copied from idp-server's e2e initial.json (its
// client clientSecretPost with redirect URI http://localhost:8081/callback, and its user), driven
// through the JSON interactions by a Browser.
#include <rapidjson/document.h>

#include <string>

#include "browser.hpp"

namespace idp::test {

struct FlowTokens {
  rapidjson::Document response;  // the token response
  rapidjson::Document id_token;  // the verified ID token's claims
  std::string id_token_compact;
};

class TenantFlow {
 public:
  static constexpr const char* k_client = "17deb0de-a05f-46c3-b99b-e4e2e5f614ca";
  static constexpr const char* k_redirect = "http://localhost:8081/callback";
  static constexpr const char* k_user = "ito.ichiro@gmail.com";
  static constexpr const char* k_password = "successUserCode001";
  static constexpr const char* k_sub = "3ec055a8-8000-44a2-8677-e70ebff414e2";

  explicit TenantFlow(std::string tenant_id) : m_tenant(std::move(tenant_id)) {}

  const std::string& tenant() const { return m_tenant; }
  std::string api(const std::string& path) const;
  // response_type=code with the client, redirect URI, state "st" and nonce "nn".
  static std::string query(const std::string& extra = "", const std::string& scope = "openid");

  // The authorization request's id from the sign-in page redirect (requires the 302).
  std::string start(Browser& b, const std::string& query) const;
  HttpResponse interaction(Browser& b, const std::string& id, const std::string& name,
                           const std::string& body = "{}") const;
  HttpResponse sign_in(Browser& b, const std::string& id,
                       const std::string& password = k_password) const;
  // start, sign_in, authorize: the authorization response's redirect URI.
  std::string full_flow(Browser& b, const std::string& query) const;
  // The code exchanged at the token endpoint (client_secret_post).
  HttpResponse exchange(const std::string& code) const;
  // exchange, requiring 200 and a signed ID token, which is verified.
  FlowTokens redeem(const std::string& code) const;
  // The claims of a signed ID token of this tenant (requires a valid signature).
  rapidjson::Document verified_claims(const std::string& compact) const;

 private:
  std::string m_tenant;
};

// The "redirect_uri" member of an interaction's answer (requires it).
std::string redirect_of(const HttpResponse& r);

}  // namespace idp::test
