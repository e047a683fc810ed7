#include "http/body.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace idp::http;

namespace {
Request post(std::string content_type, std::string body) {
  Request r;
  r.method = "POST";
  r.path = "/t/v1/tokens";
  if (!content_type.empty()) r.headers = {{"content-type", std::move(content_type)}};
  r.body = std::move(body);
  return r;
}
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(http_body)

BOOST_AUTO_TEST_CASE(json_body_parses_with_charset_parameter) {
  auto doc = json_body(post("Application/JSON; charset=utf-8", R"({"a":1})"));
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST((*doc)["a"].GetInt() == 1);
}

BOOST_AUTO_TEST_CASE(body_over_the_limit_is_413_json) {
  auto doc = json_body(post("application/json", std::string(2000, ' ') + "{}"),
                       BodyLimits{.max_bytes = 1024});
  BOOST_REQUIRE(!doc.ok());
  BOOST_TEST(doc.error().status == 413);
  Response r = doc.error().to_response();
  BOOST_TEST(r.status == 413);
  BOOST_TEST(*r.header("content-type") == "application/json");
  BOOST_TEST(contains(r.body, "larger than 1024 bytes"));
  BOOST_TEST(!check_body_size(post("", std::string(1024, 'a')), {.max_bytes = 1024}).has_value());
}

BOOST_AUTO_TEST_CASE(json_body_requires_application_json) {
  for (const char* ct : {"", "text/plain", "application/x-www-form-urlencoded", "application/jsonp",
                         "application/json-patch+json"}) {
    BOOST_TEST_INFO(ct);
    auto doc = json_body(post(ct, "{}"));
    BOOST_REQUIRE(!doc.ok());
    BOOST_TEST(doc.error().status == 415);
    BOOST_TEST(contains(doc.error().description, "expected application/json"));
  }
}

BOOST_AUTO_TEST_CASE(broken_json_is_400_and_says_why) {
  auto dup = json_body(post("application/json", R"({"a":1,"a":2})"));
  BOOST_REQUIRE(!dup.ok());
  BOOST_TEST(dup.error().status == 400);
  BOOST_TEST(dup.error().error == "invalid_request");
  BOOST_TEST(contains(dup.error().description, "duplicate"));
  auto deep = json_body(post("application/json", std::string(100, '[') + std::string(100, ']')),
                        BodyLimits{.max_json_depth = 10});
  BOOST_TEST(deep.error().status == 400);
  BOOST_TEST(json_body(post("application/json", "")).error().status == 400);
  auto array = json_object_body(post("application/json", "[]"));
  BOOST_TEST(array.error().status == 400);
  BOOST_TEST(json_object_body(post("application/json", "{}")).ok());
}

BOOST_AUTO_TEST_CASE(form_body_requires_form_media_type) {
  auto p = form_body(post("application/json", "a=1"));
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(p.error().status == 415);
  BOOST_TEST(contains(p.error().description, "\"application/json\" is not supported"));
  auto ok = form_body(post("application/x-www-form-urlencoded;charset=UTF-8", "a=1&a=2"));
  BOOST_REQUIRE(ok.ok());
  BOOST_TEST(ok->get_all("a").size() == 2u);
}

BOOST_AUTO_TEST_CASE(oauth_form_body_refuses_repeats_with_400) {
  auto p = oauth_form_body(
      post("application/x-www-form-urlencoded", "grant_type=authorization_code&code=a&code=b"));
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(p.error().status == 400);
  BOOST_TEST(p.error().error == "invalid_request");
  BOOST_TEST(contains(p.error().description, "parameter \"code\" is repeated"));
  auto bad = oauth_form_body(post("application/x-www-form-urlencoded", "code=%zz"));
  BOOST_TEST(bad.error().status == 400);
}

BOOST_AUTO_TEST_CASE(form_parameter_limit_comes_from_body_limits) {
  auto p = form_body(post("application/x-www-form-urlencoded", "a=1&b=2&c=3"),
                     BodyLimits{.max_form_params = 2});
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(p.error().status == 400);
}

BOOST_AUTO_TEST_SUITE_END()
