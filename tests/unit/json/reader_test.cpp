#include "json/reader.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "json/writer.hpp"

using idp::json::parse;

BOOST_AUTO_TEST_SUITE(json_reader)

BOOST_AUTO_TEST_CASE(parses_a_plain_object) {
  auto doc = parse(R"({"a":[1,2,{"b":"c"}],"d":null})");
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(idp::json::write(*doc) == R"({"a":[1,2,{"b":"c"}],"d":null})");
}

BOOST_AUTO_TEST_CASE(refuses_duplicate_member_names) {
  auto doc = parse(R"({"a":1,"a":2})");
  BOOST_REQUIRE(!doc.ok());
  BOOST_TEST(doc.error().find("duplicate") != std::string::npos);
  BOOST_TEST(parse(R"({"a":{"x":1},"b":{"x":2}})").ok());  // same name in sibling objects is fine
}

BOOST_AUTO_TEST_CASE(refuses_nesting_beyond_the_limit) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto doc = parse(deep);
  BOOST_REQUIRE(!doc.ok());
  BOOST_TEST(doc.error().find("nesting") != std::string::npos);
  std::string ok(64, '[');
  ok += std::string(64, ']');
  BOOST_TEST(parse(ok).ok());
}

BOOST_AUTO_TEST_CASE(refuses_invalid_utf8_and_lone_surrogates) {
  BOOST_TEST(!parse("\"\xC0\xAF\"").ok());
  BOOST_TEST(!parse(R"("\udc00")").ok());
  BOOST_TEST(!parse(R"({"\udc00":1})").ok());
  BOOST_TEST(!parse(R"("\ud800x")").ok());
  BOOST_TEST(parse(R"("\ud83d\ude00")").ok());  // a proper pair
}

BOOST_AUTO_TEST_CASE(refuses_trailing_data_and_oversize) {
  BOOST_TEST(!parse("{} {}").ok());
  BOOST_TEST(!parse("").ok());
  BOOST_TEST(!parse(std::string(100, ' ') + "1", {.max_depth = 64, .max_bytes = 50}).ok());
}

BOOST_AUTO_TEST_CASE(parse_object_requires_an_object) {
  BOOST_TEST(!idp::json::parse_object("[1]").ok());
  BOOST_TEST(idp::json::parse_object("{}").ok());
}

BOOST_AUTO_TEST_CASE(long_numbers_read_back_exactly_what_the_writer_prints) {
  // A number longer than a double holds: the written shortest form must read back to the same
  // double, or stored configuration changes on every round trip.
  auto first = idp::json::parse(
      R"({"n":289327680077777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777})");
  BOOST_REQUIRE(first.ok());
  const std::string written = idp::json::write(*first);
  auto second = idp::json::parse(written);
  BOOST_REQUIRE(second.ok());
  BOOST_TEST(idp::json::write(*second) == written);
  BOOST_TEST((*second)["n"].GetDouble() == (*first)["n"].GetDouble());
}

BOOST_AUTO_TEST_SUITE_END()
