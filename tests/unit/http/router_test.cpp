#include "http/router.hpp"

#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>

using namespace idp::http;

namespace {

// Handlers are plain names here; Router is generic over the handler type.
Router<std::string> application_routes() {
  Router<std::string> r;
  r.add("GET", "/health", "health");
  r.add("GET", "/{tenant-id}/.well-known/openid-configuration", "discovery");
  r.add("GET", "/{tenant-id}/v1/jwks", "jwks");
  r.add({"GET", "POST"}, "/{tenant-id}/v1/authorizations", "authorize");
  r.add("POST", "/{tenant-id}/v1/authorizations/push", "par");
  r.add("GET", "/{tenant-id}/v1/authorizations/{id}/view-data", "view-data");
  r.add("POST", "/{tenant-id}/v1/authorizations/{id}/authorize", "authorize-decision");
  r.add("POST", "/{tenant-id}/v1/authorizations/{id}/{interaction-type}", "interaction");
  r.add("POST", "/{tenant-id}/v1/tokens", "token");
  r.add("POST", "/v1/admin/initialization", "admin-init");
  r.add({"GET", "PUT", "DELETE"}, "/v1/management/tenants/{tenant-id}", "tenant");
  r.add("PUT", "/v1/management/tenants/{tenant-id}/roles/{id}/permissions:remove", "remove-perms");
  return r;
}

const Router<std::string>& routes() {
  static const Router<std::string> r = application_routes();
  return r;
}

constexpr std::string_view k_tenant = "67e7eae6-62b0-4500-9eff-87459f63fc66";

std::string path(std::string_view rest) {
  return "/" + std::string(k_tenant) + std::string(rest);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(http_router)

BOOST_AUTO_TEST_CASE(literal_route_matches) {
  auto m = routes().match("GET", "/health");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "health");
  BOOST_TEST(m->path_template == "/health");
  BOOST_TEST(m->params.empty());
}

BOOST_AUTO_TEST_CASE(parameters_are_captured_by_name) {
  auto m = routes().match("POST", path("/v1/authorizations/abc-123/password-authentication"));
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "interaction");
  BOOST_TEST(m->path_template == "/{tenant-id}/v1/authorizations/{id}/{interaction-type}");
  BOOST_TEST(m->params.size() == 3u);
  BOOST_TEST(m->params.at("tenant-id") == k_tenant);
  BOOST_TEST(m->params.at("id") == "abc-123");
  BOOST_TEST(m->params.at("interaction-type") == "password-authentication");
  BOOST_TEST(!m->params.get("nope").has_value());
  BOOST_CHECK_THROW(m->params.at("nope"), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(well_known_discovery_path_matches) {
  auto m = routes().match("GET", path("/.well-known/openid-configuration"));
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "discovery");
  BOOST_TEST(m->params.at("tenant-id") == k_tenant);
}

BOOST_AUTO_TEST_CASE(literal_segments_beat_parameters) {
  BOOST_TEST(*routes().match("POST", path("/v1/authorizations/push"))->handler == "par");
  BOOST_TEST(*routes().match("POST", path("/v1/authorizations/x/authorize"))->handler ==
             "authorize-decision");
  // "/v1/admin/initialization" also fits "/{tenant-id}/…" shapes; the literal first segment wins.
  BOOST_TEST(*routes().match("POST", "/v1/admin/initialization")->handler == "admin-init");
}

BOOST_AUTO_TEST_CASE(parameter_route_serves_a_method_the_literal_route_lacks) {
  // view-data is GET only; a POST falls through to {interaction-type}, as in Spring MVC.
  auto m = routes().match("POST", path("/v1/authorizations/x/view-data"));
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "interaction");
  BOOST_TEST(m->params.at("interaction-type") == "view-data");
}

BOOST_AUTO_TEST_CASE(backtracking_finds_the_parameter_route) {
  // "v1" first matches the literal of /v1/admin/…, which has no "jwks": the search backs up.
  Router<std::string> r;
  r.add("GET", "/v1/admin/initialization", "admin");
  r.add("GET", "/{tenant-id}/admin/jwks", "tenant-jwks");
  auto m = r.match("GET", "/v1/admin/jwks");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "tenant-jwks");
  BOOST_TEST(m->params.at("tenant-id") == "v1");
}

BOOST_AUTO_TEST_CASE(wrong_method_is_405_with_allow) {
  auto m = routes().match("DELETE", path("/v1/authorizations"));
  BOOST_REQUIRE(!m.ok());
  BOOST_TEST(m.error().status == 405);
  Response r = m.error().to_response();
  BOOST_TEST(r.status == 405);
  BOOST_TEST(*r.header("allow") == "GET, HEAD, POST");
  BOOST_TEST(r.body.find("method_not_allowed") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(allow_unites_every_template_matching_the_path) {
  auto m = routes().match("PUT", path("/v1/authorizations/x/view-data"));
  BOOST_REQUIRE(!m.ok());
  BOOST_TEST(m.error().status == 405);
  BOOST_TEST(m.error().headers.at(0).second == "GET, HEAD, POST");
}

BOOST_AUTO_TEST_CASE(head_falls_back_to_get) {
  auto m = routes().match("HEAD", "/health");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "health");
}

BOOST_AUTO_TEST_CASE(unknown_path_is_404) {
  for (const std::string& p :
       {std::string("/nope"), std::string("/"), path("/v1/unknown"), std::string("/v1/admin")}) {
    BOOST_TEST_INFO(p);
    auto m = routes().match("GET", p);
    BOOST_REQUIRE(!m.ok());
    BOOST_TEST(m.error().status == 404);
  }
}

BOOST_AUTO_TEST_CASE(segments_are_percent_decoded) {
  auto m = routes().match("PUT", "/v1/management/tenants/t%201/roles/r%C3%A9/permissions%3Aremove");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == "remove-perms");
  BOOST_TEST(m->params.at("tenant-id") == "t 1");
  BOOST_TEST(m->params.at("id") == "r\xC3\xA9");
  // '+' is literal in a path.
  BOOST_TEST(routes().match("GET", "/v1/management/tenants/a+b")->params.at("tenant-id") == "a+b");
}

BOOST_AUTO_TEST_CASE(dangerous_paths_are_refused) {
  for (const char* p : {"/../health", "/a/./b", "/%2e%2E/health", "/a//b", "/health/", "//",
                        "/a%2Fb/v1/jwks", "/a%5Cb/v1/jwks", "/a\\b/v1/jwks", "/a%00/v1/jwks",
                        "/a%0A/v1/jwks", "/a%zz/v1/jwks", "/a%C0%AF/v1/jwks", "health", ""}) {
    BOOST_TEST_INFO(p);
    auto m = routes().match("GET", p);
    BOOST_REQUIRE(!m.ok());
    BOOST_TEST(m.error().status == 400);
    BOOST_TEST(m.error().error == "invalid_request");
  }
}

BOOST_AUTO_TEST_CASE(overlong_paths_are_refused) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "/a";
  BOOST_TEST(routes().match("GET", deep).error().status == 404);
  BOOST_TEST(routes().match("GET", "/" + std::string(5000, 'a')).error().status == 414);
}

BOOST_AUTO_TEST_CASE(catch_all_takes_the_rest_of_the_path) {
  Router<int> r;
  r.add("GET", "/{tenant-id}/v1/jwks", 1);
  r.add("GET", "/{path...}", 2);
  BOOST_TEST(*r.match("GET", "/t/v1/jwks")->handler == 1);
  auto m = r.match("GET", "/admin/index/x%20y");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(*m->handler == 2);
  BOOST_TEST(m->params.at("path") == "admin/index/x y");
  BOOST_TEST(!r.match("GET", "/").ok());  // the catch-all needs at least one segment
}

BOOST_AUTO_TEST_CASE(malformed_or_conflicting_templates_are_refused_at_setup) {
  Router<int> r;
  r.add("GET", "/{tenant-id}/x", 1);
  BOOST_CHECK_THROW(r.add("GET", "/{other}/x", 2), std::invalid_argument);
  BOOST_CHECK_NO_THROW(r.add("POST", "/{other}/x", 2));
  for (const char* t : {"", "x", "/a//b", "/a/", "/{", "/{}", "/{a}/{a}", "/{a b}", "/{p...}/x",
                        "/a%20b", "/..", "/{...}"}) {
    BOOST_TEST_INFO(t);
    BOOST_CHECK_THROW(r.add("GET", t, 3), std::invalid_argument);
  }
  BOOST_CHECK_THROW(r.add("get", "/y", 3), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(handlers_can_be_functions_of_an_opaque_context) {
  struct Context {
    int calls = 0;
  };
  Router<HandlerFunction<Context>> r;
  r.add("GET", "/{tenant-id}/v1/jwks", [](Context& c, const Request&, const PathParams& p) {
    ++c.calls;
    return Response::json(200, "{\"tenant\":\"" + std::string(p.at("tenant-id")) + "\"}");
  });
  Request req;
  req.method = "GET";
  req.path = "/t1/v1/jwks";
  auto m = r.match(req);
  BOOST_REQUIRE(m.ok());
  Context ctx;
  Response resp = (*m->handler)(ctx, req, m->params);
  BOOST_TEST(ctx.calls == 1);
  BOOST_TEST(resp.body == "{\"tenant\":\"t1\"}");
}

BOOST_AUTO_TEST_CASE(allowed_methods_serve_plain_options) {
  const auto methods = routes().allowed_methods(path("/v1/authorizations"));
  BOOST_TEST((methods == std::vector<std::string>{"GET", "HEAD", "POST"}));
  BOOST_TEST(routes().allowed_methods("/nope").empty());
}

BOOST_AUTO_TEST_SUITE_END()
