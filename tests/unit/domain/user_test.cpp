#include "domain/user.hpp"

#include <boost/test/unit_test.hpp>

#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

namespace {

Expected<User> user_from(std::string_view text) {
  return parse_user(test::parse_or_throw(text));
}

std::string error_of(std::string_view text) {
  auto u = user_from(text);
  return u ? std::string("(parsed)") : u.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_user)

BOOST_AUTO_TEST_CASE(defaults) {
  auto u = user_from(R"({"sub": "3ec055a8-8000-44a2-8677-e70ebff414e2"})");
  BOOST_REQUIRE_MESSAGE(u.ok(), test::why(u));
  BOOST_TEST(u->provider_id == "idp-server");
  BOOST_TEST(!u->email_verified);
  BOOST_TEST(!u->phone_number_verified);
  BOOST_TEST(!u->status.has_value());
  BOOST_TEST(!u->address.has_value());
  BOOST_TEST(u->authentication_devices.empty());
}

BOOST_AUTO_TEST_CASE(raw_password_is_never_written_and_hashed_password_only_with_secrets) {
  auto u = user_from(R"({"sub": "3ec055a8-8000-44a2-8677-e70ebff414e2", "raw_password": "pw-123456",
                         "hashed_password": "$2a$10$abcdefghijklmnopqrstuv"})");
  BOOST_REQUIRE(u.ok());
  BOOST_TEST(u->raw_password.value() == "pw-123456");
  for (bool secrets : {false, true})
    BOOST_TEST(to_json(*u, secrets).find("pw-123456") == std::string::npos);
  BOOST_TEST(to_json(*u, false).find("hashed_password") == std::string::npos);
  BOOST_TEST(to_json(*u, true).find("\"hashed_password\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refusals_name_the_field) {
  BOOST_TEST(error_of(R"({"sub": "user-1"})") ==
             R"(user.sub: invalid value "user-1" (expected a UUID))");
  BOOST_TEST(error_of(R"({"email_verified": "true"})") ==
             "user.email_verified: expected a boolean");
  BOOST_TEST(
      error_of(R"({"status": "ACTIVE"})")
          .starts_with(
              R"(user.status: unknown value "ACTIVE" (expected one of UNREGISTERED, INITIALIZED)"));
  BOOST_TEST(
      error_of(
          R"({"authentication_devices": [{"id": "7109543e-8b3f-43df-836b-06a9e09b7059", "notification_channel": "sms"}]})") ==
      R"(user.authentication_devices[0].notification_channel: unknown value "sms" (expected one of fcm, apns))");
  BOOST_TEST(error_of(R"({"authentication_devices": [{"platform": "iOS"}]})") ==
             "user.authentication_devices[0].id: missing required member");
  BOOST_TEST(
      error_of(
          R"({"authentication_devices": [{"id": "7109543e-8b3f-43df-836b-06a9e09b7059", "priority": 0}]})") ==
      "user.authentication_devices[0].priority: out of range (expected an integer between 1 "
      "and 2147483647)");
  BOOST_TEST(error_of(R"({"assigned_tenants": ["67e7eae6-62b0-4500-9eff-87459f63fc66", "t2"]})") ==
             R"(user.assigned_tenants[1]: invalid value "t2" (expected a UUID))");
  BOOST_TEST(error_of(R"({"address": "Tokyo"})") == "user.address: expected an object");
  BOOST_TEST(error_of(R"({"verified_claims": []})") == "user.verified_claims: expected an object");
}

BOOST_AUTO_TEST_CASE(keeps_verified_claims_and_custom_properties_as_json) {
  auto text =
      test::read_data("idp-server-config/examples/e2e/test-tenant/user/ida-verified-user.json");
  auto u = parse_user(test::parse_or_throw(text));
  BOOST_REQUIRE_MESSAGE(u.ok(), test::why(u));
  BOOST_REQUIRE(u->verified_claims.has_value());
  BOOST_TEST(u->verified_claims->value()["verification"]["trust_framework"].GetString() ==
             std::string("eidas"));
  auto admin = parse_user(test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/tenant-1e68932e-ed4a-43e7-b412-460665e42df3/"
                      "user/admin.json")));
  BOOST_REQUIRE_MESSAGE(admin.ok(), test::why(admin));
  BOOST_TEST(admin->address->locality.value() == "New York");
  BOOST_TEST(admin->custom_properties->value()["key"].GetString() == std::string("value"));
  BOOST_TEST(
      (admin->authentication_devices.at(0).notification_channel == NotificationChannel::fcm));
  BOOST_TEST(admin->role.value() == "Administrator");
}

BOOST_AUTO_TEST_SUITE_END()
