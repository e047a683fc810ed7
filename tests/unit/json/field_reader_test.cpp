#include "json/field_reader.hpp"

#include <boost/test/unit_test.hpp>

#include "json/reader.hpp"
#include "json/writer.hpp"

using namespace idp::json;

namespace {

// Boost.Test evaluates the message of BOOST_REQUIRE_MESSAGE even when the check passes.
template <class T>
std::string why(const idp::Expected<T>& e) {
  return e ? std::string() : e.error();
}

rapidjson::Document doc_of(std::string_view text) {
  auto doc = parse(text);
  BOOST_REQUIRE_MESSAGE(doc.ok(), why(doc));
  return std::move(*doc);
}

enum class Color { red, green };
constexpr EnumTable<Color, 2> k_colors{{{"RED", Color::red}, {"GREEN", Color::green}}};
constexpr std::string_view k_sizes[] = {"small", "large"};

}  // namespace

BOOST_AUTO_TEST_SUITE(json_field_reader)

BOOST_AUTO_TEST_CASE(reads_present_members_and_defaults_for_absent_or_null_ones) {
  auto doc =
      doc_of(R"({"s": "x", "b": false, "i": 42, "a": ["p", "q"], "n": null, "o": {"k": 1}})");
  FieldErrors errors;
  FieldReader r(doc, "root", errors);
  BOOST_TEST(r.string_or("s", "d") == "x");
  BOOST_TEST(r.string_or("missing", "d") == "d");
  BOOST_TEST(r.string_or("n", "d") == "d");
  BOOST_TEST(r.bool_or("b", true) == false);
  BOOST_TEST(r.int_or("i", 0) == 42);
  BOOST_TEST(r.strings_or("a", {}) == (std::vector<std::string>{"p", "q"}));
  BOOST_TEST(!r.optional_int("missing").has_value());
  auto o = r.object("o");
  BOOST_TEST(o.path() == "root.o");
  BOOST_TEST(o.int_or("k", 0) == 1);
  auto absent = r.object("absent");
  BOOST_TEST(absent.is_object());
  BOOST_TEST(absent.int_or("k", 7) == 7);
  BOOST_TEST(errors.empty());
  BOOST_TEST(r.rest().is_null());  // every member was read
}

BOOST_AUTO_TEST_CASE(wrong_types_are_reported_with_their_path) {
  auto doc = doc_of(
      R"({"s": 1, "b": "true", "i": "3", "d": 2.5, "a": ["ok", 3], "x": "y", "o": {"deep": {"v": []}}})");
  FieldErrors errors;
  FieldReader r(doc, "tenant", errors);
  BOOST_TEST(r.string_or("s", "d") == "d");
  BOOST_TEST(r.bool_or("b", true));
  BOOST_TEST(r.int_or("i", 5) == 5);
  BOOST_TEST(r.int_or("d", 5) == 5);
  BOOST_TEST(r.strings_or("a", {"fallback"}) == std::vector<std::string>{"fallback"});
  BOOST_TEST(r.strings_or("x", {}).empty());
  auto deep = r.object("o").object("deep");
  BOOST_TEST(deep.string_or("v", "") == "");
  BOOST_TEST(errors.messages() == (std::vector<std::string>{
                                      "tenant.s: expected a string",
                                      "tenant.b: expected a boolean",
                                      "tenant.i: expected an integer",
                                      "tenant.d: expected an integer",
                                      "tenant.a[1]: expected a string",
                                      "tenant.x: expected an array of strings",
                                      "tenant.o.deep.v: expected a string",
                                  }),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(enums_come_from_a_table) {
  auto doc = doc_of(R"({"a": "GREEN", "b": "green", "c": "BLUE", "d": "", "e": 3})");
  FieldErrors errors;
  FieldReader r(doc, "p", errors);
  BOOST_TEST((r.enum_or("a", k_colors, Color::red) == Color::green));
  BOOST_TEST((r.enum_or("b", k_colors, Color::red, Spelling::any_case) == Color::green));
  BOOST_TEST((r.enum_or("c", k_colors, Color::red) == Color::red));
  BOOST_TEST(!r.optional_enum("d", k_colors).has_value());  // "" reads as unset
  BOOST_TEST((r.enum_or("missing", k_colors, Color::green) == Color::green));
  BOOST_TEST(!r.optional_enum("e", k_colors).has_value());
  BOOST_TEST(errors.messages() == (std::vector<std::string>{
                                      R"(p.c: unknown value "BLUE" (expected one of RED, GREEN))",
                                      "p.e: expected a string"}),
             boost::test_tools::per_element());
  BOOST_TEST(name_of(k_colors, Color::green) == "GREEN");
}

BOOST_AUTO_TEST_CASE(enum_matching_is_exact_unless_asked) {
  auto doc = doc_of(R"({"a": "green"})");
  FieldErrors errors;
  FieldReader r(doc, "p", errors);
  BOOST_TEST((r.enum_or("a", k_colors, Color::red) == Color::red));
  BOOST_TEST(errors.size() == 1u);
}

BOOST_AUTO_TEST_CASE(string_choices_are_normalised_and_checked_per_item) {
  auto doc = doc_of(R"({"one": "LARGE", "many": ["small", "medium", "large"], "empty": ""})");
  FieldErrors errors;
  FieldReader r(doc, "p", errors);
  Choices sizes{k_sizes, Spelling::any_case};
  BOOST_TEST(r.optional_choice("one", sizes).value() == "large");
  BOOST_TEST(!r.optional_choice("empty", sizes).has_value());
  BOOST_TEST(r.strings_or("many", {}, &sizes).empty());
  BOOST_TEST(errors.summary() ==
             R"(p.many[1]: unknown value "medium" (expected one of small, large))");
}

BOOST_AUTO_TEST_CASE(missing_required_members_and_ranges) {
  auto doc = doc_of(R"({"n": -1, "big": 9223372036854775808, "id": "nope", "ok": 5})");
  FieldErrors errors;
  FieldReader r(doc, "c", errors);
  BOOST_TEST(r.required_string("name").empty());
  BOOST_TEST(r.int_or("n", 3, {0, 10}) == 3);
  BOOST_TEST(r.int_or("big", 3) == 3);
  BOOST_TEST(r.int_or("ok", 0, {1, std::numeric_limits<std::int64_t>::max()}) == 5);
  BOOST_TEST(!r.optional_uuid("id").has_value());
  BOOST_TEST(
      errors.messages() == (std::vector<std::string>{
                               "c.name: missing required member",
                               "c.n: out of range (expected an integer between 0 and 10)",
                               "c.big: out of range (expected an integer <= 9223372036854775807)",
                               R"(c.id: invalid value "nope" (expected a UUID))",
                           }),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_value_that_is_not_an_object_is_one_error) {
  auto doc = doc_of(R"([1, 2])");
  FieldErrors errors;
  FieldReader r(doc, "client", errors);
  BOOST_TEST(!r.is_object());
  BOOST_TEST(r.string_or("a", "d") == "d");
  BOOST_TEST(r.required_string("client_id").empty());
  r.problem("client_id", "not checked: the object error says it all");
  BOOST_TEST(errors.summary() == "client: expected an object");
}

BOOST_AUTO_TEST_CASE(unread_members_are_kept_in_order) {
  auto doc = doc_of(R"({"known": 1, "z": [1, {"a": null}], "a": "x", "n": null})");
  FieldErrors errors;
  FieldReader r(doc, "p", errors);
  r.int_or("known", 0);
  auto rest = r.rest();
  BOOST_TEST(write(rest.value()) == R"({"z":[1,{"a":null}],"a":"x","n":null})");
  auto copy = rest;
  BOOST_TEST((copy == rest));
  BOOST_TEST((FrozenJson::copy_of(doc_of(R"({"a":"x","n":null,"z":[1,{"a":null}]})")) == rest));
  BOOST_TEST(!(FrozenJson() == rest));
  BOOST_TEST(FrozenJson().empty());
}

BOOST_AUTO_TEST_CASE(echoed_values_are_escaped_and_shortened) {
  std::string long_value(200, 'x');
  auto doc = doc_of(R"({"a": "line\nbreak", "b": ")" + long_value + R"("})");
  FieldErrors errors;
  FieldReader r(doc, "p", errors);
  r.enum_or("a", k_colors, Color::red);
  r.enum_or("b", k_colors, Color::red);
  BOOST_REQUIRE(errors.size() == 2u);
  BOOST_TEST(errors.messages()[0].find(R"("line\nbreak")") != std::string::npos);
  BOOST_TEST(errors.messages()[1].size() < 150u);
  BOOST_TEST(errors.messages()[1].find("...") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(string_maps_and_arrays_of_objects) {
  auto doc = doc_of(R"({"m": {"a": "1", "b": 2}, "list": [{"v": 1}, "no", {"v": "x"}]})");
  FieldErrors errors;
  FieldReader r(doc, "s", errors);
  auto map = r.string_map("m");
  BOOST_REQUIRE(map.size() == 1u);
  BOOST_TEST(map[0].first == "a");
  std::vector<std::int64_t> seen;
  r.for_each_object("list",
                    [&](FieldReader& item, std::size_t) { seen.push_back(item.int_or("v", -1)); });
  BOOST_TEST(seen == (std::vector<std::int64_t>{1, -1, -1}));
  BOOST_TEST(errors.messages() == (std::vector<std::string>{"s.m.b: expected a string",
                                                            "s.list[1]: expected an object",
                                                            "s.list[2].v: expected an integer"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(summary_joins_and_caps_the_messages) {
  FieldErrors errors;
  for (int i = 0; i < 25; ++i) {
    std::string path = "p";
    path += std::to_string(i);
    errors.add(path, "bad");
  }
  auto summary = errors.summary();
  BOOST_TEST(summary.starts_with("p0: bad; p1: bad"));
  BOOST_TEST(summary.ends_with("p19: bad; and 5 more problems"));
}

BOOST_AUTO_TEST_SUITE_END()
