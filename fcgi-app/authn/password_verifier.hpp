#pragma once
// Checking a user's password, shared by the password-authentication interaction and the password
// grant: the user is found by the tenant's identity_unique_key_type (user_identity.hpp), a wrong
// password counts towards the lockout of identity_policy_config.password_policy, a locked account
// is refused, and an imported bcrypt hash is replaced by an Argon2id one after a successful check.
#include <string>
#include <string_view>

#include "domain/identity_policy.hpp"
#include "oauth/endpoint_context.hpp"
#include "oauth/token/resource_owner.hpp"

namespace idp::authn {

struct PasswordRefusal {
  std::string message;  // what to show
  bool locked = false;  // refused because the account is locked
};

// The user's sub, or why not. Writes the failure count (the caller commits).
Expected<std::string, PasswordRefusal> verify_password(const oauth::EndpointContext& ctx,
                                                       const domain::IdentityPolicyConfig& identity,
                                                       std::string_view username,
                                                       std::string_view password);

class PasswordGrantAuthenticator final : public oauth::ResourceOwnerAuthenticator {
 public:
  explicit PasswordGrantAuthenticator(const domain::IdentityPolicyConfig& policy)
      : m_policy(policy) {}
  Expected<std::string> authenticate(const oauth::EndpointContext& ctx, std::string_view username,
                                     std::string_view password) const override {
    auto sub = verify_password(ctx, m_policy, username, password);
    if (!sub) return fail(sub.error().message);
    return std::move(*sub);
  }

 private:
  const domain::IdentityPolicyConfig& m_policy;
};

}  // namespace idp::authn
