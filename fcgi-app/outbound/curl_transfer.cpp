#include "outbound/curl_transfer.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <memory>

#include "base/strings.hpp"

namespace idp::outbound {
namespace {

using ports::OutboundErrorKind;

// libcurl caps one header line at 100 kB; all header lines of one answer are capped here.
constexpr std::size_t k_max_header_bytes = 64 * 1024;

// What the callbacks of one transfer share.
struct Exchange {
  std::string body;
  ports::HttpHeaders headers;
  std::size_t max_bytes = 0;
  std::size_t header_bytes = 0;
  bool too_large = false;
  const Target* target = nullptr;
  std::string refused;  // why the socket callback refused an address
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* ex = static_cast<Exchange*>(user);
  const std::size_t n = size * count;
  if (n > ex->max_bytes - ex->body.size()) {
    ex->too_large = true;
    return 0;  // anything but n aborts the transfer
  }
  ex->body.append(data, n);
  return n;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* ex = static_cast<Exchange*>(user);
  const std::size_t n = size * count;
  std::string_view line(data, n);
  // A status line starts the header block of an answer; interim 1xx answers come before the
  // final one, and only the final one's headers are kept.
  if (line.starts_with("HTTP/")) {
    ex->headers.clear();
    ex->header_bytes = n;
    return n;
  }
  ex->header_bytes += n;
  if (ex->header_bytes > k_max_header_bytes) {
    ex->too_large = true;
    return 0;
  }
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty()) return n;
  if ((line[0] == ' ' || line[0] == '\t') && !ex->headers.empty()) {
    // obs-fold (RFC 9110 §5.5): the line continues the previous header's value.
    ex->headers.back().second += ' ';
    ex->headers.back().second += trim(line);
    return n;
  }
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  ex->headers.emplace_back(to_lower(trim(line.substr(0, colon))),
                           std::string(trim(line.substr(colon + 1))));
  return n;
}

// Called for every socket libcurl opens. The address was pinned by the SSRF guard already; this
// check makes sure no path inside libcurl (a name it resolved itself, a spelling of the host the
// pin did not cover) reaches anything else.
curl_socket_t on_open_socket(void* user, curlsocktype /*purpose*/, curl_sockaddr* address) {
  auto* ex = static_cast<Exchange*>(user);
  if (ex->target->guarded) {
    const auto ip = IpAddress::from_sockaddr(&address->addr);
    if (!ip) {
      ex->refused = "a connection to an address that is neither IPv4 nor IPv6 was refused";
      return CURL_SOCKET_BAD;
    }
    if (auto range = restricted_range(*ip)) {
      ex->refused = "a connection to " + ip->to_string() + " (" + *range + ") was refused";
      return CURL_SOCKET_BAD;
    }
    const auto& pinned = ex->target->pinned;
    if (std::find(pinned.begin(), pinned.end(), *ip) == pinned.end()) {
      ex->refused = "a connection to " + ip->to_string() + ", not a checked address, was refused";
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

OutboundErrorKind kind_of(CURLcode rc) {
  switch (rc) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return OutboundErrorKind::invalid_url;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
      return OutboundErrorKind::connect_failed;
    case CURLE_OPERATION_TIMEDOUT:
      return OutboundErrorKind::timeout;
    case CURLE_FILESIZE_EXCEEDED:
      return OutboundErrorKind::too_large;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
      return OutboundErrorKind::tls_failed;
    default:
      return OutboundErrorKind::other;
  }
}

struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist& list, const std::string& line) {
  curl_slist* grown = curl_slist_append(list.get(), line.c_str());
  if (grown == nullptr) throw std::bad_alloc();
  (void)list.release();
  list.reset(grown);
}

struct ResetOnExit {
  CURL* handle;
  ~ResetOnExit() { curl_easy_reset(handle); }
};

// Option setting that remembers the first failure, so that a libcurl without an option we rely
// on fails the request instead of running without it.
class Options {
 public:
  explicit Options(CURL* handle) : m_handle(handle) {}
  template <class V>
  Options& set(CURLoption option, V value) {
    const CURLcode rc = curl_easy_setopt(m_handle, option, value);
    if (rc != CURLE_OK && m_failure == CURLE_OK) m_failure = rc;
    return *this;
  }
  CURLcode failure() const { return m_failure; }

 private:
  CURL* m_handle;
  CURLcode m_failure = CURLE_OK;
};

// CURLOPT_RESOLVE lines: drop what the previous transfer pinned, then pin this host's checked
// addresses. A host spelled with a trailing dot is pinned in both spellings.
Slist resolve_entries(const TransferSpec& spec, PinnedEntries& pinned) {
  Slist list;
  for (const auto& entry : pinned) append(list, "-" + entry);
  pinned.clear();
  if (spec.target.literal || spec.target.pinned.empty()) return list;
  std::string addresses;
  for (const auto& a : spec.target.pinned) {
    if (!addresses.empty()) addresses += ',';
    // IPv6 in brackets (CURLOPT_RESOLVE, libcurl 7.57+).
    if (a.v6) addresses += '[';
    addresses += a.to_string();
    if (a.v6) addresses += ']';
  }
  std::vector<std::string> spellings = {spec.host};
  if (spec.host.size() > 1 && spec.host.back() == '.')
    spellings.push_back(spec.host.substr(0, spec.host.size() - 1));
  for (const auto& host : spellings) {
    const std::string key = host + ":" + std::to_string(spec.port);
    append(list, key + ":" + addresses);
    pinned.push_back(key);
  }
  return list;
}

Slist header_lines(const TransferSpec& spec) {
  Slist list;
  for (const auto& [name, value] : *spec.headers)
    append(list, value.empty() ? name + ";" : name + ": " + value);  // "Name;" sends it empty
  // No "Expect: 100-continue" round trip before a body.
  if (spec.method != "GET" && spec.method != "HEAD") append(list, "Expect:");
  return list;
}

void set_method(Options& o, const TransferSpec& spec) {
  if (spec.method == "GET") {
    o.set(CURLOPT_HTTPGET, 1L);
  } else if (spec.method == "HEAD") {
    o.set(CURLOPT_NOBODY, 1L);
  } else {
    if (spec.method == "POST")
      o.set(CURLOPT_POST, 1L);
    else
      o.set(CURLOPT_CUSTOMREQUEST, spec.method.c_str());
    if (spec.method == "POST" || spec.method == "PUT" || spec.method == "PATCH" ||
        !spec.body->empty()) {
      o.set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(spec.body->size()));
      o.set(CURLOPT_POSTFIELDS, spec.body->data());
    }
  }
}

}  // namespace

ports::OutboundResult<TransferResult> perform_transfer(CURL* handle, const TransferSpec& spec,
                                                       PinnedEntries& pinned) {
  curl_easy_reset(handle);  // keeps open connections and the DNS cache, forgets all options
  Exchange ex;
  ex.max_bytes = spec.max_response_bytes;
  ex.target = &spec.target;
  char error_text[CURL_ERROR_SIZE] = {};
  Slist resolve = resolve_entries(spec, pinned);
  Slist headers = header_lines(spec);
  // The handle outlives this call (its connections are kept); it must not keep pointers to the
  // locals above, which libcurl could still write to while closing a connection later.
  const ResetOnExit forget_options{handle};

  Options o(handle);
  o.set(CURLOPT_CURLU, spec.url)
      .set(CURLOPT_PROTOCOLS_STR, "http,https")
      .set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
      .set(CURLOPT_FOLLOWLOCATION, 0L)
      .set(CURLOPT_PROXY, "")  // no proxy from the environment: it would bypass the guard
      .set(CURLOPT_NOSIGNAL, 1L)
      .set(CURLOPT_ERRORBUFFER, error_text)
      .set(CURLOPT_TIMEOUT_MS, static_cast<long>(spec.timeout_ms))
      .set(CURLOPT_CONNECTTIMEOUT_MS,
           static_cast<long>(std::min(spec.connect_timeout_ms, spec.timeout_ms)))
      .set(CURLOPT_SSL_VERIFYPEER, 1L)
      .set(CURLOPT_SSL_VERIFYHOST, 2L)
      .set(CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(spec.max_response_bytes))
      .set(CURLOPT_WRITEFUNCTION, on_body)
      .set(CURLOPT_WRITEDATA, &ex)
      .set(CURLOPT_HEADERFUNCTION, on_header)
      .set(CURLOPT_HEADERDATA, &ex)
      .set(CURLOPT_OPENSOCKETFUNCTION, on_open_socket)
      .set(CURLOPT_OPENSOCKETDATA, &ex)
      .set(CURLOPT_USERAGENT, spec.user_agent.c_str())
      .set(CURLOPT_HTTPHEADER, headers.get());
  if (resolve) o.set(CURLOPT_RESOLVE, resolve.get());
  if (!spec.ca_file.empty()) {
    // CAINFO replaces libcurl's default bundle file; the system's trust anchors stay reachable
    // through the hashed certificate directory.
    o.set(CURLOPT_CAINFO, spec.ca_file.c_str()).set(CURLOPT_CAPATH, spec.ca_path.c_str());
  }
  set_method(o, spec);
  if (o.failure() != CURLE_OK)
    return ports::outbound_failure(
        OutboundErrorKind::other,
        spec.origin + ": libcurl refused an option (" + curl_easy_strerror(o.failure()) + ")");

  const CURLcode rc = curl_easy_perform(handle);
  if (!ex.refused.empty())
    return ports::outbound_failure(OutboundErrorKind::refused_by_policy,
                                   spec.origin + " refused: " + ex.refused);
  if (ex.too_large || rc == CURLE_FILESIZE_EXCEEDED)
    return ports::outbound_failure(OutboundErrorKind::too_large,
                                   spec.origin + ": the response exceeds " +
                                       std::to_string(spec.max_response_bytes) + " bytes");
  if (rc != CURLE_OK)
    return ports::outbound_failure(
        kind_of(rc),
        spec.origin + ": " + (error_text[0] != '\0' ? error_text : curl_easy_strerror(rc)));

  TransferResult result;
  long status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
  result.response.status = static_cast<int>(status);
  result.response.headers = std::move(ex.headers);
  result.response.body = std::move(ex.body);
  if (status >= 300 && status < 400) {
    char* location = nullptr;
    if (curl_easy_getinfo(handle, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location)
      result.redirect_url = location;
  }
  return result;
}

}  // namespace idp::outbound
