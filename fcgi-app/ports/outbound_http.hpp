#pragma once
// Outbound HTTP(S) calls the product makes on its own: a client's jwks_uri and
// sector_identifier_uri, later hooks, CIBA notifications and eKYC vendors. The URLs come from
// configuration that tenants and clients write, so the implementation (outbound/) guards them
// against SSRF; protocol code sees only this port and is tested with in-memory fakes.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.hpp"

namespace idp::ports {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct OutboundRequest {
  std::string method = "GET";
  std::string url;  // absolute http:// or https:// URL
  HttpHeaders headers = {};
  std::string body = {};
  std::int64_t timeout_ms = 10'000;  // the whole exchange, connection included (at most 1 h)
  std::size_t max_response_bytes = 1u << 20;
};

struct OutboundResponse {
  int status = 0;
  HttpHeaders headers = {};  // names in lower case, in the order received
  std::string body = {};

  // The first header with this name (given in lower case).
  std::optional<std::string_view> header(std::string_view name) const {
    for (const auto& [n, v] : headers)
      if (n == name) return std::string_view(v);
    return std::nullopt;
  }
};

enum class OutboundErrorKind {
  refused_by_policy,  // the SSRF guard refused the host or the address it resolves to
  invalid_url,        // not an absolute http(s) URL
  connect_failed,     // name resolution or TCP connection failed
  timeout,
  too_large,   // the response exceeded max_response_bytes
  tls_failed,  // handshake or certificate verification failed
  other,
};

inline std::string_view to_string(OutboundErrorKind kind) {
  switch (kind) {
    case OutboundErrorKind::refused_by_policy:
      return "refused_by_policy";
    case OutboundErrorKind::invalid_url:
      return "invalid_url";
    case OutboundErrorKind::connect_failed:
      return "connect_failed";
    case OutboundErrorKind::timeout:
      return "timeout";
    case OutboundErrorKind::too_large:
      return "too_large";
    case OutboundErrorKind::tls_failed:
      return "tls_failed";
    case OutboundErrorKind::other:
      return "other";
  }
  return "other";
}

struct OutboundError {
  OutboundErrorKind kind = OutboundErrorKind::other;
  // Names the URL's origin (scheme, host, port) and what went wrong; never its path, query or
  // user info, which may carry secrets.
  std::string message;
};

template <class T>
using OutboundResult = Expected<T, OutboundError>;

inline Unexpected<OutboundError> outbound_failure(OutboundErrorKind kind, std::string message) {
  return {OutboundError{kind, std::move(message)}};
}

class OutboundHttp {
 public:
  virtual ~OutboundHttp() = default;
  // Any status the server answers with is a response; only a failed exchange is an error.
  // Thread-safe.
  virtual OutboundResult<OutboundResponse> send(const OutboundRequest& request) = 0;
};

// JSON documents fetched by GET and kept for a while (a client's JWK Set): answers from memory
// while the document is fresh. Thread-safe.
class RemoteDocuments {
 public:
  virtual ~RemoteDocuments() = default;
  // The document's text, fetched when it is not cached or has expired.
  virtual OutboundResult<std::string> get(const std::string& url) = 0;
  // Fetches again (e.g. a JWS names a key id the cached JWK Set lacks), unless the last fetch of
  // this URL is too recent: then the cached answer is returned, so a stream of requests with
  // unknown key ids cannot make us fetch on every request.
  virtual OutboundResult<std::string> refresh(const std::string& url) = 0;
};

}  // namespace idp::ports
