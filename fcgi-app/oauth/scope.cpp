#include "oauth/scope.hpp"

#include "base/strings.hpp"

#include <algorithm>

namespace idp::oauth {
namespace {

// scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
bool is_scope_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

}  // namespace

OAuthResult<std::vector<std::string>> parse_scope(std::string_view scope) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= scope.size()) {
    std::size_t end = scope.find(' ', start);
    if (end == std::string_view::npos) end = scope.size();
    std::string_view token = scope.substr(start, end - start);
    if (token.empty() || !std::all_of(token.begin(), token.end(), is_scope_char))
      return oauth_fail(OAuthErrorCode::invalid_scope,
                        "scope must be space-separated scope tokens (RFC 6749 §3.3)");
    if (!contains(out, std::string(token))) out.emplace_back(token);
    start = end + 1;
  }
  return out;
}

Status check_scopes(const std::vector<std::string>& requested,
                    const domain::AuthorizationServer& server, const domain::Client& client) {
  for (const auto& s : requested) {
    if (!contains(server.scopes_supported, s))
      return fail("scope \"" + s + "\" is not supported by this server");
    if (!contains(client.scopes, s))
      return fail("scope \"" + s + "\" is not registered for this client");
  }
  return ok_status();
}

OAuthResult<std::vector<std::string>> requested_scopes(std::string_view scope,
                                                       const domain::AuthorizationServer& server,
                                                       const domain::Client& client) {
  auto parsed = parse_scope(scope);
  if (!parsed) return parsed;
  if (auto ok = check_scopes(*parsed, server, client); !ok)
    return oauth_fail(OAuthErrorCode::invalid_scope, ok.error());
  return parsed;
}

}  // namespace idp::oauth
