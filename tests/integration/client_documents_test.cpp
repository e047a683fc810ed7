// What the provider fetches from a client's URLs over HTTPS (a real local server): the jwks_uri
// that verifies private_key_jwt assertions, and the sector_identifier_uri of a pairwise client
// (OIDC Registration §5), whose users get pairwise subject identifiers (OIDC Core §8.1).
#include <boost/test/unit_test.hpp>
#include <chrono>

#include <thread>
#include "document_server.hpp"
#include "flow.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const DocumentServer& documents() {
  static const DocumentServer server;
  return server;
}

void set_member(rapidjson::Document& d, rapidjson::Value& object, const char* name,
                const std::string& value) {
  auto& a = d.GetAllocator();
  if (object.HasMember(name))
    object[name].SetString(value.c_str(), a);
  else
    object.AddMember(rapidjson::StringRef(name), rapidjson::Value(value.c_str(), a), a);
}

std::string assertion(const idp::jose::Jwk& key, const std::string& tenant) {
  rapidjson::Document c(rapidjson::kObjectType);
  auto& a = c.GetAllocator();
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  c.AddMember("iss", rapidjson::StringRef(TenantFlow::k_client), a);
  c.AddMember("sub", rapidjson::StringRef(TenantFlow::k_client), a);
  const std::string aud = "https://api.local.test/" + tenant + "/v1/tokens";
  c.AddMember("aud", rapidjson::Value(aud.c_str(), a), a);
  c.AddMember("jti", rapidjson::Value(uuid().c_str(), a), a);
  c.AddMember("exp", now + 60, a);
  c.AddMember("iat", now, a);
  auto signed_jwt =
      idp::jose::sign_compact(idp::json::write(c), key, idp::crypto::SignatureAlg::es256);
  BOOST_REQUIRE(signed_jwt.ok());
  return *signed_jwt;
}

HttpResponse client_credentials(const TenantFlow& f, const std::string& client_assertion) {
  HttpRequest r;
  r.method = "POST";
  r.url = f.api("/v1/tokens");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body =
      "grant_type=client_credentials&scope=read&client_assertion_type="
      "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=" +
      client_assertion;
  return send(r);
}

idp::jose::Jwk es256_key(const std::string& kid) {
  auto key = idp::jose::generate_jwk("ES256", kid);
  BOOST_REQUIRE(key.ok());
  return *key;
}

std::string public_jwks(const idp::jose::Jwk& key) {
  return idp::jose::Jwks({*key.public_only()}).to_json(false);
}

// The initial.json client authenticating with private_key_jwt and the keys at `document`.
std::string import_jwks_uri_tenant(const std::string& document_name) {
  return import_tenant_copy([&](rapidjson::Document& d) {
    auto& client = d["client"];
    client.RemoveMember("jwks");
    set_member(d, client, "token_endpoint_auth_method", "private_key_jwt");
    set_member(d, client, "jwks_uri", documents().url(document_name));
  });
}

// The initial.json client as a pairwise client whose sector document is `document`.
std::string import_pairwise_tenant(const std::string& document_name) {
  return import_tenant_copy([&](rapidjson::Document& d) {
    set_member(d, d["client"], "subject_type", "pairwise");
    set_member(d, d["client"], "sector_identifier_uri", documents().url(document_name));
    auto& a = d.GetAllocator();
    auto& types = d["authorization_server"];
    if (!types.HasMember("subject_types_supported"))
      types.AddMember("subject_types_supported", rapidjson::Value(rapidjson::kArrayType), a);
    types["subject_types_supported"].PushBack("pairwise", a);
  });
}

std::string redirect_uris_document() {
  auto init = idp::json::parse_object(
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/initial.json")));
  return idp::json::write((*init)["client"]["redirect_uris"]);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(client_documents)

BOOST_AUTO_TEST_CASE(private_key_jwt_is_verified_with_the_keys_at_jwks_uri) {
  const auto key = es256_key("rp-1");
  documents().put("jwks-1.json", public_jwks(key));
  const TenantFlow f(import_jwks_uri_tenant("jwks-1.json"));
  auto ok = client_credentials(f, assertion(key, f.tenant()));
  BOOST_TEST(ok.status == 200, ok.body);
  // A key the document does not hold is refused.
  auto other = client_credentials(f, assertion(es256_key("rp-1"), f.tenant()));
  BOOST_TEST(other.status == 401, other.body);
  BOOST_TEST(other.body.find("invalid_client") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unreachable_jwks_uri_is_invalid_client_not_a_server_error) {
  const auto key = es256_key("rp-2");
  const TenantFlow f(import_jwks_uri_tenant("missing.json"));
  auto r = client_credentials(f, assertion(key, f.tenant()));
  BOOST_TEST(r.status == 401, r.body);
  BOOST_TEST(r.body.find("jwks_uri") != std::string::npos, r.body);
}

BOOST_AUTO_TEST_CASE(a_pairwise_client_sees_a_stable_sector_subject) {
  documents().put("sector.json", redirect_uris_document());
  const TenantFlow f(import_pairwise_tenant("sector.json"));
  Browser b;
  auto first = f.redeem(url_param(f.full_flow(b, TenantFlow::query("", "openid%20email")), "code"));
  const std::string sub = first.id_token["sub"].GetString();
  BOOST_TEST(sub != TenantFlow::k_sub, "the local sub must not be shown to a pairwise client");
  BOOST_TEST(sub.size() == 43u);  // base64url of SHA-256

  Browser again;
  auto second = f.redeem(url_param(f.full_flow(again, TenantFlow::query()), "code"));
  BOOST_TEST(std::string(second.id_token["sub"].GetString()) == sub);
  auto info = idp::json::parse_object(
      get(f.api("/v1/userinfo"),
          {std::string("Authorization: Bearer ") + first.response["access_token"].GetString()})
          .body);
  BOOST_TEST(std::string((*info)["sub"].GetString()) == sub);

  // The pairwise ID token is a valid hint for this user's session.
  auto silent =
      b.get(f.api("/v1/authorizations?" +
                  TenantFlow::query("&prompt=none&id_token_hint=" + first.id_token_compact)));
  BOOST_TEST(url_param(silent.header("location"), "code").size() > 0, silent.header("location"));
}

BOOST_AUTO_TEST_CASE(a_sector_document_without_every_redirect_uri_refuses_the_import) {
  documents().put("short-sector.json", R"(["http://localhost:8081/callback"])");
  BOOST_CHECK_EXCEPTION(import_pairwise_tenant("short-sector.json"), std::runtime_error,
                        [](const std::runtime_error& e) {
                          return std::string(e.what()).find("sector_identifier_uri") !=
                                 std::string::npos;
                        });
  BOOST_CHECK_THROW(import_pairwise_tenant("no-such-document.json"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(the_system_configuration_s_ssrf_guard_reaches_every_worker) {
  const auto key = es256_key("rp-ssrf");
  documents().put("jwks-ssrf.json", public_jwks(key));
  const TenantFlow f(import_jwks_uri_tenant("jwks-ssrf.json"));
  auto guard = [](const std::string& bypass) {
    auto r = admin_api().call("PUT", "/system-configurations",
                              R"({"ssrf_protection":{"enabled":true,"bypass_hosts":[)" + bypass +
                                  R"(],"allowed_hosts":[]}})");
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  };
  // Every worker (2 processes x 2 threads) must refuse loopback once the guard is on; the change
  // reaches them by PostgreSQL notification, so a moment is allowed for it.
  auto statuses = [&] {
    std::vector<long> seen;
    for (int i = 0; i < 12; ++i)
      seen.push_back(client_credentials(f, assertion(key, f.tenant())).status);
    return seen;
  };
  auto all = [](const std::vector<long>& seen, long status) {
    return std::all_of(seen.begin(), seen.end(), [&](long s) { return s == status; });
  };
  guard("");
  bool refused = false;
  for (int attempt = 0; attempt < 20 && !refused; ++attempt) {
    refused = all(statuses(), 401);
    if (!refused) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  BOOST_TEST(refused, "loopback jwks_uri still fetched with the SSRF guard on");
  guard(R"("localhost")");
  bool allowed = false;
  for (int attempt = 0; attempt < 20 && !allowed; ++attempt) {
    allowed = all(statuses(), 200);
    if (!allowed) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  BOOST_TEST(allowed, "a bypassed host is reached again");
}

BOOST_AUTO_TEST_SUITE_END()
