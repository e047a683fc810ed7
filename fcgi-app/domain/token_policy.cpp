#include "domain/token_policy.hpp"

namespace idp::domain {

TokenPolicy token_policy(const AuthorizationServer& server, const Client& client) {
  const auto& s = server.extension;
  const auto& c = client.extension;
  return TokenPolicy{
      c.access_token_type.value_or(s.access_token_type),
      c.access_token_duration.value_or(s.access_token_duration),
      c.refresh_token_duration.value_or(s.refresh_token_duration),
      c.id_token_duration.value_or(s.id_token_duration),
      c.authorization_code_valid_duration.value_or(s.authorization_code_valid_duration),
      c.refresh_token_strategy.value_or(s.refresh_token_strategy),
      c.rotate_refresh_token.value_or(s.rotate_refresh_token),
      c.default_ciba_authentication_interaction_type.value_or(
          s.default_ciba_authentication_interaction_type),
  };
}

}  // namespace idp::domain
