#include "http/cookies.hpp"

#include <boost/test/unit_test.hpp>
#include <chrono>

using namespace idp::http;

BOOST_AUTO_TEST_SUITE(http_cookies)

BOOST_AUTO_TEST_CASE(cookie_header_parses_into_name_value_pairs) {
  auto c = parse_cookie_header("AUTH_SESSION=abc123; theme=dark;lang=\"en\"");
  BOOST_TEST(c.size() == 3u);
  BOOST_TEST(c["AUTH_SESSION"] == "abc123");
  BOOST_TEST(c["theme"] == "dark");
  BOOST_TEST(c["lang"] == "en");  // DQUOTEs removed
}

BOOST_AUTO_TEST_CASE(first_cookie_of_a_name_wins) {
  // RFC 6265 §5.4: the cookie with the longer path comes first.
  auto c = parse_cookie_header("sid=specific; sid=general");
  BOOST_TEST(c["sid"] == "specific");
}

BOOST_AUTO_TEST_CASE(malformed_pairs_are_skipped_not_fatal) {
  auto c = parse_cookie_header("junk; a b=1; c=\"x; d=has space; e=ok; =v; f=back\\slash; g=");
  BOOST_TEST(c.size() == 2u);
  BOOST_TEST(c["e"] == "ok");
  BOOST_TEST(c.count("g") == 1u);
  BOOST_TEST(c["g"] == "");
  BOOST_TEST(parse_cookie_header("").empty());
}

BOOST_AUTO_TEST_CASE(every_cookie_header_of_the_request_is_read) {
  Request r;
  r.headers = {{"cookie", "a=1"}, {"accept", "*/*"}, {"Cookie", "b=2; a=3"}};
  auto c = request_cookies(r);
  BOOST_TEST(c.size() == 2u);
  BOOST_TEST(c["a"] == "1");
  BOOST_TEST(c["b"] == "2");
}

BOOST_AUTO_TEST_CASE(set_cookie_has_every_attribute_asked_for) {
  SetCookie c;
  c.name = "AUTH_SESSION";
  c.value = "v4lue";
  c.path = "/tenant";
  c.domain = "idp.example";
  c.max_age = 3600;
  c.expires = std::chrono::system_clock::time_point(std::chrono::seconds(784111777));
  c.same_site = SameSite::lax;
  auto v = to_header_value(c);
  BOOST_REQUIRE(v.ok());
  BOOST_TEST(*v ==
             "AUTH_SESSION=v4lue; Path=/tenant; Domain=idp.example; Max-Age=3600; "
             "Expires=Sun, 06 Nov 1994 08:49:37 GMT; Secure; HttpOnly; SameSite=Lax");
}

BOOST_AUTO_TEST_CASE(set_cookie_omits_attributes_not_asked_for) {
  SetCookie c{.name = "a", .value = "b", .secure = false, .http_only = false};
  BOOST_TEST(*to_header_value(c) == "a=b");
}

BOOST_AUTO_TEST_CASE(same_site_none_requires_secure) {
  SetCookie c{.name = "a", .value = "b", .secure = false, .same_site = SameSite::none};
  BOOST_TEST(!to_header_value(c).ok());
  c.secure = true;
  BOOST_TEST(*to_header_value(c) == "a=b; Secure; HttpOnly; SameSite=None");
}

BOOST_AUTO_TEST_CASE(set_cookie_refuses_header_injection) {
  BOOST_TEST(!to_header_value({.name = "a", .value = "b;c"}).ok());
  BOOST_TEST(!to_header_value({.name = "a", .value = "b\r\nX: y"}).ok());
  BOOST_TEST(!to_header_value({.name = "a b", .value = "c"}).ok());
  BOOST_TEST(!to_header_value({.name = "", .value = "c"}).ok());
  BOOST_TEST(!to_header_value({.name = "a", .value = "c", .path = "/; Domain=evil"}).ok());
  BOOST_TEST(!to_header_value({.name = "a", .value = "c", .max_age = -1}).ok());
}

BOOST_AUTO_TEST_CASE(removal_cookie_expires_in_the_past) {
  Response r;
  BOOST_REQUIRE(add_set_cookie(r, SetCookie::removal("AUTH_SESSION")).ok());
  BOOST_TEST(*r.header("set-cookie") ==
             "AUTH_SESSION=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; "
             "HttpOnly");
}

BOOST_AUTO_TEST_CASE(same_site_names_from_session_config_are_case_insensitive) {
  BOOST_TEST((parse_same_site("lax") == SameSite::lax));
  BOOST_TEST((parse_same_site("None") == SameSite::none));
  BOOST_TEST((parse_same_site("STRICT") == SameSite::strict));
  BOOST_TEST(!parse_same_site("relaxed").has_value());
}

BOOST_AUTO_TEST_CASE(http_date_formats_leap_days_and_far_dates) {
  using std::chrono::seconds;
  using std::chrono::system_clock;
  BOOST_TEST(http_date(system_clock::time_point(seconds(951782400))) ==
             "Tue, 29 Feb 2000 00:00:00 GMT");
  BOOST_TEST(http_date(system_clock::time_point(seconds(4102444799))) ==
             "Thu, 31 Dec 2099 23:59:59 GMT");
}

BOOST_AUTO_TEST_SUITE_END()
