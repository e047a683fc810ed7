#pragma once
// Where the End-User's verified_claims (OpenID Connect for Identity Assurance 1.0) are released,
// and on which conditions — as idp-server does, with the selection of verified_claims.hpp:
// - ID token: what claims.id_token.verified_claims asks for (idp-server VerifiedClaimsCreator), in
//   either id_token_strict_mode setting (it records the verified_claims request with the grant
//   apart from the scope-driven claims). idp-server never puts the verified_claims:<claim> scopes
//   into ID tokens, neither do we.
// - UserInfo: what claims.userinfo.verified_claims asks for (UserinfoVerifiedClaimsCreator); when
//   the claims parameter has no such member, the verified_claims:<claim> scopes of the access token
//   with the extension access_token_selective_verified_claims (UserinfoSelectiveVerifiedClaims-
//   Creator, which stands down when the claims parameter asked).
// - Access tokens (idp-server extension, AccessTokenSelectiveVerifiedClaimsCreator): the
//   verified_claims:<claim> scopes with access_token_selective_verified_claims, in the same
//   {verification, claims} shape (OIDC4IDA §5.1 allows access tokens as a channel).
// Deviation: idp-server reads verified_claims_supported for its discovery document only and
// releases verified_claims when it is false. An OP that does not advertise the extension does not
// deliver it here: with verified_claims_supported false nothing is released anywhere.
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/authorization_server.hpp"
#include "domain/user.hpp"

namespace idp::oidc {

using Allocator = rapidjson::Document::AllocatorType;

// Sets claims["verified_claims"] for an ID token from the claims request parameter `claims_request`
// (JSON as sent; "" for none); leaves `claims` alone when nothing is released.
void add_id_token_verified_claims(rapidjson::Value& claims, Allocator& a,
                                  const domain::AuthorizationServer& server,
                                  const domain::User& user, std::string_view claims_request,
                                  std::int64_t now);

// The same for a UserInfo answer, whose access token was issued with `scopes`.
void add_userinfo_verified_claims(rapidjson::Value& claims, Allocator& a,
                                  const domain::AuthorizationServer& server,
                                  const domain::User& user, std::string_view claims_request,
                                  const std::vector<std::string>& scopes, std::int64_t now);

// Whether an access token with `scopes` gets verified_claims on this server (before the user is
// read): the extension is on and a verified_claims:<…> scope was granted.
bool wants_access_token_verified_claims(const domain::AuthorizationServer& server,
                                        const std::vector<std::string>& scopes);

// The verified_claims of an access token with `scopes`; nullopt for none.
std::optional<rapidjson::Value> access_token_verified_claims(
    const domain::AuthorizationServer& server, const domain::User& user,
    const std::vector<std::string>& scopes, std::int64_t now, Allocator& a);

}  // namespace idp::oidc
