#pragma once
// The Authentication Context Class Reference a sign-in reached (OIDC Core §2 "acr"): the tenant's
// "oauth" authentication policy selects a rule for the request (authentication_policy.hpp), and
// its acr_mapping_rules map the methods the user authenticated with to an acr.
#include <optional>
#include <string>
#include <string_view>

#include "domain/authentication_policy.hpp"

#include "oauth/authorization/authorization_request.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

// The tenant's enabled "oauth" authentication policy, if any.
std::optional<domain::AuthenticationPolicy> load_oauth_policy(ports::UnitOfWork& uow,
                                                              const std::string& tenant_id);

// "" when the tenant has no enabled oauth policy, no rule applies, or no rule maps the methods.
std::string reached_acr(const EndpointContext& ctx, const AuthorizationRequest& request,
                        std::string_view amr);

}  // namespace idp::oauth
