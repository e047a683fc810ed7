#pragma once
// JSON written in a test, parsed with the guarded reader; a mistake in it fails the test.
#include <boost/test/unit_test.hpp>
#include <string_view>

#include "json/reader.hpp"

namespace idp::test {

inline rapidjson::Document doc(std::string_view text) {
  auto d = json::parse(text);
  BOOST_REQUIRE_MESSAGE(d.ok(), "test JSON: " << (d.ok() ? std::string() : d.error()));
  return std::move(*d);
}

}  // namespace idp::test
