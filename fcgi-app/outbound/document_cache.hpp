#pragma once
// An in-process cache of JSON documents fetched by GET (a client's JWK Set from its jwks_uri),
// keyed by URL.
// - A document is kept for the answer's Cache-Control max-age, bounded by [min_ttl, max_ttl], or
//   for default_ttl without one; no-store and no-cache count as max-age 0, so the lower bound
//   still applies: a server cannot make us fetch on every request.
// - Only a 200 answer whose body is JSON (through the guarded reader) is kept. A failed fetch is
//   remembered for min_refresh_interval and answered from memory meanwhile.
// - refresh() fetches again at most once per min_refresh_interval per URL; a failed refresh
//   keeps the document that was cached.
// - At most max_entries URLs are held; the one expiring first makes room.
// Times come from the clock port (seconds), so tests need no sleeping.
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "ports/clock.hpp"
#include "ports/outbound_http.hpp"

namespace idp::outbound {

struct DocumentCacheOptions {
  std::int64_t default_ttl = 300;  // seconds, for an answer without max-age
  std::int64_t min_ttl = 60;
  std::int64_t max_ttl = 86'400;
  std::int64_t min_refresh_interval = 60;
  std::size_t max_entries = 1'000;
  std::int64_t timeout_ms = 5'000;
  std::size_t max_document_bytes = 512 * 1024;
};

class DocumentCache final : public ports::RemoteDocuments {
 public:
  // `http` and `clock` must outlive the cache.
  DocumentCache(ports::OutboundHttp& http, const ports::Clock& clock,
                DocumentCacheOptions options = {});

  ports::OutboundResult<std::string> get(const std::string& url) override;
  ports::OutboundResult<std::string> refresh(const std::string& url) override;

  std::size_t size() const;
  // Forgets every document and failure (the outbound policy changed: what was refused may be
  // allowed now, and what was fetched may not be any more).
  void clear();

 private:
  struct Entry {
    std::optional<std::string> document;  // empty: the last fetch failed with `error`
    ports::OutboundError error;
    std::int64_t fetched_at = 0;
    std::int64_t expires_at = 0;
    ports::OutboundResult<std::string> answer() const;
  };

  ports::OutboundResult<std::string> fetch(const std::string& url, std::int64_t& ttl);
  ports::OutboundResult<std::string> fetch_and_store(const std::string& url, std::int64_t now,
                                                     bool keep_fresh_document);
  void make_room(std::int64_t now);  // with m_mutex held

  ports::OutboundHttp& m_http;
  const ports::Clock& m_clock;
  DocumentCacheOptions m_options;
  mutable std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
  std::uint64_t m_generation = 0;  // bumped by clear()
};

}  // namespace idp::outbound
