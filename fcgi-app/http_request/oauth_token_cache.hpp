#pragma once
// Access tokens for vendor calls with auth_type "oauth2": fetched from the vendor's token endpoint
// (client_credentials or password grant) and kept until shortly before they expire, one per
// token endpoint, client, grant, scope and resource owner. A 401 or 403 from the vendor drops the
// token, so the next attempt fetches a new one. One cache per worker; thread-safe.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/expected.hpp"
#include "http_request/http_request_config.hpp"
#include "ports/outbound_http.hpp"

namespace idp::http_request {

class OAuthTokenCache {
 public:
  explicit OAuthTokenCache(std::size_t capacity = 1000) : m_capacity(capacity) {}

  // A token valid for at least a few more seconds, from the cache or fetched now. On failure
  // the message says what the token endpoint did (never the credentials).
  Expected<std::string> token(const OAuthAuthorization& oauth, ports::OutboundHttp& http,
                              std::int64_t now_ms, std::int64_t timeout_ms);
  void invalidate(const OAuthAuthorization& oauth);

 private:
  struct Entry {
    std::string access_token;
    std::int64_t expires_at_ms = 0;
  };
  std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
  std::size_t m_capacity;
};

}  // namespace idp::http_request
