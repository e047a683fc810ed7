#include "domain/password_rules.hpp"

#include <boost/test/unit_test.hpp>

using idp::domain::check_password_policy;
using idp::domain::PasswordPolicy;

BOOST_AUTO_TEST_SUITE(password_policy)

BOOST_AUTO_TEST_CASE(the_default_policy_asks_for_eight_to_seventy_two_characters) {
  PasswordPolicy p;
  BOOST_TEST(!check_password_policy(p, "short1!").ok());
  BOOST_TEST(check_password_policy(p, "eightchr").ok());
  BOOST_TEST(check_password_policy(p, std::string(72, 'a')).ok());
  BOOST_TEST(!check_password_policy(p, std::string(73, 'a')).ok());
}

BOOST_AUTO_TEST_CASE(length_counts_characters_not_bytes) {
  PasswordPolicy p;
  p.min_length = 4;
  BOOST_TEST(check_password_policy(p, "\xe3\x81\x82\xe3\x81\x84\xe3\x81\x86\xe3\x81\x88").ok());
  BOOST_TEST(!check_password_policy(p, "\xe3\x81\x82\xe3\x81\x84\xe3\x81\x86").ok());
}

BOOST_AUTO_TEST_CASE(each_required_class_is_checked) {
  PasswordPolicy p;
  p.require_uppercase = p.require_lowercase = p.require_number = p.require_special_char = true;
  BOOST_TEST(check_password_policy(p, "Abcdef1!").ok());
  auto no_upper = check_password_policy(p, "abcdef1!");
  BOOST_TEST(no_upper.error().find("uppercase") != std::string::npos);
  BOOST_TEST(check_password_policy(p, "ABCDEF1!").error().find("lowercase") != std::string::npos);
  BOOST_TEST(check_password_policy(p, "Abcdefg!").error().find("digit") != std::string::npos);
  BOOST_TEST(check_password_policy(p, "Abcdefg1").error().find("special") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(custom_regex_uses_its_message_and_a_broken_one_fails_closed) {
  PasswordPolicy p;
  p.custom_regex = "^[a-z0-9]+$";
  p.custom_regex_error_message = "only lower-case letters and digits";
  BOOST_TEST(check_password_policy(p, "abc12345").ok());
  BOOST_TEST(check_password_policy(p, "abc-12345").error() == "only lower-case letters and digits");
  p.custom_regex = "([a-z";
  BOOST_TEST(!check_password_policy(p, "abc12345").ok());
}

BOOST_AUTO_TEST_SUITE_END()
