#include "outbound/curl_http_client.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "base/strings.hpp"
#include "outbound/curl_transfer.hpp"

namespace idp::outbound {
namespace {

using ports::OutboundErrorKind;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t k_max_timeout_ms = 3'600'000;

struct HandleDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct CurlTextDeleter {
  void operator()(char* text) const { curl_free(text); }
};

// One easy handle per thread and client: a handle must not be used by two threads at once, and
// keeping it keeps its connections open for the next request to the same origin.
struct Slot {
  std::unique_ptr<CURL, HandleDeleter> handle;
  std::uint64_t generation = 0;  // of the SSRF policy its connections were opened under
  PinnedEntries pinned;
};
thread_local std::unordered_map<std::uint64_t, Slot> t_slots;

std::atomic<std::uint64_t> g_next_client_id{1};

void init_libcurl_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
      throw std::runtime_error("libcurl could not be initialised");
  });
}

std::string system_ca_path() {
  const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  if (info != nullptr && info->capath != nullptr) return info->capath;
  return "/etc/ssl/certs";
}

struct ParsedUrl {
  std::unique_ptr<CURLU, UrlDeleter> url;
  std::string host;
  long port = 0;
  std::string origin;
};

std::optional<std::string> url_part(CURLU* url, CURLUPart part, unsigned flags = 0) {
  char* text = nullptr;
  if (curl_url_get(url, part, &text, flags) != CURLUE_OK || text == nullptr) return std::nullopt;
  std::unique_ptr<char, CurlTextDeleter> owner(text);
  return std::string(text);
}

ports::OutboundResult<ParsedUrl> parse_url(const std::string& text) {
  ParsedUrl parsed;
  parsed.url.reset(curl_url());
  if (!parsed.url) throw std::bad_alloc();
  if (const CURLUcode rc = curl_url_set(parsed.url.get(), CURLUPART_URL, text.c_str(), 0);
      rc != CURLUE_OK)
    return ports::outbound_failure(
        OutboundErrorKind::invalid_url,
        std::string("the URL is not an absolute http or https URL: ") + curl_url_strerror(rc));
  const std::string scheme = to_lower(url_part(parsed.url.get(), CURLUPART_SCHEME).value_or(""));
  // An internationalized name in its ASCII form (punycode), the form libcurl resolves and
  // connects with, so that the guard checks and pins the same name.
  auto host = url_part(parsed.url.get(), CURLUPART_HOST, CURLU_PUNYCODE);
  if (!host) host = url_part(parsed.url.get(), CURLUPART_HOST);
  if (!host || host->empty())
    return ports::outbound_failure(OutboundErrorKind::invalid_url,
                                   scheme +
                                       " URL without a host: only http and https URLs with a "
                                       "host are allowed");
  parsed.host = *host;
  const auto port = url_part(parsed.url.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
  parsed.origin = scheme + "://" + parsed.host + (port ? ":" + *port : "");
  if (scheme != "http" && scheme != "https")
    return ports::outbound_failure(OutboundErrorKind::invalid_url,
                                   parsed.origin + ": only http and https URLs are allowed");
  parsed.port = port ? std::stol(*port) : 0;
  return parsed;
}

// RFC 9110 §5.6.2 token characters, for methods and header names.
bool is_token(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum &&
        std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) == std::string_view::npos)
      return false;
  }
  return true;
}

// A header value may not end the header line early (request splitting).
bool is_field_value(std::string_view s) {
  return s.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

Status check_request(const ports::OutboundRequest& request) {
  if (!is_token(request.method)) return fail("the method is not an HTTP token");
  for (const auto& [name, value] : request.headers) {
    if (!is_token(name)) return fail("header name \"" + name + "\" is not an HTTP token");
    if (!is_field_value(value)) return fail("the value of header " + name + " has a line break");
  }
  if (request.timeout_ms <= 0) return fail("timeout_ms must be positive");
  return ok_status();
}

void erase_header(ports::HttpHeaders& headers, std::string_view name) {
  std::erase_if(headers, [&](const auto& h) { return iequals(h.first, name); });
}

bool is_followed_redirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

}  // namespace

struct CurlHttpClient::State {
  CurlOptions options;
  std::string ca_path;
  std::uint64_t id = 0;
  std::mutex mutex;  // guards policy and generation
  std::shared_ptr<const AddressPolicy> policy;
  std::uint64_t generation = 1;
};

CurlHttpClient::CurlHttpClient(domain::SsrfProtection ssrf, CurlOptions options)
    : m_state(std::make_unique<State>()) {
  init_libcurl_once();
  if (!options.ca_file.empty()) {
    std::ifstream in(options.ca_file);
    std::string first_line;
    if (!in || !std::getline(in, first_line))
      throw std::invalid_argument("outbound CA file " + options.ca_file + " cannot be read");
  }
  m_state->ca_path = system_ca_path();
  m_state->id = g_next_client_id++;
  m_state->policy = std::make_shared<const AddressPolicy>(std::move(ssrf), options.resolver);
  m_state->options = std::move(options);
}

CurlHttpClient::~CurlHttpClient() {
  // Handles other threads made for this client are freed when those threads end.
  t_slots.erase(m_state->id);
}

void CurlHttpClient::set_ssrf_protection(domain::SsrfProtection ssrf) {
  auto policy = std::make_shared<const AddressPolicy>(std::move(ssrf), m_state->options.resolver);
  std::lock_guard lock(m_state->mutex);
  m_state->policy = std::move(policy);
  ++m_state->generation;
}

ports::OutboundResult<ports::OutboundResponse> CurlHttpClient::send(
    const ports::OutboundRequest& request) {
  auto parsed = parse_url(request.url);
  if (!parsed) return Unexpected<ports::OutboundError>{parsed.error()};
  if (auto checked = check_request(request); !checked)
    return ports::outbound_failure(OutboundErrorKind::other,
                                   parsed->origin + ": " + checked.error());
  std::shared_ptr<const AddressPolicy> policy;
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(m_state->mutex);
    policy = m_state->policy;
    generation = m_state->generation;
  }
  Slot& slot = t_slots[m_state->id];
  if (!slot.handle || slot.generation != generation) {
    // Connections opened under another SSRF policy are closed, not reused.
    slot.handle.reset(curl_easy_init());
    if (!slot.handle) throw std::bad_alloc();
    slot.generation = generation;
    slot.pinned.clear();
  }

  const CurlOptions& options = m_state->options;
  const auto deadline =
      Clock::now() + std::chrono::milliseconds(std::min(request.timeout_ms, k_max_timeout_ms));
  std::string url = request.url;
  std::string method = request.method;
  std::string body = request.body;
  ports::HttpHeaders headers = request.headers;
  std::string previous_origin;
  for (int hop = 0;; ++hop) {
    if (hop > 0) {
      parsed = parse_url(url);
      if (!parsed) return Unexpected<ports::OutboundError>{parsed.error()};
    }
    if (!previous_origin.empty() && parsed->origin != previous_origin) {
      // Credentials meant for one origin are not handed to another by a redirect.
      erase_header(headers, "authorization");
      erase_header(headers, "cookie");
    }
    const auto remaining =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (remaining <= 0)
      return ports::outbound_failure(
          OutboundErrorKind::timeout,
          parsed->origin + ": timed out after " + std::to_string(request.timeout_ms) + " ms");
    auto target = policy->vet(parsed->host, parsed->origin);
    if (!target) return Unexpected<ports::OutboundError>{target.error()};

    TransferSpec spec;
    spec.url = parsed->url.get();
    spec.host = parsed->host;
    spec.port = parsed->port;
    spec.origin = parsed->origin;
    spec.method = method;
    spec.headers = &headers;
    spec.body = &body;
    spec.timeout_ms = remaining;
    spec.connect_timeout_ms = options.connect_timeout_ms;
    spec.max_response_bytes = request.max_response_bytes;
    spec.ca_file = options.ca_file;
    spec.ca_path = m_state->ca_path;
    spec.user_agent = options.user_agent;
    spec.target = std::move(*target);
    auto result = perform_transfer(slot.handle.get(), spec, slot.pinned);
    if (!result) return Unexpected<ports::OutboundError>{result.error()};
    const int status = result->response.status;
    if (hop >= options.max_redirects || result->redirect_url.empty() ||
        !is_followed_redirect(status))
      return std::move(result->response);
    // RFC 9110 §15.4: 303 turns any method but HEAD into GET; for 301 and 302 clients do the
    // same with POST. 307 and 308 repeat the request as it was.
    if ((status == 303 && method != "HEAD") ||
        ((status == 301 || status == 302) && method == "POST")) {
      method = "GET";
      body.clear();
      erase_header(headers, "content-type");
    }
    previous_origin = parsed->origin;
    url = result->redirect_url;
  }
}

}  // namespace idp::outbound
