#include "authn/initial_registration.hpp"

#include <rapidjson/document.h>

#include "authn/sign_in.hpp"
#include "authn/user_identity.hpp"
#include "control/config_writer.hpp"
#include "crypto/password_hasher.hpp"
#include "crypto/random.hpp"
#include "domain/password_rules.hpp"
#include "http/body.hpp"
#include "oauth/flow/open_request.hpp"
#include "oauth/flow/transaction.hpp"

namespace idp::authn {
namespace {

constexpr Interaction k_registration{"initial-registration", "initial-registration", "pwd"};

// The members a user may give at sign-up.
constexpr const char* k_claims[] = {
    "name",     "given_name", "family_name",  "middle_name", "nickname", "preferred_username",
    "profile",  "picture",    "website",      "email",       "gender",   "birthdate",
    "zoneinfo", "locale",     "phone_number", "address"};
constexpr std::size_t k_max_claim_length = 255;

http::Response refused(std::string_view description) {
  return oauth::shown_error(400, "invalid_request", description);
}

bool plausible_email(std::string_view email) {
  auto at = email.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
         email.find('@', at + 1) == std::string_view::npos &&
         email.find_first_of(" \t\r\n<>()[],;:\"") == std::string_view::npos &&
         email.find('.', at) != std::string_view::npos;
}

// The standard claims of the body as a user object; an error names the first bad member.
Expected<rapidjson::Document> claims_of(const rapidjson::Value& body) {
  rapidjson::Document user(rapidjson::kObjectType);
  auto& a = user.GetAllocator();
  for (const char* name : k_claims) {
    auto it = body.FindMember(name);
    if (it == body.MemberEnd() || it->value.IsNull()) continue;
    const bool is_address = std::string_view(name) == "address";
    if (is_address ? !it->value.IsObject() : !it->value.IsString())
      return fail(std::string(name) + (is_address ? " must be an object" : " must be a string"));
    if (!is_address && it->value.GetStringLength() > k_max_claim_length)
      return fail(std::string(name) + " must have at most 255 characters");
    user.AddMember(rapidjson::StringRef(name), rapidjson::Value(it->value, a), a);
  }
  return user;
}

std::optional<std::string> identity_value(const domain::User& user, ports::UserKey key) {
  switch (key) {
    case ports::UserKey::email:
      return user.email;
    case ports::UserKey::preferred_username:
      return user.preferred_username;
    case ports::UserKey::phone_number:
      return user.phone_number;
    case ports::UserKey::external_user_id:
      return user.external_user_id;
  }
  return std::nullopt;
}

const char* key_name(ports::UserKey key) {
  switch (key) {
    case ports::UserKey::email:
      return "email";
    case ports::UserKey::preferred_username:
      return "preferred_username";
    case ports::UserKey::phone_number:
      return "phone_number";
    case ports::UserKey::external_user_id:
      return "external_user_id";
  }
  return "email";
}

}  // namespace

http::Response initial_registration(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                                    const http::Request& request, std::string_view id) {
  auto transaction = oauth::open_transaction(ctx, request, id);
  if (!transaction) return oauth::to_response(transaction.error());
  if (!transaction->user_sub.empty())
    return refused("a user has already signed in for this authorization request");
  auto body = http::json_object_body(request);
  if (!body) return body.error().to_response();
  auto password = body->FindMember("password");
  if (password == body->MemberEnd() || !password->value.IsString())
    return refused("password is required");
  const domain::IdentityPolicyConfig& policy = tenant.identity_policy_config;
  std::string_view secret(password->value.GetString(), password->value.GetStringLength());
  if (auto ok = domain::check_password_policy(policy.password_policy, secret); !ok)
    return refused(ok.error());

  auto claims = claims_of(*body);
  if (!claims) return refused(claims.error());
  auto user = domain::parse_user(*claims);
  if (!user) return refused(user.error());
  if (user->email && !plausible_email(*user->email)) return refused("email is not an address");

  // The attribute that identifies users of this tenant must be given and unused.
  const IdentityKeys keys = identity_keys(policy.identity_unique_key_type);
  auto identity = identity_value(*user, keys.primary);
  if (!identity || identity->empty())
    return refused(std::string(key_name(keys.primary)) + " is required");
  if (ctx.uow.users().find_by(ctx.tenant_id, "idp-server", keys.primary, *identity))
    return refused(std::string("a user with this ") + key_name(keys.primary) +
                   " is already registered");

  const std::string sub = crypto::system_random().uuid_v4();
  user->sub = sub;
  user->status = domain::UserStatus::registered;
  user->raw_password = std::string(secret);
  static const crypto::Argon2idPasswordHasher hasher;
  if (auto ok = control::save_user(ctx.uow, ctx.tenant_id, std::move(*user), hasher); !ok)
    return refused(ok.error());
  return signed_in(ctx, tenant, request, id, k_registration, sub);
}

}  // namespace idp::authn
