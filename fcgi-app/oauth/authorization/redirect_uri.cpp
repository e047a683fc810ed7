#include "oauth/authorization/redirect_uri.hpp"

#include <optional>

namespace idp::oauth {
namespace {

constexpr std::string_view k_http = "http://";

// A loopback URI cut into host and what follows the authority; the port is dropped.
struct LoopbackParts {
  std::string_view host;  // "127.0.0.1", "[::1]" or "localhost"
  std::string_view rest;  // path and query, possibly empty
};

bool is_port(std::string_view port) {
  if (port.empty() || port.size() > 5) return false;
  unsigned value = 0;
  for (char c : port) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value <= 65535;
}

std::optional<LoopbackParts> loopback_parts(std::string_view uri) {
  if (uri.substr(0, k_http.size()) != k_http) return std::nullopt;
  const std::string_view after = uri.substr(k_http.size());
  const std::size_t authority_end = after.find_first_of("/?#");
  const std::string_view authority = after.substr(0, authority_end);
  const std::string_view rest =
      authority_end == std::string_view::npos ? std::string_view() : after.substr(authority_end);
  std::string_view host = authority;
  std::string_view port;
  if (authority.starts_with('[')) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = authority.substr(0, close + 1);
    const std::string_view tail = authority.substr(close + 1);
    if (!tail.empty()) {
      if (tail[0] != ':') return std::nullopt;
      port = tail.substr(1);
      if (!is_port(port)) return std::nullopt;
    }
  } else if (const std::size_t colon = authority.find(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    if (!is_port(port)) return std::nullopt;
  }
  // Userinfo ("user@127.0.0.1") makes the host something else: not a loopback URI.
  if (host != "127.0.0.1" && host != "[::1]" && host != "localhost") return std::nullopt;
  return LoopbackParts{host, rest};
}

}  // namespace

bool has_fragment(std::string_view uri) {
  return uri.find('#') != std::string_view::npos;
}

bool is_loopback_redirect_uri(std::string_view uri) {
  return loopback_parts(uri).has_value();
}

bool matches_loopback(std::string_view registered, std::string_view requested) {
  if (registered == requested) return true;
  auto a = loopback_parts(registered);
  auto b = loopback_parts(requested);
  return a && b && a->host == b->host && a->rest == b->rest;
}

bool is_registered_redirect_uri(const domain::Client& client, std::string_view requested) {
  for (const auto& registered : client.redirect_uris)
    if (registered == requested) return true;
  // RFC 8252 §7.3 applies to native apps only: a web client's port is part of its identity.
  if (client.application_type != domain::ApplicationType::native) return false;
  for (const auto& registered : client.redirect_uris)
    if (matches_loopback(registered, requested)) return true;
  return false;
}

}  // namespace idp::oauth
