#pragma once
#include "oauth/endpoint_context.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oidc {

// Loads the user and signs the ID token (id_token.hpp).
class OidcIdTokenIssuer final : public oauth::IdTokenIssuer {
 public:
  Expected<std::string> issue(const oauth::EndpointContext& ctx,
                              const oauth::IdTokenRequest& request) const override;
};

}  // namespace idp::oidc
