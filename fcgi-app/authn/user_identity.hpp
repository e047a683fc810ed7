#pragma once
// How a tenant tells its users apart (identity_policy_config.identity_unique_key_type): the
// attribute a sign-in "username" is matched against and that sign-up keeps unique.
#include <optional>
#include <string_view>

#include "domain/identity_policy.hpp"
#include "oauth/endpoint_context.hpp"
#include "ports/repositories.hpp"

namespace idp::authn {

struct IdentityKeys {
  ports::UserKey primary;
  bool or_external_user_id;  // the *_OR_EXTERNAL_USER_ID types also match external_user_id
};

IdentityKeys identity_keys(domain::IdentityUniqueKeyType type);

// The tenant's idp-server user whose identifying attribute is `value`.
std::optional<ports::UserRecord> find_user_by_identity(const oauth::EndpointContext& ctx,
                                                       const domain::IdentityPolicyConfig& policy,
                                                       std::string_view value);

}  // namespace idp::authn
