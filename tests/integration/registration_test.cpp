// Sign-up during an authorization request (initial-registration): the new user is created under
// the tenant's identity_policy_config and password_policy, signed in, and gets tokens; what a
// user may not set about themselves is ignored.
#include <boost/test/unit_test.hpp>

#include "flow.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const TenantFlow& flow() {
  static const TenantFlow f(import_tenant_copy());
  return f;
}

std::string new_email() {
  return "user-" + uuid().substr(0, 8) + "@example.test";
}

HttpResponse register_user(const TenantFlow& f, Browser& b, const std::string& id,
                           const std::string& body) {
  return f.interaction(b, id, "initial-registration", body);
}

void expect_refused(const HttpResponse& r, const std::string& needle) {
  BOOST_TEST(r.status == 400, r.status << " " << r.body);
  BOOST_TEST(r.body.find("\"invalid_request\"") != std::string::npos, r.body);
  BOOST_TEST(r.body.find(needle) != std::string::npos, needle << " not in " << r.body);
}

std::string userinfo(const TenantFlow& f, const std::string& access_token) {
  return get(f.api("/v1/userinfo"), {"Authorization: Bearer " + access_token}).body;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(initial_registration)

BOOST_AUTO_TEST_CASE(sign_up_creates_the_user_and_leads_to_tokens) {
  Browser b;
  const std::string email = new_email();
  std::string id = flow().start(b, TenantFlow::query("", "openid%20email%20profile"));
  auto r = register_user(flow(), b, id,
                         R"({"email":")" + email +
                             R"(","password":"N3w-passw0rd","name":"New User","locale":"ja-JP"})");
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  BOOST_TEST(b.has_cookie("TEST_TENANT_IDP_SERVER_SESSION"));
  auto authorized = flow().interaction(b, id, "authorize");
  BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
  auto tokens = flow().redeem(url_param(redirect_of(authorized), "code"));
  std::string sub = tokens.id_token["sub"].GetString();
  BOOST_TEST(sub != TenantFlow::k_sub);
  auto info =
      idp::json::parse_object(userinfo(flow(), tokens.response["access_token"].GetString()));
  BOOST_REQUIRE(info.ok());
  BOOST_TEST(std::string((*info)["email"].GetString()) == email);
  BOOST_TEST(std::string((*info)["name"].GetString()) == "New User");
  BOOST_TEST(std::string((*info)["locale"].GetString()) == "ja-JP");

  // The new user signs in with the password later.
  Browser later;
  std::string next = flow().start(later, TenantFlow::query());
  auto login = flow().interaction(later, next, "password-authentication",
                                  R"({"username":")" + email + R"(","password":"N3w-passw0rd"})");
  BOOST_TEST(login.status == 200, login.body);
  BOOST_TEST(login.body.find(sub) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(what_a_user_may_not_set_is_ignored) {
  Browser b;
  const std::string email = new_email();
  std::string id = flow().start(b, TenantFlow::query("", "openid%20email"));
  auto r = register_user(
      flow(), b, id,
      R"({"email":")" + email +
          R"(","password":"N3w-passw0rd","email_verified":true,"roles":[{"role_name":"admin"}],)"
          R"("assigned_tenants":["67e7eae6-62b0-4500-9eff-87459f63fc66"],"sub":"3ec055a8-8000-44a2-8677-e70ebff414e2"})");
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  BOOST_TEST(r.body.find(TenantFlow::k_sub) == std::string::npos, r.body);
  auto tokens =
      flow().redeem(url_param(redirect_of(flow().interaction(b, id, "authorize")), "code"));
  auto info =
      idp::json::parse_object(userinfo(flow(), tokens.response["access_token"].GetString()));
  BOOST_TEST((*info)["email_verified"].GetBool() == false);
}

BOOST_AUTO_TEST_CASE(sign_up_errors_are_shown_with_what_is_wrong) {
  Browser b;
  std::string id = flow().start(b, TenantFlow::query());
  expect_refused(
      register_user(flow(), b, id, R"({"email":")" + new_email() + R"(","password":"short"})"),
      "at least 8 characters");
  expect_refused(register_user(flow(), b, id, R"({"password":"N3w-passw0rd"})"),
                 "email is required");
  expect_refused(register_user(flow(), b, id,
                               std::string(R"({"email":")") + TenantFlow::k_user +
                                   R"(","password":"N3w-passw0rd"})"),
                 "already registered");
  expect_refused(
      register_user(flow(), b, id, R"({"email":"not-an-address","password":"N3w-passw0rd"})"),
      "email");
  expect_refused(register_user(flow(), b, id, R"({"email":")" + new_email() + R"("})"),
                 "password is required");
  expect_refused(
      register_user(flow(), b, id,
                    R"({"email":")" + new_email() + R"(","password":"N3w-passw0rd","name":7})"),
      "name must be a string");
  // Another browser cannot register into this request.
  Browser other;
  BOOST_TEST(register_user(flow(), other, id,
                           R"({"email":")" + new_email() + R"(","password":"N3w-passw0rd"})")
                 .status == 401);
}

BOOST_AUTO_TEST_CASE(the_tenant_password_policy_and_unique_key_apply) {
  const TenantFlow strict(import_tenant_copy([](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    rapidjson::Value password(rapidjson::kObjectType);
    password.AddMember("min_length", 10, a);
    password.AddMember("require_number", true, a);
    password.AddMember("require_special_char", true, a);
    auto& identity = d["tenant"]["identity_policy_config"];
    identity["identity_unique_key_type"].SetString("USERNAME");
    identity.AddMember("password_policy", password, a);
  }));
  Browser b;
  std::string id = strict.start(b, TenantFlow::query());
  expect_refused(
      register_user(strict, b, id, R"({"preferred_username":"neo","password":"abcdefghij1"})"),
      "special character");
  expect_refused(register_user(strict, b, id,
                               R"({"email":")" + new_email() + R"(","password":"abcdefgh1!x"})"),
                 "preferred_username is required");
  const std::string username = "neo-" + uuid().substr(0, 6);
  auto ok = register_user(
      strict, b, id, R"({"preferred_username":")" + username + R"(","password":"abcdefgh1!x"})");
  BOOST_REQUIRE_MESSAGE(ok.status == 200, ok.body);
  // With USERNAME the sign-in username is the preferred_username.
  Browser later;
  std::string next = strict.start(later, TenantFlow::query());
  auto login = strict.interaction(later, next, "password-authentication",
                                  R"({"username":")" + username + R"(","password":"abcdefgh1!x"})");
  BOOST_TEST(login.status == 200, login.body);
}

BOOST_AUTO_TEST_SUITE_END()
