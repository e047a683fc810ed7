// What ID tokens and UserInfo carry: the claims request parameter (OIDC Core §5.5) in both
// id_token_strict_mode settings, idp-server's claims:<name> scopes, acr from the authentication
// policy, and encrypted ID tokens
// (OIDC Core §10.2) with the e2e test-tenant's encryption settings.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <pqxx/pqxx>
#include <thread>

#include "crypto/digest.hpp"
#include "flow.hpp"
#include "http/form.hpp"
#include "jose/jwe.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const std::string k_secret =
    "clientSecretPostPassword123456789012345678901234567890123456789012345678901234567890123456789"
    "0";

std::string enc(const std::string& s) {
  return idp::http::form_encode(s);
}

rapidjson::Document userinfo(const TenantFlow& f, const FlowTokens& tokens) {
  auto r = get(f.api("/v1/userinfo"), {std::string("Authorization: Bearer ") +
                                       tokens.response["access_token"].GetString()});
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE(doc.ok());
  return std::move(*doc);
}

FlowTokens sign_in_for(const TenantFlow& f, const std::string& extra, const std::string& scope) {
  Browser b;
  return f.redeem(url_param(f.full_flow(b, TenantFlow::query(extra, scope)), "code"));
}

void set_extension(rapidjson::Document& d, const char* name, bool value) {
  auto& ext = d["authorization_server"]["extension"];
  if (ext.HasMember(name))
    ext[name].SetBool(value);
  else
    ext.AddMember(rapidjson::StringRef(name), value, d.GetAllocator());
}

// An e2e client's encryption settings, copied onto the tenant copy's client.
void copy_encryption_of(rapidjson::Document& d, const std::string& client_file) {
  auto example = idp::json::parse_object(
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/clients/" + client_file)));
  auto& a = d.GetAllocator();
  for (const char* name : {"id_token_encrypted_response_alg", "id_token_encrypted_response_enc"})
    d["client"].AddMember(rapidjson::StringRef(name),
                          rapidjson::Value((*example)[name].GetString(), a), a);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(token_claims)

BOOST_AUTO_TEST_CASE(the_claims_parameter_selects_id_token_and_userinfo_claims) {
  const TenantFlow f(import_tenant_copy());
  const std::string claims =
      R"({"id_token":{"email":{"essential":true},"phone_number":null},"userinfo":{"name":null}})";
  auto tokens = sign_in_for(f, "&claims=" + enc(claims), "openid");
  BOOST_TEST(std::string(tokens.id_token["email"].GetString()) == TenantFlow::k_user);
  BOOST_TEST(std::string(tokens.id_token["phone_number"].GetString()) == "09012345678");
  BOOST_TEST(!tokens.id_token.HasMember("name"));
  auto info = userinfo(f, tokens);
  BOOST_TEST(std::string(info["name"].GetString()) == "ito.ichiro");
  BOOST_TEST(!info.HasMember("email"), "only openid was granted; email came from claims.id_token");
}

BOOST_AUTO_TEST_CASE(strict_mode_keeps_scope_claims_out_of_the_id_token) {
  const TenantFlow lax(import_tenant_copy());
  auto loose = sign_in_for(lax, "", "openid%20email");
  BOOST_TEST(loose.id_token.HasMember("email"), "id_token_strict_mode false: scope claims too");

  const TenantFlow strict(import_tenant_copy(
      [](rapidjson::Document& d) { set_extension(d, "id_token_strict_mode", true); }));
  auto tokens =
      sign_in_for(strict, "&claims=" + enc(R"({"id_token":{"name":null}})"), "openid%20email");
  BOOST_TEST(!tokens.id_token.HasMember("email"));
  BOOST_TEST(std::string(tokens.id_token["name"].GetString()) == "ito.ichiro");
  BOOST_TEST(std::string(userinfo(strict, tokens)["email"].GetString()) == TenantFlow::k_user);
}

BOOST_AUTO_TEST_CASE(claims_scopes_map_user_attributes_and_custom_properties) {
  const TenantFlow f(import_tenant_copy([](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    rapidjson::Value props(rapidjson::kObjectType);
    props.AddMember("vip_status", "gold", a);
    d["user"].AddMember("custom_properties", props, a);
    d["authorization_server"]["scopes_supported"].PushBack("claims:vip_status", a);
    std::string scope = d["client"]["scope"].GetString();
    d["client"]["scope"].SetString((scope + " claims:vip_status").c_str(), a);
  }));
  auto tokens = sign_in_for(
      f, "", "openid%20claims%3Astatus%20claims%3Avip_status%20claims%3Aauthentication_devices");
  auto info = userinfo(f, tokens);
  BOOST_TEST(std::string(info["vip_status"].GetString()) == "gold");
  BOOST_REQUIRE(info.HasMember("authentication_devices"));
  BOOST_TEST(std::string(info["authentication_devices"][0]["id"].GetString()) ==
             "7736a252-60b4-45f5-b817-65ea9a540860");
  BOOST_TEST(std::string(tokens.id_token["vip_status"].GetString()) == "gold");

  const TenantFlow off(import_tenant_copy(
      [](rapidjson::Document& d) { set_extension(d, "custom_claims_scope_mapping", false); }));
  auto plain = sign_in_for(off, "", "openid%20claims%3Aauthentication_devices");
  BOOST_TEST(!userinfo(off, plain).HasMember("authentication_devices"));
}

BOOST_AUTO_TEST_CASE(acr_comes_from_the_oauth_policy_s_acr_mapping_rules) {
  const TenantFlow without(import_tenant_copy());
  BOOST_TEST(!sign_in_for(without, "", "openid").id_token.HasMember("acr"));
  // test-tenant/authentication-policy/oauth.json: password reaches urn:mace:incommon:iap:bronze.
  const TenantFlow with(import_tenant_copy({}, {"authentication-policy/oauth.json"}));
  auto tokens = sign_in_for(with, "", "openid");
  BOOST_TEST(std::string(tokens.id_token["acr"].GetString()) == "urn:mace:incommon:iap:bronze");

  // Workers keep the policy with the tenant's configuration: a policy switched off is seen by the
  // next sign-ins (the change notifies the tenant; a moment is allowed for it).
  {
    pqxx::connection app(stack().conninfo("idp_app"));
    pqxx::work w(app);
    w.exec_params("SELECT set_config('app.tenant_id', $1, true)", with.tenant());
    w.exec_params("UPDATE authentication_policy SET enabled = false WHERE tenant_id = $1",
                  with.tenant());
    w.commit();
  }
  bool gone = false;
  for (int attempt = 0; attempt < 20 && !gone; ++attempt) {
    gone = !sign_in_for(with, "", "openid").id_token.HasMember("acr");
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  BOOST_TEST(gone, "the switched-off policy still gives an acr");
}

BOOST_AUTO_TEST_CASE(id_tokens_are_encrypted_with_the_client_secret_for_key_wrap) {
  const TenantFlow f(import_tenant_copy([](rapidjson::Document& d) {
    copy_encryption_of(d, "clientSecretPostWithSymmetricIdTokenEnc.json");  // A256KW, A256GCM
  }));
  Browser b;
  auto answer = f.exchange(url_param(f.full_flow(b, TenantFlow::query()), "code"));
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  std::string compact = (*idp::json::parse_object(answer.body))["id_token"].GetString();
  // OIDC Core §10.2: the key is the left 256 bits of SHA-256 of the client secret.
  idp::jose::Jwk key(idp::crypto::SymmetricKey{idp::crypto::sha256(k_secret)});
  auto jwe = idp::jose::decrypt_compact(compact, key);
  BOOST_REQUIRE_MESSAGE(jwe.ok(), (jwe.ok() ? std::string() : jwe.error()));
  BOOST_TEST(jwe->cty == "JWT");
  BOOST_TEST(idp::jose::to_string(jwe->alg) == "A256KW");
  BOOST_TEST(idp::jose::to_string(jwe->enc) == "A256GCM");
  auto claims = f.verified_claims(jwe->plaintext);
  BOOST_TEST(std::string(claims["sub"].GetString()) == TenantFlow::k_sub);
}

BOOST_AUTO_TEST_CASE(id_tokens_are_encrypted_to_the_client_key) {
  auto key = idp::jose::generate_jwk("RSA-OAEP-256", "rp-enc");
  BOOST_REQUIRE(key.ok());
  key->set_use("enc");
  key->set_alg("RSA1_5");  // as the e2e client registers
  const std::string public_jwks = idp::jose::Jwks({*key->public_only()}).to_json(false);
  const TenantFlow f(import_tenant_copy([&](rapidjson::Document& d) {
    copy_encryption_of(d, "clientSecretPostWithIdTokenEnc.json");  // RSA1_5, A256GCM
    d["client"]["jwks"].SetString(public_jwks.c_str(), d.GetAllocator());
  }));
  Browser b;
  auto answer = f.exchange(url_param(f.full_flow(b, TenantFlow::query()), "code"));
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  std::string compact = (*idp::json::parse_object(answer.body))["id_token"].GetString();
  auto jwe = idp::jose::decrypt_compact(compact, *key,
                                        {.allowed_algs = {idp::jose::KeyManagementAlg::rsa1_5}});
  BOOST_REQUIRE_MESSAGE(jwe.ok(), (jwe.ok() ? std::string() : jwe.error()));
  BOOST_TEST(jwe->kid == "rp-enc");
  auto claims = f.verified_claims(jwe->plaintext);
  BOOST_TEST(std::string(claims["nonce"].GetString()) == "nn");
}

BOOST_AUTO_TEST_SUITE_END()
