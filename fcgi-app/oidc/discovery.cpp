#include "oidc/discovery.hpp"

namespace idp::oidc {
namespace {

// Public metadata: relying parties may cache it briefly; a key rotation shows within a minute.
constexpr int k_cache_seconds = 60;

}  // namespace

http::Response discovery_response(const std::string& document) {
  http::Response r = http::Response::json(200, document);
  r.mark_cacheable(k_cache_seconds);
  return r;
}

http::Response jwks_response(const std::string& public_jwks) {
  http::Response r = http::Response::json(200, public_jwks);
  r.mark_cacheable(k_cache_seconds);
  return r;
}

}  // namespace idp::oidc
