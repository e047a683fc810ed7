#include "http/http_error.hpp"

#include <boost/test/unit_test.hpp>

#include "json/reader.hpp"

using namespace idp::http;

BOOST_AUTO_TEST_SUITE(http_error)

BOOST_AUTO_TEST_CASE(error_becomes_rfc6749_json) {
  Response r = bad_request("redirect_uri is \"x\"").to_response();
  BOOST_TEST(r.status == 400);
  BOOST_TEST(*r.header("content-type") == "application/json");
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(std::string((*doc)["error"].GetString()) == "invalid_request");
  BOOST_TEST(std::string((*doc)["error_description"].GetString()) == "redirect_uri is \"x\"");
}

BOOST_AUTO_TEST_CASE(error_headers_are_carried_over) {
  HttpError e{405, "method_not_allowed", "no", {{"Allow", "GET"}}};
  BOOST_TEST(*e.to_response().header("allow") == "GET");
}

BOOST_AUTO_TEST_CASE(client_text_is_shortened_and_made_printable_for_messages) {
  BOOST_TEST(shorten_for_message("ab\r\ncd\xC3\xA9") == "ab??cd??");
  BOOST_TEST(shorten_for_message(std::string(100, 'x'), 10) == std::string(10, 'x') + "...");
}

BOOST_AUTO_TEST_CASE(status_reason_phrases_cover_the_layer_s_statuses) {
  for (int s : {204, 400, 403, 404, 405, 413, 414, 415}) BOOST_TEST(reason_phrase(s) != "Unknown");
}

BOOST_AUTO_TEST_SUITE_END()
