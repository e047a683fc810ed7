#pragma once
#include "oauth/endpoint_context.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oidc {

// Loads the user and signs the ID token (id_token.hpp); selects the verified_claims of access
// tokens (verified_claims_output.hpp).
class OidcIdTokenIssuer final : public oauth::IdTokenIssuer {
 public:
  Expected<std::string> issue(const oauth::EndpointContext& ctx,
                              const oauth::IdTokenRequest& request) const override;
  std::string access_token_verified_claims(const oauth::EndpointContext& ctx,
                                           const std::string& user_sub,
                                           const std::vector<std::string>& scopes) const override;
};

}  // namespace idp::oidc
