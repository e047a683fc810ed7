#pragma once
// A new password against identity_policy_config.password_policy (FEATURES.md "Identity /
// password policy"): length in characters, the required character classes, and the tenant's
// custom_regex with its custom_regex_error_message.
#include <string_view>

#include "base/expected.hpp"
#include "domain/identity_policy.hpp"

namespace idp::domain {

// The first rule the password breaks, as a message for the user.
Status check_password_policy(const PasswordPolicy& policy, std::string_view password);

}  // namespace idp::domain
