#include "http_request/oauth_token_cache.hpp"

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "http/form.hpp"
#include "json/reader.hpp"

namespace idp::http_request {
namespace {

// Tokens are renewed this long before they expire, so none runs out on its way to the vendor.
constexpr std::int64_t k_renew_before_ms = 30'000;
// A token endpoint that does not say how long its token lives (RFC 6749 §5.1 makes expires_in
// optional) gets it reused for this long.
constexpr std::int64_t k_default_lifetime_ms = 300'000;

// The credentials are part of the key (hashed), so a changed secret never reuses an old token.
std::string key_of(const OAuthAuthorization& o) {
  std::string material;
  for (const std::string* part :
       {&o.token_endpoint, &o.type, &o.client_authentication_type, &o.client_id, &o.client_secret,
        &o.scope, &o.username, &o.password}) {
    material += std::to_string(part->size());
    material += ':';
    material += *part;
  }
  return crypto::sha256(material);
}

ports::OutboundRequest token_request(const OAuthAuthorization& o, std::int64_t timeout_ms) {
  ports::OutboundRequest request;
  request.method = "POST";
  request.url = o.token_endpoint;
  request.timeout_ms = timeout_ms;
  request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  request.headers.emplace_back("Accept", "application/json");
  std::string& body = request.body;
  auto add = [&body](std::string_view name, std::string_view value) {
    if (value.empty()) return;
    if (!body.empty()) body += '&';
    body += name;
    body += '=';
    body += http::form_encode(value);
  };
  add("grant_type", o.type);
  if (o.type == "password") {
    add("username", o.username);
    add("password", o.password);
  }
  add("scope", o.scope);
  if (o.client_authentication_type == "client_secret_basic") {
    // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and encoded.
    std::string pair = http::form_encode(o.client_id);
    pair += ':';
    pair += http::form_encode(o.client_secret);
    request.headers.emplace_back("Authorization", "Basic " + base64::encode(pair));
  } else {
    add("client_id", o.client_id);
    add("client_secret", o.client_secret);
  }
  return request;
}

}  // namespace

Expected<std::string> OAuthTokenCache::token(const OAuthAuthorization& oauth,
                                             ports::OutboundHttp& http, std::int64_t now_ms,
                                             std::int64_t timeout_ms) {
  const std::string key = key_of(oauth);
  {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->second.expires_at_ms - k_renew_before_ms > now_ms)
      return it->second.access_token;
  }
  auto response = http.send(token_request(oauth, timeout_ms));
  if (!response)
    return fail("the vendor's token endpoint could not be reached: " + response.error().message);
  if (response->status != 200)
    return fail("the vendor's token endpoint answered HTTP " + std::to_string(response->status));
  auto body = json::parse_object(response->body);
  if (!body || !body->HasMember("access_token") || !(*body)["access_token"].IsString() ||
      (*body)["access_token"].GetStringLength() == 0)
    return fail("the vendor's token endpoint answered without an access_token");
  std::string access_token = (*body)["access_token"].GetString();
  std::int64_t lifetime_ms = k_default_lifetime_ms;
  if (body->HasMember("expires_in") && (*body)["expires_in"].IsInt64() &&
      (*body)["expires_in"].GetInt64() > 0)
    lifetime_ms = std::min<std::int64_t>((*body)["expires_in"].GetInt64(), 86'400) * 1000;

  std::lock_guard lock(m_mutex);
  if (m_entries.size() >= m_capacity && !m_entries.contains(key))
    m_entries.erase(m_entries.begin());  // bounded: configurations are many, calls are few
  m_entries[key] = Entry{access_token, now_ms + lifetime_ms};
  return access_token;
}

void OAuthTokenCache::invalidate(const OAuthAuthorization& oauth) {
  std::lock_guard lock(m_mutex);
  m_entries.erase(key_of(oauth));
}

}  // namespace idp::http_request
