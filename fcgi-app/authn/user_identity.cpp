#include "authn/user_identity.hpp"

namespace idp::authn {

IdentityKeys identity_keys(domain::IdentityUniqueKeyType type) {
  using T = domain::IdentityUniqueKeyType;
  using K = ports::UserKey;
  switch (type) {
    case T::username:
      return {K::preferred_username, false};
    case T::username_or_external_user_id:
      return {K::preferred_username, true};
    case T::email:
      return {K::email, false};
    case T::email_or_external_user_id:
      return {K::email, true};
    case T::phone:
      return {K::phone_number, false};
    case T::phone_or_external_user_id:
      return {K::phone_number, true};
    case T::external_user_id:
      return {K::external_user_id, false};
  }
  return {K::email, true};
}

std::optional<ports::UserRecord> find_user_by_identity(const oauth::EndpointContext& ctx,
                                                       const domain::IdentityPolicyConfig& policy,
                                                       std::string_view value) {
  const IdentityKeys keys = identity_keys(policy.identity_unique_key_type);
  auto& users = ctx.uow.users();
  if (auto user = users.find_by(ctx.tenant_id, "idp-server", keys.primary, value)) return user;
  if (keys.or_external_user_id)
    return users.find_by(ctx.tenant_id, "idp-server", ports::UserKey::external_user_id, value);
  return std::nullopt;
}

}  // namespace idp::authn
