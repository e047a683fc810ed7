#pragma once
// The claims request parameter (OIDC Core §5.5): a JSON object whose optional "userinfo" and
// "id_token" members are objects mapping claim names to null (a voluntary claim) or to an object
// with "essential" (boolean), "value" or "values" (array) (§5.5.1). Members not understood are
// ignored, as §5.5 requires. "verified_claims" (OpenID Connect for Identity Assurance 1.0 §6) is an
// object or a non-empty array of objects, each with an optional "verification" object (null,
// objects or arrays of objects below it; every evidence entry's "type" with a "value", §6.2) and a
// non-empty "claims" object (§6.5.4); "purpose" has 3 to 300 characters (§6.1), "max_age" is a
// non-negative number (§6.3.2). Anything else there is an invalid_request.
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace idp::oauth {

// Parses `text` with the guarded JSON reader (the only way untrusted JSON enters) and checks the
// shape above. The error says what is wrong, e.g. `claims.id_token.acr.values must be an array`.
Status check_claims_request(std::string_view text);

// The claim names requested for `member` ("id_token" or "userinfo") of a checked claims request,
// in request order; empty for "" or a request without that member.
std::vector<std::string> requested_claim_names(std::string_view text, std::string_view member);

}  // namespace idp::oauth
