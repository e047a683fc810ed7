#pragma once
// The claims request parameter (OIDC Core §5.5): a JSON object whose optional "userinfo" and
// "id_token" members are objects mapping claim names to null (a voluntary claim) or to an object
// with "essential" (boolean), "value" or "values" (array) (§5.5.1). Members not understood are
// ignored, as §5.5 requires; "verified_claims" (OpenID Connect for Identity Assurance §6) may be an
// object or an array of objects and is checked no further here.
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
