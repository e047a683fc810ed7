#include "oauth/client_keys.hpp"

namespace idp::oauth {

Expected<jose::Jwks> client_public_keys(const EndpointContext&, const domain::Client& client) {
  if (!client.jwks) return fail("the client has no registered jwks");
  auto keys = jose::Jwks::parse_public(*client.jwks);
  if (!keys) return fail("the client's jwks: " + keys.error());
  return keys;
}

}  // namespace idp::oauth
