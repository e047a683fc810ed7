#pragma once
// Issuing access (and refresh) tokens: opaque random strings or RFC 9068 JWTs, as the client's
// token policy says, stored as SHA-256 hashes only.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/client.hpp"
#include "oauth/endpoint_context.hpp"
#include "oauth/oauth_error.hpp"

namespace idp::oauth {

struct TokenRequestResult {
  std::string token_id;  // of the stored record
  std::string access_token;
  std::int64_t expires_in = 0;
  std::string scope;
  std::string refresh_token;  // empty: none issued
  std::string id_token;       // empty: none issued
};

struct Grant {
  std::string grant_type;
  const domain::Client& client;
  std::string user_sub;  // empty: the client acts for itself (client_credentials)
  std::vector<std::string> scopes;
  bool with_refresh_token = false;
  std::string grant_id{};                     // empty: a new grant
  std::int64_t refresh_token_expires_at = 0;  // 0: now + the refresh token duration
  std::string claims{};  // the claims request parameter (OIDC Core §5.5), kept for UserInfo
};

// Creates, stores and returns the tokens of `grant`.
OAuthResult<TokenRequestResult> issue_tokens(const EndpointContext& ctx, const Grant& grant);

// The stored form of a token as sent by a client: hex SHA-256.
std::string token_hash(std::string_view token);

// {"access_token", "token_type", "expires_in", "scope", "refresh_token"?, "id_token"?}, marked
// no-store.
http::Response token_response(const TokenRequestResult& result);

}  // namespace idp::oauth
