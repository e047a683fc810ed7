#include "http/basic_auth.hpp"

#include "base/base64.hpp"
#include "base/strings.hpp"
#include "http/form.hpp"
#include "http/utf8.hpp"

namespace idp::http {
namespace {

constexpr std::string_view k_prefix = "Authorization header is not valid Basic credentials: ";

Unexpected<std::string> refuse(std::string_view what) {
  return fail(std::string(k_prefix) + std::string(what));
}

bool has_control(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return true;
  }
  return false;
}

}  // namespace

bool has_auth_scheme(std::string_view authorization, std::string_view scheme) {
  authorization = trim(authorization);
  const std::size_t sp = authorization.find(' ');
  return iequals(authorization.substr(0, sp), scheme);
}

Expected<BasicCredentials> parse_basic_credentials(std::string_view authorization) {
  // Leading and trailing whitespace is not part of a field value (RFC 9110 §5.5).
  authorization = trim(authorization);
  if (authorization.empty()) return refuse("the header is empty");
  const std::size_t sp = authorization.find(' ');
  if (!iequals(authorization.substr(0, sp), "Basic")) return refuse("the scheme is not Basic");
  if (sp == std::string_view::npos) return refuse("no credentials follow the scheme");
  const std::string_view token68 = authorization.substr(sp + 1);
  if (token68.empty() || token68.front() == ' ')
    return refuse("the scheme must be followed by exactly one space and the credentials");
  const auto decoded = base64::decode(token68);
  if (!decoded) return refuse("the credentials are not valid padded base64");
  const std::size_t colon = decoded->find(':');
  if (colon == std::string::npos) return refuse("the decoded credentials have no ':' separator");
  BasicCredentials c{decoded->substr(0, colon), decoded->substr(colon + 1)};
  if (c.user_id.empty()) return refuse("the user-id before ':' is empty");
  if (has_control(*decoded)) return refuse("the decoded credentials contain control characters");
  if (!is_valid_utf8(*decoded)) return refuse("the decoded credentials are not valid UTF-8");
  return c;
}

Expected<ClientSecretBasic> parse_client_secret_basic(std::string_view authorization) {
  auto basic = parse_basic_credentials(authorization);
  if (!basic) return fail(basic.error());
  auto id = percent_decode(basic->user_id, PlusDecoding::space);
  if (!id) return refuse("the client_id (RFC 6749 §2.3.1 form-urlencoded) " + id.error());
  auto secret = percent_decode(basic->password, PlusDecoding::space);
  if (!secret)
    return refuse("the client_secret (RFC 6749 §2.3.1 form-urlencoded) " + secret.error());
  if (secret->empty()) return refuse("the client_secret is empty");
  return ClientSecretBasic{std::move(*id), std::move(*secret)};
}

}  // namespace idp::http
