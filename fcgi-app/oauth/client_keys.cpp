#include "oauth/client_keys.hpp"

namespace idp::oauth {

bool has_remote_keys(const domain::Client& client) {
  return !client.jwks && client.jwks_uri && !client.jwks_uri->empty();
}

Expected<jose::Jwks> client_public_keys(const EndpointContext& ctx, const domain::Client& client,
                                        bool refresh) {
  if (client.jwks) {
    auto keys = jose::Jwks::parse_public(*client.jwks);
    if (!keys) return fail("the client's jwks: " + keys.error());
    return keys;
  }
  if (!has_remote_keys(client)) return fail("the client has no registered jwks or jwks_uri");
  if (!ctx.documents) return fail("the client's jwks_uri cannot be fetched here");
  auto text =
      refresh ? ctx.documents->refresh(*client.jwks_uri) : ctx.documents->get(*client.jwks_uri);
  if (!text) return fail("the client's jwks_uri: " + text.error().message);
  auto keys = jose::Jwks::parse_public(*text);
  if (!keys) return fail("the client's jwks_uri: " + keys.error());
  return keys;
}

}  // namespace idp::oauth
