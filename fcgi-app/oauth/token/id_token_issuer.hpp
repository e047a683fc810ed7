#pragma once
// The token and authorization endpoints need ID tokens, and the End-User claims that idp-server's
// extensions put into access tokens, which the oidc layer makes; this port keeps the dependency
// pointing from oidc to oauth.
#include <cstdint>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "domain/client.hpp"

namespace idp::oauth {

struct EndpointContext;

struct IdTokenRequest {
  const domain::Client& client;
  std::string user_sub;
  std::int64_t auth_time = 0;
  std::string nonce;
  std::string access_token;  // at_hash
  std::string code;          // c_hash
  std::vector<std::string> scopes;
  std::string amr;
  std::string sid{};     // the sign-in session (OIDC Front-/Back-Channel Logout §2)
  std::string acr{};     // the Authentication Context Class Reference reached; "" for none
  std::string claims{};  // the request's claims parameter (OIDC Core §5.5), JSON; "" for none
};

class IdTokenIssuer {
 public:
  virtual ~IdTokenIssuer() = default;
  virtual Expected<std::string> issue(const EndpointContext& ctx,
                                      const IdTokenRequest& request) const = 0;
  // The verified_claims of an access token of `user_sub` granted `scopes` (idp-server's
  // access_token_selective_verified_claims, OIDC4IDA §5.1 shape), as JSON; "" for none.
  virtual std::string access_token_verified_claims(
      const EndpointContext& /*ctx*/, const std::string& /*user_sub*/,
      const std::vector<std::string>& /*scopes*/) const {
    return {};
  }
};

}  // namespace idp::oauth
