// Conditions: every operation with idp-server's ConditionOperationEvaluator semantics, the
// allOf/anyOf nesting of ConditionSpec, the any_of groups of transitions and condition lists.
#include "json/mapping/condition.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "json/mapping/mapping_test_support.hpp"

using idp::json::mapping::AnyOfConditions;
using idp::json::mapping::Condition;
using idp::json::mapping::ConditionList;
using mapping_test::json;

namespace {

const char* k_context = R"({
  "n": 18, "d": 18.5, "big": 9007199254740993, "tenth": 0.1, "s": "18", "word": "abc",
  "t": true, "nil": null, "empty": "", "list": ["a", "b", 1], "obj": {"k": "v"},
  "email": "taro.yamada@example.co.jp",
  "items": [{"id": 1, "tag": "x"}, {"id": 2, "tag": "y"}]
})";

// Evaluates {"path", "operation", "value"} against k_context; "error: …" when it does not compile.
std::string holds(std::string_view path, std::string_view operation,
                  std::string_view value = "null") {
  std::string spec = R"({"path": ")" + std::string(path) + R"(", "operation": ")" +
                     std::string(operation) + R"(", "value": )" + std::string(value) + "}";
  auto c = Condition::compile(json(spec));
  if (!c) return std::string("error: ") += c.error();
  return c->evaluate(json(k_context)) ? "true" : "false";
}

std::string holds_spec(std::string_view spec) {
  auto c = Condition::compile(json(spec));
  if (!c) return std::string("error: ") += c.error();
  return c->evaluate(json(k_context)) ? "true" : "false";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_mapping_condition)

BOOST_AUTO_TEST_CASE(eq_and_ne_are_objects_equals) {
  BOOST_TEST(holds("$.n", "eq", "18") == "true");
  BOOST_TEST(holds("$.n", "eq", "18.0") == "false");  // Integer vs Double
  BOOST_TEST(holds("$.n", "eq", R"("18")") == "false");
  BOOST_TEST(holds("$.s", "eq", R"("18")") == "true");
  BOOST_TEST(holds("$.d", "eq", "18.5") == "true");
  BOOST_TEST(holds("$.t", "eq", "true") == "true");
  BOOST_TEST(holds("$.obj", "eq", R"({"k": "v"})") == "true");
  BOOST_TEST(holds("$.list", "eq", R"(["a", "b", 1])") == "true");
  BOOST_TEST(holds("$.missing", "eq", "null") == "true");
  BOOST_TEST(holds("$.nil", "eq", "null") == "true");
  BOOST_TEST(holds("$.missing", "ne", R"("x")") == "true");
  BOOST_TEST(holds("$.n", "ne", "18") == "false");
  // An indefinite path reads the list of what it selects.
  BOOST_TEST(holds("$.items[*].id", "eq", "[1, 2]") == "true");
  BOOST_TEST(holds("$.items[?@.id > 1].tag", "eq", R"(["y"])") == "true");
}

BOOST_AUTO_TEST_CASE(comparisons_are_exact_decimal_comparisons) {
  BOOST_TEST(holds("$.n", "gte", "18") == "true");
  BOOST_TEST(holds("$.n", "gt", "18") == "false");
  BOOST_TEST(holds("$.n", "gt", "17.99") == "true");
  BOOST_TEST(holds("$.n", "lt", R"("18.0000000000000001")") == "true");  // as text, exactly
  BOOST_TEST(holds("$.n", "lt", "18.0000000000000001") == "false");  // as a JSON number, a double
  BOOST_TEST(holds("$.d", "lte", R"("18.5")") == "true");
  BOOST_TEST(holds("$.s", "gte", "18") == "true");  // a numeric string compares as a number
  BOOST_TEST(holds("$.s", "gte", R"("1.8e1")") == "true");
  BOOST_TEST(holds("$.big", "gt", "9007199254740992.0") == "true");  // 2^53 + 1 stays exact
  BOOST_TEST(holds("$.tenth", "gte", R"("0.1")") == "true");         // Double.toString: 0.1
  BOOST_TEST(holds("$.tenth", "gt", R"("0.1")") == "false");
  BOOST_TEST(holds("$.n", "lt", "-1") == "false");
}

BOOST_AUTO_TEST_CASE(comparisons_are_false_where_java_throws) {
  BOOST_TEST(holds("$.word", "gt", "1") == "false");
  BOOST_TEST(holds("$.t", "gte", "1") == "false");
  BOOST_TEST(holds("$.missing", "lte", "100") == "false");
  BOOST_TEST(holds("$.nil", "gte", "0") == "false");
  BOOST_TEST(holds("$.list", "gte", "0") == "false");
  BOOST_TEST(holds("$.empty", "gte", "0") == "false");
}

BOOST_AUTO_TEST_CASE(comparison_values_must_be_numbers) {
  BOOST_TEST(holds("$.n", "gte", R"("abc")") ==
             "error: value: operation 'gte' needs a number (or a numeric string) as value");
  BOOST_TEST(holds("$.n", "lt", "null").rfind("error: value:", 0) == 0);
  BOOST_TEST(holds("$.n", "gt", "[1]").rfind("error: value:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(in_and_nin) {
  BOOST_TEST(holds("$.word", "in", R"(["abc", "def"])") == "true");
  BOOST_TEST(holds("$.n", "in", R"(["18", 18.0])") == "false");
  BOOST_TEST(holds("$.n", "nin", R"(["18", 18.0])") == "true");
  BOOST_TEST(holds("$.missing", "in", R"([null])") == "true");
  BOOST_TEST(holds("$.missing", "nin", R"(["a"])") == "true");
  BOOST_TEST(holds("$.word", "in", R"("abc")") ==
             "error: value: operation 'in' needs an array as value");
}

BOOST_AUTO_TEST_CASE(exists_and_missing) {
  BOOST_TEST(holds("$.word", "exists") == "true");
  BOOST_TEST(holds("$.empty", "exists") == "true");
  BOOST_TEST(holds("$.t", "EXISTS", R"("enhanced")") == "true");  // the value is not read
  BOOST_TEST(holds("$.nil", "exists") == "false");
  BOOST_TEST(holds("$.missing", "exists") == "false");
  BOOST_TEST(holds("$.n.deeper", "exists") == "false");
  BOOST_TEST(holds("$.missing", "missing") == "true");
  BOOST_TEST(holds("$.nil", "Missing") == "true");
  BOOST_TEST(holds("$.n", "missing") == "false");
  // An indefinite path reads a list, even an empty one: it exists.
  BOOST_TEST(holds("$.items[*].nothing", "exists") == "true");
}

BOOST_AUTO_TEST_CASE(contains_in_lists_and_strings) {
  BOOST_TEST(holds("$.list", "contains", R"("b")") == "true");
  BOOST_TEST(holds("$.list", "contains", "1") == "true");
  BOOST_TEST(holds("$.list", "contains", "1.0") == "false");
  BOOST_TEST(holds("$.email", "contains", R"("@example")") == "true");
  BOOST_TEST(holds("$.n", "contains", "1") == "false");
  BOOST_TEST(holds("$.items[*].tag", "contains", R"("y")") == "true");
  BOOST_TEST(holds("$.missing", "contains", R"("a")") == "false");
}

BOOST_AUTO_TEST_CASE(regex_matches_the_whole_string) {
  BOOST_TEST(holds("$.email", "regex", R"("^[\\w.-]+@[\\w.-]+\\.[a-zA-Z]{2,}$")") == "true");
  BOOST_TEST(holds("$.word", "regex", R"("b")") == "false");  // matches(), not find()
  BOOST_TEST(holds("$.word", "regex", R"("a.c")") == "true");
  BOOST_TEST(holds("$.word", "regex", R"("(?=.*c)[a-z]+")") == "true");
  BOOST_TEST(holds("$.n", "regex", R"("18")") == "false");  // not a string
  BOOST_TEST(holds("$.word", "regex", R"("(")")
                 .rfind("error: value: pattern is not a valid regular expression", 0) == 0);
  BOOST_TEST(holds("$.word", "regex", "1") ==
             "error: value: operation 'regex' needs a regular expression string as value");
}

BOOST_AUTO_TEST_CASE(unknown_operations_and_bad_leaves_are_compile_errors) {
  BOOST_TEST(holds("$.n", "greater", "1") ==
             "error: operation: unknown operation 'greater' (eq, ne, gt, gte, lt, lte, in, nin, "
             "exists, missing, contains, regex)");
  BOOST_TEST(holds_spec(R"({"operation": "eq", "value": 1})") ==
             "error: path: must be a non-empty JSONPath string");
  BOOST_TEST(holds_spec(R"({"path": "$.n", "value": 1})") == "error: operation: is required");
  BOOST_TEST(holds("$.[", "eq", "1").rfind("error: path: invalid JSONPath '$.['", 0) == 0);
  BOOST_TEST(holds_spec("[1]") == "error: must be an object");
}

BOOST_AUTO_TEST_CASE(all_of_and_any_of_nest) {
  const char* admin_or_editor = R"({"operation": "anyOf", "value": [
      {"operation": "eq", "path": "$.word", "value": "x"},
      {"operation": "allOf", "value": [
        {"operation": "exists", "path": "$.email"},
        {"operation": "gte", "path": "$.n", "value": 18}]}]})";
  BOOST_TEST(holds_spec(admin_or_editor) == "true");
  BOOST_TEST(holds_spec(R"({"operation": "allOf", "value": []})") == "true");
  BOOST_TEST(holds_spec(R"({"operation": "anyOf", "value": []})") == "false");
  BOOST_TEST(
      holds_spec(
          R"({"operation": "allOf", "value": [{"operation": "exists", "path": "$.n"}, {"operation": "exists", "path": "$.none"}]})") ==
      "false");
}

BOOST_AUTO_TEST_CASE(compound_errors_name_their_place) {
  BOOST_TEST(
      holds_spec(
          R"({"operation": "anyOf", "value": [{"operation": "eq", "path": "$.n"}, {"operation": "bad", "path": "$.n"}]})") ==
      "error: value[1].operation: unknown operation 'bad' (eq, ne, gt, gte, lt, lte, in, nin, "
      "exists, missing, contains, regex)");
  BOOST_TEST(holds_spec(R"({"operation": "allOf", "value": {"operation": "eq"}})") ==
             "error: value: 'allOf' requires a list of nested conditions");
  BOOST_TEST(
      holds_spec(R"({"operation": "anyOf", "value": [{"operation": "allOf", "value": [5]}]})") ==
      "error: value[0].value[0]: must be an object");
  // Only the spellings allOf and anyOf are compound; "anyof" is a (bad) leaf.
  BOOST_TEST(holds_spec(R"({"operation": "anyof", "value": []})") ==
             "error: path: must be a non-empty JSONPath string");
}

BOOST_AUTO_TEST_CASE(nesting_is_limited_to_ten_levels) {
  auto nested = [](int levels) {
    std::string s = R"({"operation": "exists", "path": "$.n"})";
    for (int i = 0; i < levels; ++i) s = R"({"operation": "allOf", "value": [)" + s + "]}";
    return s;
  };
  BOOST_TEST(holds_spec(nested(10)) == "true");
  BOOST_TEST(holds_spec(nested(11)).find("nested more than 10 levels") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(any_of_groups_of_a_transition) {
  auto approved = AnyOfConditions::compile(json(R"({"any_of": [
      [{"path": "$.request_body.application_id", "type": "string", "operation": "exists", "value": true},
       {"path": "$.application.processes.apply.success_count", "type": "integer", "operation": "gte", "value": 1}],
      [{"path": "$.status_code", "operation": "eq", "value": 200}]]})"));
  BOOST_REQUIRE(approved);
  BOOST_TEST(approved->defined());
  using R = AnyOfConditions::Result;
  BOOST_TEST((
      approved->evaluate(json(
          R"({"request_body": {"application_id": "a"}, "application": {"processes": {"apply": {"success_count": 1}}}})")) ==
      R::satisfied));
  BOOST_TEST((
      approved->evaluate(json(
          R"({"request_body": {"application_id": "a"}, "application": {"processes": {"apply": {"success_count": 0}}}})")) ==
      R::unsatisfied));
  BOOST_TEST((approved->evaluate(json(R"({"status_code": 200})")) == R::satisfied));
  BOOST_TEST((approved->evaluate(json(R"({"status_code": 200.0})")) == R::unsatisfied));
  for (const char* undefined : {"{}", R"({"any_of": []})", "null", R"({"any_of": null})"}) {
    auto c = AnyOfConditions::compile(json(undefined));
    BOOST_REQUIRE(c);
    BOOST_TEST(!c->defined());
    BOOST_TEST((c->evaluate(json("{}")) == R::undefined));
  }
  auto empty_group = AnyOfConditions::compile(json(R"({"any_of": [[]]})"));
  BOOST_TEST((empty_group->evaluate(json("{}")) == R::satisfied));
}

BOOST_AUTO_TEST_CASE(any_of_errors_name_group_and_condition) {
  auto bad = AnyOfConditions::compile(json(
      R"({"any_of": [[{"path": "$.a", "operation": "eq", "value": 1}], [{"path": "$.a", "operation": "allOf"}]]})"));
  BOOST_REQUIRE(!bad);
  BOOST_TEST(bad.error().rfind("any_of[1][0].operation: unknown operation 'allOf'", 0) == 0);
  BOOST_TEST(AnyOfConditions::compile(json(R"({"any_of": [{"path": "$.a"}]})")).error() ==
             "any_of[0]: must be an array of conditions");
  BOOST_TEST(
      AnyOfConditions::compile(json(R"({"any_of": [[{"path": 1, "operation": "eq"}]]})")).error() ==
      "any_of[0][0].path: must be a non-empty JSONPath string");
  BOOST_TEST(AnyOfConditions::compile(json(R"({"any_of": "x"})")).error() ==
             "any_of: must be an array of arrays of conditions");
}

BOOST_AUTO_TEST_CASE(condition_lists_with_match_mode) {
  auto all = ConditionList::compile(
      json(R"({"conditions": [{"path": "$.status", "operation": "eq", "value": "approved"},
                                                             {"path": "$.score", "operation": "gte", "value": 80}]})"));
  BOOST_REQUIRE(all);
  BOOST_TEST(all->evaluate(json(R"({"status": "approved", "score": 81})")));
  BOOST_TEST(!all->evaluate(json(R"({"status": "approved", "score": 79})")));
  auto any = ConditionList::compile(json(
      R"({"match_mode": "ANY", "conditions": [{"path": "$.status", "operation": "eq", "value": "approved"},
                                                                                 {"path": "$.score", "operation": "gte", "value": 80}]})"));
  BOOST_REQUIRE(any);
  BOOST_TEST(any->evaluate(json(R"({"status": "rejected", "score": 90})")));
  BOOST_TEST(!any->evaluate(json(R"({"status": "rejected"})")));
  BOOST_TEST(ConditionList::compile(json(R"({"match_mode": "any"})"))->evaluate(json("{}")));
  BOOST_TEST(ConditionList::compile(json(R"({"match_mode": "most"})")).error() ==
             "match_mode: must be \"all\" or \"any\"");
  BOOST_TEST(
      ConditionList::compile(json(R"({"conditions": [{"path": "$.a", "operation": "has"}]})"))
          .error()
          .rfind("conditions[0].operation: unknown operation 'has'", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
