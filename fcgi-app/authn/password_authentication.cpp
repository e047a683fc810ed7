#include "authn/password_authentication.hpp"

#include "crypto/password_hasher.hpp"
#include "http/body.hpp"
#include "json/writer.hpp"
#include "oauth/flow/transaction.hpp"

namespace idp::authn {
namespace {

http::Response failure(int status, std::string_view error, std::string_view description) {
  http::Response r = http::Response::error(status, error, description);
  r.mark_token_bearing();
  return r;
}

std::string string_member(const rapidjson::Value& body, const char* name) {
  auto it = body.FindMember(name);
  if (it == body.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

const crypto::PasswordHasher& hasher() {
  static const crypto::Argon2idPasswordHasher k_hasher;
  return k_hasher;
}

}  // namespace

http::Response password_authentication(const oauth::EndpointContext& ctx,
                                       const domain::Tenant& tenant, const http::Request& request,
                                       std::string_view id) {
  auto transaction = oauth::open_transaction(ctx, request, id);
  if (!transaction) return oauth::to_response(transaction.error());
  auto body = http::json_object_body(request);
  if (!body) return body.error().to_response();
  std::string username = string_member(*body, "username");
  std::string password = string_member(*body, "password");
  if (username.empty() || password.empty())
    return failure(400, "invalid_request", "username and password are required strings");

  auto user = ctx.uow.users().find_by_email(ctx.tenant_id, "idp-server", username);
  // Same answer for an unknown user and a wrong password: no account enumeration.
  const std::string wrong = "the username or the password is wrong";
  if (!user || user->hashed_password.empty()) {
    hasher().hash(password);  // spend the same time as a real check
    return failure(400, "invalid_request", wrong);
  }
  if (user->locked_until > ctx.now)
    return failure(400, "invalid_request", "the account is locked after too many wrong passwords");

  const auto& policy = tenant.identity_policy_config.password_policy;
  if (!hasher().verify(password, user->hashed_password)) {
    ctx.uow.users().record_password_failure(ctx.tenant_id, user->sub, policy.max_attempts,
                                            ctx.now + policy.lockout_duration_seconds);
    ctx.uow.commit();
    return failure(400, "invalid_request", wrong);
  }
  ctx.uow.users().record_password_success(ctx.tenant_id, user->sub);
  if (hasher().needs_rehash(user->hashed_password)) {  // imported bcrypt → Argon2id
    ports::UserRecord rehashed = *user;
    rehashed.hashed_password = hasher().hash(password);
    ctx.uow.users().upsert(ctx.tenant_id, rehashed);
  }
  ctx.uow.authorization_requests().set_authenticated(ctx.tenant_id, id, user->sub, ctx.now, "pwd");
  ctx.uow.commit();
  http::Response r = http::Response::json(
      200, "{\"status\":\"success\",\"user\":{\"sub\":" + json::quote(user->sub) + "}}");
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::authn
