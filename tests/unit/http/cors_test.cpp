#include "http/cors.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "json/reader.hpp"
#include "test_data.hpp"

using namespace idp::http;

namespace {

// The domain layer builds CorsPolicy from the tenant's cors_config; this is the same reading,
// applied to idp-server's own FAPI 2.0 tenant example.
CorsPolicy policy_of(const std::string& tenant_file) {
  auto doc = idp::json::parse_object(idp::test::read_data(tenant_file));
  if (!doc) throw std::runtime_error(doc.error());
  const auto& cors = (*doc)["tenant"]["cors_config"];
  CorsPolicy p;
  for (const auto& o : cors["allow_origins"].GetArray())
    p.allow_origins.emplace_back(o.GetString());
  p.allow_headers = cors["allow_headers"].GetString();
  p.allow_methods = cors["allow_methods"].GetString();
  p.allow_credentials = cors["allow_credentials"].GetBool();
  return p;
}

const CorsPolicy& fapi2() {
  static const CorsPolicy p =
      policy_of("idp-server-config/examples/e2e/fapi2-tenant/tenants/fapi2-tenant.json");
  return p;
}

Request preflight(std::string origin, std::string method = "POST", std::string headers = "") {
  Request r;
  r.method = "OPTIONS";
  r.path = "/t/v1/tokens";
  r.headers = {{"origin", std::move(origin)}, {"access-control-request-method", std::move(method)}};
  if (!headers.empty()) r.headers.emplace_back("access-control-request-headers", headers);
  return r;
}

Request actual(std::string origin) {
  Request r;
  r.method = "POST";
  r.path = "/t/v1/tokens";
  r.headers = {{"origin", std::move(origin)}};
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(http_cors)

BOOST_AUTO_TEST_CASE(preflight_is_options_with_origin_and_requested_method) {
  BOOST_TEST(is_preflight(preflight("https://api.local.test")));
  Request no_method = preflight("https://api.local.test");
  no_method.headers.pop_back();
  BOOST_TEST(!is_preflight(no_method));
  Request get = preflight("https://api.local.test");
  get.method = "GET";
  BOOST_TEST(!is_preflight(get));
}

BOOST_AUTO_TEST_CASE(allowed_preflight_echoes_the_origin_and_the_configuration) {
  Response r = preflight_response(fapi2(), preflight("https://auth.local.test", "POST", "dpop"));
  BOOST_TEST(r.status == 204);
  BOOST_TEST(*r.header("access-control-allow-origin") == "https://auth.local.test");
  BOOST_TEST(*r.header("access-control-allow-credentials") == "true");
  BOOST_TEST(*r.header("access-control-allow-methods") == "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  BOOST_TEST(*r.header("access-control-allow-headers") ==
             "Authorization, Content-Type, Accept, x-device-id, X-SSL-Client-Cert, DPoP");
  BOOST_TEST(*r.header("vary") ==
             "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
  BOOST_TEST(!r.header("access-control-max-age").has_value());
}

BOOST_AUTO_TEST_CASE(origin_match_is_exact_on_scheme_host_and_port) {
  BOOST_TEST(is_origin_allowed(fapi2(), "https://localhost.emobix.co.uk:8443"));
  BOOST_TEST(is_origin_allowed(fapi2(), "https://API.local.test"));        // host is case-blind
  BOOST_TEST(is_origin_allowed(fapi2(), "https://api.local.test:443"));    // default port
  BOOST_TEST(!is_origin_allowed(fapi2(), "http://api.local.test"));        // scheme
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://api.local.test:8443"));  // port
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://localhost.emobix.co.uk"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://evil.api.local.test"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://api.local.test.evil"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://api.local.test/"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://user@api.local.test"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "null"));
  BOOST_TEST(!is_origin_allowed(fapi2(), "https://api.local.test https://auth.local.test"));
  BOOST_TEST(!is_origin_allowed(fapi2(), ""));
}

BOOST_AUTO_TEST_CASE(origins_normalise_to_scheme_host_port) {
  BOOST_TEST(*normalize_origin("HTTPS://Example.COM:443") == "https://example.com");
  BOOST_TEST(*normalize_origin("http://example.com:80") == "http://example.com");
  BOOST_TEST(*normalize_origin("http://example.com:8080") == "http://example.com:8080");
  BOOST_TEST(*normalize_origin("https://[::1]:8443") == "https://[::1]:8443");
  BOOST_TEST(!normalize_origin("https://example.com:99999").has_value());
  BOOST_TEST(!normalize_origin("https://example.com:").has_value());
  BOOST_TEST(!normalize_origin("https://ex ample.com").has_value());
  BOOST_TEST(!normalize_origin("https://example.com\r\nX: y").has_value());
}

BOOST_AUTO_TEST_CASE(refused_preflight_gets_no_cors_headers) {
  Response r = preflight_response(fapi2(), preflight("https://evil.example"));
  BOOST_TEST(r.status == 403);
  BOOST_TEST(!r.header("access-control-allow-origin").has_value());
  BOOST_TEST(!r.header("access-control-allow-credentials").has_value());
  BOOST_TEST(r.body.find("allow_origins") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(preflight_with_a_malformed_request_method_is_refused) {
  BOOST_TEST(preflight_response(fapi2(), preflight("https://api.local.test", "GET, POST")).status ==
             403);
  BOOST_TEST(preflight_response(fapi2(), preflight("https://api.local.test", "")).status == 403);
  BOOST_TEST(
      preflight_response(fapi2(), preflight("https://api.local.test", "POST", "a\r\nb")).status ==
      403);
}

BOOST_AUTO_TEST_CASE(wildcard_with_credentials_echoes_the_origin_never_a_star) {
  CorsPolicy p{.allow_origins = {"*"},
               .allow_headers = "*",
               .allow_methods = "*",
               .allow_credentials = true,
               .max_age = 600};
  Response r = preflight_response(p, preflight("https://rp.example", "PUT", "authorization, dpop"));
  BOOST_TEST(r.status == 204);
  BOOST_TEST(*r.header("access-control-allow-origin") == "https://rp.example");
  BOOST_TEST(*r.header("access-control-allow-credentials") == "true");
  BOOST_TEST(*r.header("access-control-allow-methods") == "PUT");
  BOOST_TEST(*r.header("access-control-allow-headers") == "authorization, dpop");
  BOOST_TEST(*r.header("access-control-max-age") == "600");
  Response a;
  apply_cors(p, actual("https://rp.example"), a);
  BOOST_TEST(*a.header("access-control-allow-origin") == "https://rp.example");
  BOOST_TEST(*a.header("vary") == "Origin");
  // The opaque origin of sandboxed documents is not echoed with credentials.
  Response n;
  apply_cors(p, actual("null"), n);
  BOOST_TEST(!n.header("access-control-allow-origin").has_value());
}

BOOST_AUTO_TEST_CASE(wildcard_without_credentials_answers_star) {
  CorsPolicy p{.allow_origins = {"*"}, .allow_headers = "*", .allow_methods = "GET"};
  Response r = preflight_response(p, preflight("https://rp.example", "GET", "x-custom"));
  BOOST_TEST(*r.header("access-control-allow-origin") == "*");
  BOOST_TEST(*r.header("access-control-allow-headers") == "*");
  BOOST_TEST(!r.header("access-control-allow-credentials").has_value());
  Response a;
  apply_cors(p, actual("https://rp.example"), a);
  BOOST_TEST(*a.header("access-control-allow-origin") == "*");
  BOOST_TEST(!a.header("vary").has_value());  // same answer for every origin
}

BOOST_AUTO_TEST_CASE(actual_response_from_allowed_origin_is_decorated) {
  CorsPolicy p = fapi2();
  p.expose_headers = "x-fapi-interaction-id, DPoP-Nonce";
  Response r = Response::json(200, "{}");
  r.set_header("Vary", "Accept-Encoding");
  apply_cors(p, actual("https://api.local.test"), r);
  BOOST_TEST(*r.header("access-control-allow-origin") == "https://api.local.test");
  BOOST_TEST(*r.header("access-control-allow-credentials") == "true");
  BOOST_TEST(*r.header("access-control-expose-headers") == "x-fapi-interaction-id, DPoP-Nonce");
  BOOST_TEST(*r.header("vary") == "Accept-Encoding, Origin");
}

BOOST_AUTO_TEST_CASE(actual_response_from_disallowed_origin_gets_no_cors_headers) {
  Response r = Response::json(200, "{}");
  apply_cors(fapi2(), actual("https://evil.example"), r);
  BOOST_TEST(!r.header("access-control-allow-origin").has_value());
  BOOST_TEST(!r.header("access-control-allow-credentials").has_value());
  BOOST_TEST(*r.header("vary") == "Origin");  // caches must still key on Origin
  Response none = Response::json(200, "{}");
  Request no_origin;
  apply_cors(fapi2(), no_origin, none);
  BOOST_TEST(none.headers.size() == 1u);  // Content-Type only
}

BOOST_AUTO_TEST_CASE(empty_allow_origins_allows_nobody) {
  CorsPolicy p{.allow_origins = {}, .allow_credentials = true};
  BOOST_TEST(!is_origin_allowed(p, "https://rp.example"));
  BOOST_TEST(preflight_response(p, preflight("https://rp.example")).status == 403);
}

BOOST_AUTO_TEST_CASE(vary_is_not_duplicated) {
  Response r;
  add_vary(r, "Origin");
  add_vary(r, "origin, Accept");
  BOOST_TEST(*r.header("vary") == "Origin, Accept");
}

BOOST_AUTO_TEST_SUITE_END()
