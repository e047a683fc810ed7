#include "authn/password_verifier.hpp"

#include "authn/user_identity.hpp"
#include "crypto/password_hasher.hpp"
#include "domain/user.hpp"

namespace idp::authn {
namespace {

const crypto::PasswordHasher& hasher() {
  static const crypto::Argon2idPasswordHasher k_hasher;
  return k_hasher;
}

// The statuses from LOCKED on (LOCKED, DISABLED, SUSPENDED, DEACTIVATED and the deleted ones)
// stop a user signing in: an administrator's lock.
bool inactive(std::string_view status) {
  for (const auto& entry : domain::k_user_status_names)
    if (entry.name == status) return entry.value >= domain::UserStatus::locked;
  return false;
}

}  // namespace

Expected<std::string, PasswordRefusal> verify_password(const oauth::EndpointContext& ctx,
                                                       const domain::IdentityPolicyConfig& identity,
                                                       std::string_view username,
                                                       std::string_view password) {
  using Refused = Unexpected<PasswordRefusal>;
  const domain::PasswordPolicy& policy = identity.password_policy;
  auto user = find_user_by_identity(ctx, identity, username);
  // Same answer for an unknown user and a wrong password: no account enumeration.
  const std::string wrong = "the username or the password is wrong";
  if (!user || user->hashed_password.empty()) {
    hasher().hash(password);  // spend the same time as a real check
    return Refused{{wrong, false}};
  }
  if (user->locked_until > ctx.now)
    return Refused{{"the account is locked after too many wrong passwords", true}};
  if (!hasher().verify(password, user->hashed_password)) {
    ctx.uow.users().record_password_failure(ctx.tenant_id, user->sub, policy.max_attempts,
                                            ctx.now + policy.lockout_duration_seconds);
    return Refused{{wrong, false}};
  }
  // Told only to someone who knows the password, so that it reveals nothing about the account.
  if (inactive(user->status))
    return Refused{{"the account is " + user->status + "; an administrator can enable it", true}};
  ctx.uow.users().record_password_success(ctx.tenant_id, user->sub);
  if (hasher().needs_rehash(user->hashed_password)) {  // imported bcrypt → Argon2id
    ports::UserRecord rehashed = *user;
    rehashed.hashed_password = hasher().hash(password);
    ctx.uow.users().upsert(ctx.tenant_id, rehashed);
  }
  return user->sub;
}

}  // namespace idp::authn
