#pragma once
// ID tokens (OIDC Core §2, §3.1.3.6, §3.3.2.11): signed with the key the authorization server
// names (extension.id_token_signed_key_id) in the client's id_token_signed_response_alg
// (default RS256).
#include <cstdint>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/user.hpp"
#include "jose/jwks.hpp"

namespace idp::oidc {

struct IdTokenInput {
  const domain::AuthorizationServer& server;
  const jose::Jwks& keys;
  const domain::Client& client;
  const domain::User& user;
  std::int64_t now = 0;
  std::int64_t auth_time = 0;
  std::string nonce;
  std::string access_token;  // for at_hash; empty: none
  std::string code;          // for c_hash; empty: none
  std::vector<std::string> scopes;
  std::string amr;        // space-separated (RFC 8176)
  std::string subject{};  // the sub the client sees (oauth::subject_for); "" for user.sub
  std::string sid{};      // the sign-in session; "" for none
  std::string acr{};      // "" for none
  std::string claims{};   // the claims request parameter (OIDC Core §5.5); "" for none
};

Expected<std::string> issue_id_token(const IdTokenInput& input);

// The left half of the hash of `value`, base64url (at_hash / c_hash, OIDC Core §3.1.3.6).
std::string half_hash(std::string_view alg, std::string_view value);

}  // namespace idp::oidc
