#include "http/security_headers.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace idp::http;

namespace {
Request over(std::string scheme) {
  Request r;
  r.method = "GET";
  r.path = "/t/v1/userinfo";
  r.scheme = std::move(scheme);
  return r;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(http_security_headers)

BOOST_AUTO_TEST_CASE(every_answer_gets_the_baseline_headers) {
  Response r = Response::json(200, "{}");
  apply_security_headers(over("https"), r);
  BOOST_TEST(*r.header("x-content-type-options") == "nosniff");
  BOOST_TEST(*r.header("x-frame-options") == "DENY");
  BOOST_TEST(*r.header("referrer-policy") == "no-referrer");
  BOOST_TEST(*r.header("strict-transport-security") == "max-age=31536000; includeSubDomains");
  BOOST_TEST(*r.header("content-security-policy") == "default-src 'none'; frame-ancestors 'none'");
}

BOOST_AUTO_TEST_CASE(hsts_only_over_https) {
  Response r = Response::json(200, "{}");
  apply_security_headers(over("http"), r);
  BOOST_TEST(!r.header("strict-transport-security").has_value());
  BOOST_TEST(*r.header("x-content-type-options") == "nosniff");
}

BOOST_AUTO_TEST_CASE(html_answers_keep_their_own_policy) {
  Response page;
  page.set_header("Content-Type", "text/html; charset=utf-8");
  apply_security_headers(over("https"), page);
  BOOST_TEST(*page.header("content-security-policy") == "frame-ancestors 'none'");
  Response form_post;
  form_post.set_header("Content-Type", "text/html");
  form_post.set_header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-abc'");
  apply_security_headers(over("https"), form_post);
  BOOST_TEST(*form_post.header("content-security-policy") ==
             "default-src 'none'; script-src 'nonce-abc'");
}

BOOST_AUTO_TEST_CASE(token_bearing_answers_are_never_cached) {
  Response r = Response::json(200, R"({"access_token":"x"})");
  r.set_header("Cache-Control", "max-age=60");  // a handler mistake is overridden
  r.mark_token_bearing();
  apply_security_headers(over("https"), r);
  BOOST_TEST(*r.header("cache-control") == "no-store");
  BOOST_TEST(*r.header("pragma") == "no-cache");
}

BOOST_AUTO_TEST_CASE(json_answers_default_to_no_store) {
  Response r = Response::error(400, "invalid_request", "x");
  apply_security_headers(over("https"), r);
  BOOST_TEST(*r.header("cache-control") == "no-store");
  BOOST_TEST(*r.header("pragma") == "no-cache");
}

BOOST_AUTO_TEST_CASE(cacheable_answers_get_public_max_age) {
  Response jwks = Response::json(200, R"({"keys":[]})");
  jwks.mark_cacheable(3600);
  apply_security_headers(over("https"), jwks);
  BOOST_TEST(*jwks.header("cache-control") == "public, max-age=3600");
  BOOST_TEST(!jwks.header("pragma").has_value());
}

BOOST_AUTO_TEST_CASE(handler_cache_control_is_kept_when_unspecified) {
  Response r = Response::json(200, "{}");
  r.set_header("Cache-Control", "private, max-age=5");
  apply_security_headers(over("https"), r);
  BOOST_TEST(*r.header("cache-control") == "private, max-age=5");
}

BOOST_AUTO_TEST_CASE(hsts_options_are_honoured) {
  Response r;
  apply_security_headers(over("https"), r,
                         {.hsts_max_age = 63072000, .hsts_include_subdomains = false});
  BOOST_TEST(*r.header("strict-transport-security") == "max-age=63072000");
}

BOOST_AUTO_TEST_SUITE_END()
