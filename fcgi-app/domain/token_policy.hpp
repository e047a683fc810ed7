#pragma once
// The token settings that apply to one client: the client's extension overrides, else the
// authorization server's extension (FEATURES.md "Token strategy": a client can override any of
// them). Resolved once, so that grant code reads one struct.
#include <cstdint>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"

namespace idp::domain {

struct TokenPolicy {
  AccessTokenType access_token_type;
  std::int64_t access_token_duration;
  std::int64_t refresh_token_duration;
  std::int64_t id_token_duration;
  std::int64_t authorization_code_valid_duration;
  RefreshTokenStrategy refresh_token_strategy;
  bool rotate_refresh_token;
  CibaInteractionType default_ciba_authentication_interaction_type;
  bool operator==(const TokenPolicy&) const = default;
};

TokenPolicy token_policy(const AuthorizationServer& server, const Client& client);

}  // namespace idp::domain
