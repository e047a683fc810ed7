#include "oauth/token/token_endpoint.hpp"

#include <algorithm>
#include <string_view>

#include "base/strings.hpp"
#include "http/body.hpp"
#include "oauth/token/grants.hpp"

namespace idp::oauth {
namespace {

struct GrantEntry {
  std::string_view grant_type;
  GrantHandler handler;
};

constexpr GrantEntry k_grants[] = {
    {"authorization_code", authorization_code_grant},
    {"client_credentials", client_credentials_grant},
    {"password", password_grant},
    {"refresh_token", refresh_token_grant},
};

OAuthResult<TokenRequestResult> run(const EndpointContext& ctx, const http::Request& request,
                                    const http::Params& form) {
  auto client = authenticate_client(ctx, request, form);
  if (!client) return fail_with_error(client.error());
  auto grant_type = form.get("grant_type");
  if (!grant_type) return oauth_fail(OAuthErrorCode::invalid_request, "grant_type is missing");
  auto entry = std::find_if(std::begin(k_grants), std::end(k_grants),
                            [&](const GrantEntry& g) { return g.grant_type == *grant_type; });
  if (entry == std::end(k_grants) || !contains(ctx.server.grant_types_supported, *grant_type))
    return oauth_fail(OAuthErrorCode::unsupported_grant_type,
                      "grant_type \"" + std::string(*grant_type) + "\" is not supported");
  if (!contains(client->client.grant_types, *grant_type))
    return oauth_fail(
        OAuthErrorCode::unauthorized_client,
        "the client is not registered for grant_type \"" + std::string(*grant_type) + "\"");
  return entry->handler(ctx, *client, form);
}

}  // namespace

http::Response token_endpoint(const EndpointContext& ctx, const http::Request& request) {
  auto form = http::oauth_form_body(request);
  if (!form) {
    http::Response r = form.error().to_response();
    r.mark_token_bearing();
    return r;
  }
  auto result = run(ctx, request, *form);
  if (!result) return to_response(result.error());
  ctx.uow.commit();
  return token_response(*result);
}

}  // namespace idp::oauth
