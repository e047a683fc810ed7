#include "authn/password_authentication.hpp"

#include "authn/password_verifier.hpp"
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

  auto sub =
      verify_password(ctx, tenant.identity_policy_config.password_policy, username, password);
  if (!sub) {
    ctx.uow.commit();  // the failure count
    return failure(400, "invalid_request", sub.error());
  }
  ctx.uow.authorization_requests().set_authenticated(ctx.tenant_id, id, *sub, ctx.now, "pwd");
  ctx.uow.commit();
  http::Response r = http::Response::json(
      200, "{\"status\":\"success\",\"user\":{\"sub\":" + json::quote(*sub) + "}}");
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::authn
