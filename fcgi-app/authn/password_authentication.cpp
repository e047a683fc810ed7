#include "authn/password_authentication.hpp"

#include "authn/password_verifier.hpp"
#include "authn/sign_in.hpp"
#include "http/body.hpp"
#include "oauth/flow/open_request.hpp"
#include "oauth/flow/transaction.hpp"

namespace idp::authn {
namespace {

constexpr Interaction k_password{"password-authentication", "password", "pwd"};

std::string string_member(const rapidjson::Value& body, const char* name) {
  auto it = body.FindMember(name);
  if (it == body.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
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
    return oauth::shown_error(400, "invalid_request", "username and password are required strings");

  auto sub = verify_password(ctx, tenant.identity_policy_config, username, password);
  if (!sub) return sign_in_failed(ctx, id, k_password, sub.error().message, sub.error().locked);
  return signed_in(ctx, tenant, request, id, k_password, *sub);
}

}  // namespace idp::authn
