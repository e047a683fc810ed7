#pragma once
// The `sub` a client sees for a user (OIDC Core §8): the user's own identifier for a public
// client, a pairwise identifier of the client's sector (pairwise.hpp) for a client registered
// with subject_type "pairwise".
#include <string>

#include "base/expected.hpp"
#include "domain/client.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

Expected<std::string> subject_for(const EndpointContext& ctx, const domain::Client& client,
                                  const std::string& user_sub);

}  // namespace idp::oauth
