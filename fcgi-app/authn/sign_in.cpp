#include "authn/sign_in.hpp"

#include "json/writer.hpp"
#include "oauth/flow/op_session.hpp"

namespace idp::authn {

http::Response signed_in(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                         const http::Request& request, std::string_view id,
                         const Interaction& interaction, std::string_view user_sub) {
  auto session = oauth::start_session(ctx, tenant, request, user_sub, interaction.amr);
  if (!session) {
    http::Response r = http::Response::error(400, "invalid_request", session.error());
    r.mark_token_bearing();
    return r;
  }
  auto& requests = ctx.uow.authorization_requests();
  requests.set_authenticated(ctx.tenant_id, id, user_sub, ctx.now, interaction.amr,
                             session->session.id);
  requests.record_interaction(ctx.tenant_id, id, interaction.name, interaction.method, true, false,
                              ctx.now);
  ctx.uow.commit();
  http::Response r = http::Response::json(
      200, "{\"status\":\"success\",\"user\":{\"sub\":" + json::quote(user_sub) + "}}");
  if (auto ok = http::add_set_cookie(r, session->cookie); !ok)
    throw std::runtime_error("session cookie: " + ok.error());
  r.mark_token_bearing();
  return r;
}

http::Response sign_in_failed(const oauth::EndpointContext& ctx, std::string_view id,
                              const Interaction& interaction, std::string_view description,
                              bool locked) {
  ctx.uow.authorization_requests().record_interaction(ctx.tenant_id, id, interaction.name,
                                                      interaction.method, false, locked, ctx.now);
  ctx.uow.commit();
  http::Response r = http::Response::error(400, "invalid_request", description);
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::authn
