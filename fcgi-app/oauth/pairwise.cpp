#include "oauth/pairwise.hpp"

#include <optional>

#include "base/base64.hpp"
#include "base/strings.hpp"
#include "crypto/digest.hpp"
#include "json/reader.hpp"

namespace idp::oauth {
namespace {

struct UriParts {
  std::string scheme;  // lower case
  std::string host;    // lower case; an IPv6 literal keeps its brackets
};

bool is_scheme_char(char c, bool first) {
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// The scheme and host of an absolute URI with an authority (RFC 3986 §3: scheme "://"
// [userinfo "@"] host [":" port]); nullopt without an authority or with an empty host
// ("com.example.app:/callback" has none).
std::optional<UriParts> scheme_and_host(std::string_view uri) {
  const std::size_t colon = uri.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  for (std::size_t i = 0; i < colon; ++i)
    if (!is_scheme_char(uri[i], i == 0)) return std::nullopt;
  if (uri.substr(colon, 3) != "://") return std::nullopt;
  std::string_view authority = uri.substr(colon + 3);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority = authority.substr(at + 1);
  std::string_view host;
  if (authority.starts_with('[')) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = authority.substr(0, close + 1);
  } else {
    host = authority.substr(0, authority.find(':'));
  }
  if (host.empty()) return std::nullopt;
  return UriParts{to_lower(uri.substr(0, colon)), to_lower(host)};
}

}  // namespace

Expected<std::string> sector_identifier(const domain::Client& client) {
  if (client.sector_identifier_uri) {
    const auto parts = scheme_and_host(*client.sector_identifier_uri);
    if (!parts || parts->scheme != "https")
      return fail("sector_identifier_uri must be an https URL with a host (OIDC Registration §2)");
    return parts->host;
  }
  if (client.redirect_uris.empty())
    return fail(
        "the client has no redirect_uris, so pairwise subject identifiers need a "
        "sector_identifier_uri (OIDC Core §8.1)");
  std::string host;
  for (const auto& uri : client.redirect_uris) {
    const auto parts = scheme_and_host(uri);
    if (!parts)
      return fail("redirect_uri " + uri +
                  " has no host, so pairwise subject identifiers need a sector_identifier_uri "
                  "(OIDC Core §8.1)");
    if (host.empty()) {
      host = parts->host;
    } else if (parts->host != host) {
      return fail("the redirect_uris use more than one host (" + host + ", " + parts->host +
                  "), so pairwise subject identifiers need a sector_identifier_uri (OIDC Core "
                  "§8.1, OIDC Registration §2)");
    }
  }
  return host;
}

std::string pairwise_subject(std::string_view sector_host, std::string_view local_sub,
                             std::string_view salt) {
  std::string input;
  input.reserve(sector_host.size() + local_sub.size() + salt.size());
  input.append(sector_host).append(local_sub).append(salt);
  return base64::encode_url(crypto::sha256(input));
}

Status check_sector_identifier_document(std::string_view json_text,
                                        const std::vector<std::string>& redirect_uris) {
  auto doc = json::parse(json_text);
  if (!doc) return fail("the sector_identifier_uri document is not JSON: " + doc.error());
  if (!doc->IsArray())
    return fail("the sector_identifier_uri document must be a JSON array of redirect_uri strings");
  std::vector<std::string_view> listed;
  listed.reserve(doc->Size());
  for (const auto& v : doc->GetArray()) {
    if (!v.IsString())
      return fail(
          "the sector_identifier_uri document must hold only strings (redirect_uri values)");
    listed.emplace_back(v.GetString(), v.GetStringLength());
  }
  for (const auto& uri : redirect_uris) {
    bool found = false;
    for (const auto& l : listed) found = found || l == uri;
    if (!found)
      return fail("redirect_uri " + uri +
                  " is not listed in the sector_identifier_uri document (OIDC Registration §5)");
  }
  return ok_status();
}

}  // namespace idp::oauth
