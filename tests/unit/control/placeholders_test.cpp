#include "control/placeholders.hpp"

#include <boost/test/unit_test.hpp>
#include <map>

using idp::control::substitute_placeholders;

namespace {

idp::control::VariableLookup table(std::map<std::string, std::string, std::less<>> vars) {
  return [vars = std::move(vars)](std::string_view name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(placeholders)

BOOST_AUTO_TEST_CASE(fills_every_placeholder) {
  auto out = substitute_placeholders(R"({"id":"${ID}","url":"${BASE}/${ID}"})",
                                     table({{"ID", "t1"}, {"BASE", "https://x"}}));
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(*out == R"({"id":"t1","url":"https://x/t1"})");
}

BOOST_AUTO_TEST_CASE(an_unset_variable_is_named_in_the_error) {
  auto out = substitute_placeholders("${A} ${B_2} ${A}", table({}));
  BOOST_REQUIRE(!out.ok());
  BOOST_TEST(out.error() == "undefined variables A, B_2");
}

BOOST_AUTO_TEST_CASE(text_that_is_not_a_placeholder_is_kept) {
  auto out = substitute_placeholders("$ ${} ${1A} $x ${unclosed", table({}));
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(*out == "$ ${} ${1A} $x ${unclosed");
}

BOOST_AUTO_TEST_SUITE_END()
