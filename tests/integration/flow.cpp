#include "flow.hpp"

#include <boost/test/unit_test.hpp>

#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

namespace idp::test {

std::string TenantFlow::api(const std::string& path) const {
  return stack().base_url + "/" + m_tenant + path;
}

std::string TenantFlow::query(const std::string& extra, const std::string& scope) {
  return std::string("response_type=code&client_id=") + k_client + "&redirect_uri=" + k_redirect +
         "&scope=" + scope + "&state=st&nonce=nn" + extra;
}

std::string TenantFlow::start(Browser& b, const std::string& query) const {
  auto r = b.get(api("/v1/authorizations?" + query));
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  std::string id = url_param(r.header("location"), "id");
  BOOST_REQUIRE_MESSAGE(!id.empty(), r.header("location"));
  return id;
}

HttpResponse TenantFlow::interaction(Browser& b, const std::string& id, const std::string& name,
                                     const std::string& body) const {
  return b.post_json(api("/v1/authorizations/" + id + "/" + name), body);
}

HttpResponse TenantFlow::sign_in(Browser& b, const std::string& id,
                                 const std::string& password) const {
  return interaction(
      b, id, "password-authentication",
      std::string(R"({"username":")") + k_user + R"(","password":")" + password + "\"}");
}

std::string TenantFlow::full_flow(Browser& b, const std::string& query) const {
  std::string id = start(b, query);
  auto login = sign_in(b, id);
  BOOST_REQUIRE_MESSAGE(login.status == 200, login.body);
  auto authorized = interaction(b, id, "authorize");
  BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
  return redirect_of(authorized);
}

HttpResponse TenantFlow::exchange(const std::string& code) const {
  static const std::string secret =
      "clientSecretPostPassword1234567890123456789012345678901234567890123456789012345678901234"
      "567890";
  HttpRequest r;
  r.method = "POST";
  r.url = api("/v1/tokens");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + k_redirect +
           "&client_id=" + k_client + "&client_secret=" + secret;
  return send(r);
}

rapidjson::Document TenantFlow::verified_claims(const std::string& compact) const {
  auto jwks = jose::Jwks::parse(get(api("/v1/jwks")).body);
  BOOST_REQUIRE(jwks.ok());
  auto jws = jose::verify_compact(compact, *jwks);
  BOOST_REQUIRE_MESSAGE(jws.ok(), (jws.ok() ? std::string() : jws.error()));
  auto claims = json::parse_object(jws->payload);
  BOOST_REQUIRE(claims.ok());
  return std::move(*claims);
}

FlowTokens TenantFlow::redeem(const std::string& code) const {
  auto answer = exchange(code);
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  auto response = json::parse_object(answer.body);
  BOOST_REQUIRE(response.ok() && (*response).HasMember("id_token"));
  std::string compact = (*response)["id_token"].GetString();
  auto claims = verified_claims(compact);
  return {std::move(*response), std::move(claims), compact};
}

std::string redirect_of(const HttpResponse& r) {
  auto doc = json::parse_object(r.body);
  BOOST_REQUIRE_MESSAGE(doc.ok() && doc->HasMember("redirect_uri"), r.body);
  return (*doc)["redirect_uri"].GetString();
}

}  // namespace idp::test
