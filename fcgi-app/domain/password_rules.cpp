#include "domain/password_rules.hpp"

#include <cctype>
#include <regex>
#include <string>

namespace idp::domain {
namespace {

// UTF-8 code points (the input was checked to be UTF-8 when the JSON body was read).
std::int64_t characters(std::string_view s) {
  std::int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool any_of(std::string_view s, int (*test)(int)) {
  for (unsigned char c : s)
    if (c < 0x80 && test(c)) return true;
  return false;
}

int is_special(int c) {
  return std::ispunct(c) || c == ' ';
}

}  // namespace

Status check_password_policy(const PasswordPolicy& policy, std::string_view password) {
  const std::int64_t length = characters(password);
  if (length < policy.min_length)
    return fail("the password must have at least " + std::to_string(policy.min_length) +
                " characters");
  if (length > policy.max_length || password.size() > 1024)
    return fail("the password must have at most " + std::to_string(policy.max_length) +
                " characters");
  if (policy.require_uppercase && !any_of(password, [](int c) { return std::isupper(c); }))
    return fail("the password must contain an uppercase letter");
  if (policy.require_lowercase && !any_of(password, [](int c) { return std::islower(c); }))
    return fail("the password must contain a lowercase letter");
  if (policy.require_number && !any_of(password, [](int c) { return std::isdigit(c); }))
    return fail("the password must contain a digit");
  if (policy.require_special_char && !any_of(password, is_special))
    return fail("the password must contain a special character");
  if (policy.custom_regex && !policy.custom_regex->empty()) {
    bool matches = false;
    try {
      matches = std::regex_match(std::string(password), std::regex(*policy.custom_regex));
    } catch (const std::regex_error&) {
      return fail("the tenant's password policy has an invalid custom_regex");
    }
    if (!matches)
      return fail(policy.custom_regex_error_message.value_or(
          "the password does not match the tenant's password rules"));
  }
  return ok_status();
}

}  // namespace idp::domain
