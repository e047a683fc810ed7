#pragma once
// Matching a requested redirect_uri against a client's registration.
//
// RFC 6749 §3.1.2.3 and OIDC Core §3.1.2.1 want simple string comparison (RFC 3986 §6.2.1), and
// RFC 9700 §4.1.3 exact matching, so "https://Client.example.org/cb" does not match a registered
// "https://client.example.org/cb" (idp-server also accepts URIs that are equal after RFC 3986
// §6.2.2 case and default-port normalisation; we do not). The one exception is RFC 8252 §7.3: a
// native client's loopback redirect URI (http://127.0.0.1, http://[::1], http://localhost) matches
// whatever port the app opened, as long as everything else is the same.
#include <string_view>
#include <vector>

#include "domain/client.hpp"

namespace idp::oauth {

// The URI has a fragment, which RFC 6749 §3.1.2 forbids in a redirection endpoint.
bool has_fragment(std::string_view uri);

// http://127.0.0.1[:port]…, http://[::1][:port]…, http://localhost[:port]… (RFC 8252 §7.3, §8.3).
bool is_loopback_redirect_uri(std::string_view uri);

// `requested` equals `registered`, or both are loopback URIs with the same host, path and query
// that differ only in their port (or in that one has no port).
bool matches_loopback(std::string_view registered, std::string_view requested);

// Exact match with one of the client's redirect_uris; for a native client also the loopback rule.
bool is_registered_redirect_uri(const domain::Client& client, std::string_view requested);

}  // namespace idp::oauth
