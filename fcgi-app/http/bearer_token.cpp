#include "http/bearer_token.hpp"

#include "base/strings.hpp"

namespace idp::http {

bool is_b64token(std::string_view token) {
  std::size_t i = 0;
  for (; i < token.size(); ++i) {
    const char c = token[i];
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    if (!ok) break;
  }
  if (i == 0) return false;
  for (; i < token.size(); ++i)
    if (token[i] != '=') return false;
  return true;
}

Expected<std::string> parse_token_credentials(std::string_view authorization,
                                              std::string_view scheme) {
  const std::string prefix =
      "Authorization header is not a valid " + std::string(scheme) + " token: ";
  authorization = trim(authorization);
  if (authorization.empty()) return fail(prefix + "the header is empty");
  const std::size_t sp = authorization.find(' ');
  if (!iequals(authorization.substr(0, sp), scheme))
    return fail(prefix + "the scheme is not " + std::string(scheme));
  if (sp == std::string_view::npos) return fail(prefix + "no token follows the scheme");
  std::string_view token = authorization.substr(sp);
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  if (token.empty()) return fail(prefix + "no token follows the scheme");
  if (!is_b64token(token)) return fail(prefix + "the token has characters outside b64token");
  return std::string(token);
}

}  // namespace idp::http
