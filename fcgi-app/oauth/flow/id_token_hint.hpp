#pragma once
// An ID token this provider issued, sent back as a hint: id_token_hint of an authorization
// request (OIDC Core §3.1.2.1) or of a logout request (RP-Initiated Logout 1.0 §2). The
// signature must verify with the tenant's keys and iss must be the issuer; an expired token is
// still a valid hint (RP-Initiated Logout §2: "the OP SHOULD accept ID Tokens whose exp … is in
// the past").
#include <string_view>

#include "base/expected.hpp"
#include "jose/jwt.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

Expected<jose::JwtClaims> verify_id_token_hint(const EndpointContext& ctx, std::string_view hint);

}  // namespace idp::oauth
