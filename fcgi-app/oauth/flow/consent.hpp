#pragma once
// Consent remembered per user and client (OIDC Core §3.1.2.4): the user is asked again only when
// a request wants a scope they have not allowed that client, or says prompt=consent.
#include <string>
#include <vector>

#include "oauth/authorization/authorization_request.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

// True when the user must be asked: prompt=consent, or a requested scope not allowed before.
bool consent_required(const EndpointContext& ctx, const std::string& user_sub,
                      const AuthorizationRequest& request);

// Adds `scopes` to what the user allowed the client (ctx.uow; the caller commits).
void remember_consent(const EndpointContext& ctx, const std::string& user_sub,
                      const std::string& client_id, const std::vector<std::string>& scopes);

}  // namespace idp::oauth
