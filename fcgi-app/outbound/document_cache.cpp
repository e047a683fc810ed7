#include "outbound/document_cache.hpp"

#include <algorithm>
#include <charconv>

#include "base/strings.hpp"
#include "json/reader.hpp"

namespace idp::outbound {
namespace {

using ports::OutboundErrorKind;

// "https://host:port" of a URL, without user info, path or query, for messages.
std::string origin_of(std::string_view url) {
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "the URL";
  const std::size_t authority_start = scheme_end + 3;
  std::string_view authority = url.substr(authority_start);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority = authority.substr(at + 1);
  return std::string(url.substr(0, authority_start)) + std::string(authority);
}

// RFC 9111 §5.2.2.1 max-age, with no-store and no-cache read as 0; nullopt when none is given.
std::optional<std::int64_t> max_age_of(std::string_view cache_control) {
  std::optional<std::int64_t> max_age;
  while (!cache_control.empty()) {
    const std::size_t comma = cache_control.find(',');
    const std::string directive = to_lower(trim(cache_control.substr(0, comma)));
    cache_control =
        comma == std::string_view::npos ? std::string_view() : cache_control.substr(comma + 1);
    if (directive == "no-store" || directive == "no-cache") return 0;
    if (!directive.starts_with("max-age=") || max_age) continue;
    std::string_view value = std::string_view(directive).substr(8);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    std::int64_t seconds = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec == std::errc::result_out_of_range)
      max_age = INT64_MAX;  // §1.2.2: a too large delta-seconds means "very long"
    else if (ec == std::errc() && end == value.data() + value.size() && seconds >= 0)
      max_age = seconds;
  }
  return max_age;
}

}  // namespace

ports::OutboundResult<std::string> DocumentCache::Entry::answer() const {
  if (document) return *document;
  return Unexpected<ports::OutboundError>{error};
}

DocumentCache::DocumentCache(ports::OutboundHttp& http, const ports::Clock& clock,
                             DocumentCacheOptions options)
    : m_http(http), m_clock(clock), m_options(options) {}

std::size_t DocumentCache::size() const {
  std::lock_guard lock(m_mutex);
  return m_entries.size();
}

void DocumentCache::clear() {
  std::lock_guard lock(m_mutex);
  ++m_generation;
  m_entries.clear();
}

ports::OutboundResult<std::string> DocumentCache::get(const std::string& url) {
  const std::int64_t now = m_clock.now();
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(url); it != m_entries.end() && now < it->second.expires_at)
      return it->second.answer();
  }
  return fetch_and_store(url, now, false);
}

ports::OutboundResult<std::string> DocumentCache::refresh(const std::string& url) {
  const std::int64_t now = m_clock.now();
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(url); it != m_entries.end()) {
      if (now - it->second.fetched_at < m_options.min_refresh_interval) return it->second.answer();
      // Claimed before fetching, so that concurrent refreshes answer from memory meanwhile.
      it->second.fetched_at = now;
    }
  }
  return fetch_and_store(url, now, true);
}

ports::OutboundResult<std::string> DocumentCache::fetch(const std::string& url, std::int64_t& ttl) {
  ports::OutboundRequest request;
  request.url = url;
  request.headers = {{"Accept", "application/json, application/jwk-set+json"}};
  request.timeout_ms = m_options.timeout_ms;
  request.max_response_bytes = m_options.max_document_bytes;
  auto response = m_http.send(request);
  if (!response) return Unexpected<ports::OutboundError>{response.error()};
  if (response->status != 200)
    return ports::outbound_failure(
        OutboundErrorKind::other,
        origin_of(url) + ": answered HTTP " + std::to_string(response->status) + ", not 200");
  if (auto parsed = json::parse(response->body); !parsed)
    return ports::outbound_failure(
        OutboundErrorKind::other, origin_of(url) + ": the document is not JSON: " + parsed.error());
  const auto max_age = max_age_of(response->header("cache-control").value_or(""));
  ttl = std::clamp(max_age.value_or(m_options.default_ttl), m_options.min_ttl, m_options.max_ttl);
  return std::move(response->body);
}

ports::OutboundResult<std::string> DocumentCache::fetch_and_store(const std::string& url,
                                                                  std::int64_t now,
                                                                  bool keep_fresh_document) {
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(m_mutex);
    generation = m_generation;
  }
  std::int64_t ttl = 0;
  auto fetched = fetch(url, ttl);
  std::lock_guard lock(m_mutex);
  // The policy changed while this fetch ran (clear()): its answer, made under the old policy,
  // serves this request only and is not kept for the next ones.
  if (generation != m_generation) return fetched;
  auto it = m_entries.find(url);
  if (it == m_entries.end()) {
    make_room(now);
    it = m_entries.emplace(url, Entry{}).first;
  }
  Entry& entry = it->second;
  entry.fetched_at = now;
  if (fetched) {
    entry.document = *fetched;
    entry.expires_at = now + ttl;
  } else if (keep_fresh_document && entry.document && now < entry.expires_at) {
    // A failed refresh leaves the document that is still fresh in place.
  } else {
    entry.document.reset();
    entry.error = fetched.error();
    entry.expires_at = now + m_options.min_refresh_interval;
  }
  return fetched;
}

void DocumentCache::make_room(std::int64_t now) {
  if (m_entries.size() < m_options.max_entries) return;
  std::erase_if(m_entries, [now](const auto& e) { return e.second.expires_at <= now; });
  while (!m_entries.empty() && m_entries.size() >= m_options.max_entries) {
    auto first_to_expire = std::min_element(
        m_entries.begin(), m_entries.end(),
        [](const auto& a, const auto& b) { return a.second.expires_at < b.second.expires_at; });
    m_entries.erase(first_to_expire);
  }
}

}  // namespace idp::outbound
