// Mapping rules: from / static_value / to, the output composition of idp-server's
// ObjectCompositor, "*", conditions per rule, compile errors and the bounds on hostile input.
#include "json/mapping/rules.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "json/mapping/mapping_test_support.hpp"

using idp::json::mapping::Limits;
using idp::json::mapping::Rules;
using mapping_test::json;
using mapping_test::map;

BOOST_AUTO_TEST_SUITE(json_mapping_rules)

BOOST_AUTO_TEST_CASE(paths_build_nested_objects_and_arrays) {
  BOOST_TEST(
      map(R"([{"from": "$.result.first_name", "to": "claims.given_name"},
                     {"from": "$.result.addr", "to": "claims.address"},
                     {"from": "$.result.tf", "to": "verification.trust_framework"},
                     {"from": "$.result.ev[0].type", "to": "verification.evidence.0.type"}])",
          R"({"result": {"first_name": "Sarah", "addr": {"locality": "Edinburgh", "country": "UK"}, "tf": "uk_tfida",
                                "ev": [{"type": "electronic_record"}]}})") ==
      R"({"claims":{"given_name":"Sarah","address":{"locality":"Edinburgh","country":"UK"}},)"
      R"("verification":{"trust_framework":"uk_tfida","evidence":[{"type":"electronic_record"}]}})");
}

BOOST_AUTO_TEST_CASE(arrays_are_padded_with_null_up_to_an_index) {
  BOOST_TEST(map(R"([{"static_value": "t", "to": "e.1.c.2.txn"}])", "{}") ==
             R"({"e":[null,{"c":[null,null,{"txn":"t"}]}]})");
  BOOST_TEST(map(R"([{"static_value": 1, "to": "list.1"}, {"static_value": 0, "to": "list.0"}])",
                 "{}") == R"({"list":[0,1]})");
  BOOST_TEST(map(R"([{"static_value": 1, "to": "m.2"}, {"static_value": 2, "to": "m.1.x"}])",
                 "{}") == R"({"m":[null,{"x":2},1]})");
}

BOOST_AUTO_TEST_CASE(a_from_that_selects_nothing_writes_null) {
  BOOST_TEST(map(R"([{"from": "$.missing", "to": "a"}, {"from": "$.x.y.z", "to": "b.c"}])",
                 R"({"x": 1})") == R"({"a":null,"b":{"c":null}})");
  BOOST_TEST(map(R"([{"to": "nothing"}])", "{}") == R"({"nothing":null})");
  BOOST_TEST(map(R"([{"from": "", "to": "empty_from"}])", "{}") == R"({"empty_from":null})");
  // A static_value of null counts as absent: the from is read.
  BOOST_TEST(map(R"([{"static_value": null, "from": "$.v", "to": "v"}])", R"({"v": 3})") ==
             R"({"v":3})");
  // With an exists condition the key is left out instead (id-service-migration templates do this).
  BOOST_TEST(
      map(R"([{"from": "$.body.error", "to": "error", "condition": {"operation": "exists", "path": "$.body.error"}}])",
          R"({"body": {}})") == "{}");
}

BOOST_AUTO_TEST_CASE(indefinite_paths_give_lists) {
  BOOST_TEST(
      map(R"([{"from": "$.items[*].id", "to": "ids"}, {"from": "$.items[*].none", "to": "none"},
                     {"from": "$..name", "to": "names"}])",
          R"({"items": [{"id": 1, "name": "a"}, {"id": 2}], "name": "root"})") ==
      R"({"ids":[1,2],"none":[],"names":["root","a"]})");
}

BOOST_AUTO_TEST_CASE(star_merges_object_members_into_the_root) {
  BOOST_TEST(
      map(R"([{"from": "$.body", "to": "*"}, {"from": "$.body2", "to": "*"}])",
          R"({"body": {"processName": "apply", "status": "ok"}, "body2": {"key": "value"}})") ==
      R"({"processName":"apply","status":"ok","key":"value"})");
  // Null and non-objects are skipped.
  BOOST_TEST(
      map(R"([{"from": "$.none", "to": "*"}, {"from": "$.s", "to": "*"}, {"from": "$.l", "to": "*"}])",
          R"({"s": "text", "l": [1]})") == "{}");
  // Member names are keys like any other: dots nest.
  BOOST_TEST(map(R"([{"from": "$.body", "to": "*"}])",
                 R"({"body": {"user.name": "x", "user.tags.1": "t"}})") ==
             R"({"user":{"name":"x","tags":[null,"t"]}})");
}

BOOST_AUTO_TEST_CASE(star_members_that_cannot_be_written_are_reported_and_left_out) {
  std::vector<std::string> errors;
  BOOST_TEST(map(R"([{"from": "$.body", "to": "*"}])",
                 R"({"body": {"0": "index at the root", "a.5000": "too far", "ok": 1}})",
                 &errors) == R"({"ok":1})");
  BOOST_REQUIRE(errors.size() == 2u);
  BOOST_TEST(errors[0] == "to '0': the output is not an array");
  BOOST_TEST(errors[1] == "to 'a.5000': array index 5000 is larger than 1000");
}

BOOST_AUTO_TEST_CASE(a_key_written_again_keeps_its_place_and_takes_the_new_value) {
  BOOST_TEST(
      map(R"([{"static_value": 1, "to": "a"}, {"static_value": 2, "to": "b"}, {"static_value": 3, "to": "a"}])",
          "{}") == R"({"a":3,"b":2})");
  // "*" after explicit rules replaces values of the same names (application_details of apply).
  BOOST_TEST(
      map(R"([{"from": "$.request_body", "to": "*"}, {"from": "$.response_body.application_id", "to": "application_id"}])",
          R"({"request_body": {"application_id": "old", "x": 1}, "response_body": {"application_id": "new"}})") ==
      R"({"application_id":"new","x":1})");
}

BOOST_AUTO_TEST_CASE(an_object_written_earlier_is_entered_by_a_longer_key) {
  BOOST_TEST(
      map(R"([{"from": "$.address", "to": "address"}, {"static_value": "x", "to": "address.extra"}])",
          R"({"address": {"country": "JP"}})") == R"({"address":{"country":"JP","extra":"x"}})");
  BOOST_TEST(
      map(R"([{"from": "$.none", "to": "address"}, {"static_value": "x", "to": "address.extra"}])",
          "{}") == R"({"address":{"extra":"x"}})");
}

BOOST_AUTO_TEST_CASE(writes_through_a_scalar_are_reported_and_left_out) {
  std::vector<std::string> errors;
  BOOST_TEST(
      map(R"([{"static_value": 1, "to": "a"}, {"static_value": 2, "to": "a.b"}, {"static_value": 3, "to": "a.0"},
                     {"static_value": {"k": 1}, "to": "o"}, {"static_value": 4, "to": "o.0"}])",
          "{}", &errors) == R"({"a":1,"o":{"k":1}})");
  BOOST_REQUIRE(errors.size() == 3u);
  BOOST_TEST(errors[0] == "to 'a.b': 'a' is not an object");
  BOOST_TEST(errors[1] == "to 'a.0': 'a' is not an array");
  BOOST_TEST(errors[2] == "to 'o.0': 'o' is not an array");
}

BOOST_AUTO_TEST_CASE(dynamic_arguments_read_the_context_and_null_when_absent) {
  BOOST_TEST(
      map(R"([{"from": "$.v", "to": "r", "functions": [{"name": "format", "args": {"template": "$.tmpl"}}]}])",
          R"({"v": "x", "tmpl": "<{{value}}>"})") == R"({"r":"<x>"})");
  BOOST_TEST(
      map(R"([{"from": "$.v", "to": "r", "functions": [{"name": "merge", "args": {"source": "$.none"}}]}])",
          R"({"v": [1]})") == R"({"r":[1]})");
  BOOST_TEST(
      map(R"([{"from": "$.v", "to": "r", "functions": [{"name": "format", "args": {"template": "$.["}}]}])",
          "{}")
          .rfind("compile error: [0].functions[0]: args.template: invalid JSONPath '$.['", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_failing_function_leaves_its_rule_out) {
  std::vector<std::string> errors;
  BOOST_TEST(map(R"([{"static_value": 1, "to": "kept"},
                     {"from": "$.v", "to": "r", "functions": [{"name": "format"}, {"name": "if", "args": {"condition": "$.c", "then": 1}}]}])",
                 R"({"v": "x", "c": "sometimes"})", &errors) == R"({"kept":1})");
  BOOST_REQUIRE(errors.size() == 1u);
  BOOST_TEST(errors[0].rfind("[1].functions[1]: if: Invalid condition 'sometimes'", 0) == 0);
}

BOOST_AUTO_TEST_CASE(rule_conditions) {
  const char* rules = R"([{"static_value": "premium", "to": "level",
                           "condition": {"operation": "anyOf", "value": [{"operation": "EXISTS", "path": "$.request_body.mobile_phone_number"},
                                                                          {"operation": "eq", "path": "$.request_body.verification_level", "value": "premium"}]}}])";
  BOOST_TEST(map(rules, R"({"request_body": {"mobile_phone_number": "09012345678"}})") ==
             R"({"level":"premium"})");
  BOOST_TEST(map(rules, R"({"request_body": {"verification_level": "premium"}})") ==
             R"({"level":"premium"})");
  BOOST_TEST(map(rules, R"({"request_body": {"verification_level": "basic"}})") == "{}");
}

BOOST_AUTO_TEST_CASE(compile_errors_name_the_rule_and_member) {
  BOOST_TEST(
      map(R"([{"to": "a"}, {"to": "b"}, {"to": "c"}, {"to": "d", "functions": [{"name": "foo"}]}])",
          "{}") == "compile error: [3].functions[0]: unknown function 'foo'");
  BOOST_TEST(map(R"([{"from": "$.a[", "to": "a"}])", "{}")
                 .rfind("compile error: [0].from: invalid JSONPath '$.a['", 0) == 0);
  BOOST_TEST(map(R"([{"from": "$.a"}])", "{}") ==
             "compile error: [0].to: is required and must be a string");
  BOOST_TEST(map(R"([{"from": "$.a", "to": "a.99999999"}])", "{}") ==
             "compile error: [0].to: array index 99999999 is larger than 1000");
  BOOST_TEST(map(R"([{"to": "..."}])", "{}") == "compile error: [0].to: names no member");
  BOOST_TEST(map(R"([{"to": "a", "from": 5}])", "{}") ==
             "compile error: [0].from: must be a JSONPath string");
  BOOST_TEST(map(R"([{"to": "a", "functions": {"name": "format"}}])", "{}") ==
             "compile error: [0].functions: must be an array");
  BOOST_TEST(map(R"([{"to": "a", "functions": [{"args": {}}]}])", "{}") ==
             "compile error: [0].functions[0].name: must be a string");
  BOOST_TEST(map(R"([{"to": "a", "functions": [{"name": "format", "args": []}]}])", "{}") ==
             "compile error: [0].functions[0].args: must be an object");
  BOOST_TEST(
      map(R"([{"to": "a", "condition": {"operation": "gte", "path": "$.x", "value": "many"}}])",
          "{}") ==
      "compile error: [0].condition.value: operation 'gte' needs a number (or a numeric string) as "
      "value");
  BOOST_TEST(map(R"([{"to": "a", "convert_type": "int"}])", "{}") ==
             "compile error: [0].convert_type: must be one of string, integer, long, double, "
             "boolean, datetime");
  BOOST_TEST(map(R"(["to"])", "{}") == "compile error: [0]: must be an object");
  BOOST_TEST(map(R"({"to": "a"})", "{}") == "compile error: mapping rules must be an array");
}

BOOST_AUTO_TEST_CASE(unknown_members_are_ignored) {
  // mocky.json writes "convertType" in camel case, which idp-server does not read either.
  BOOST_TEST(map(R"([{"from": "$.t", "to": "x-token", "convertType": "string", "comment": "…"}])",
                 R"({"t": 5})") == R"({"x-token":5})");
}

BOOST_AUTO_TEST_CASE(limits_bound_rules_functions_and_paths) {
  Limits small;
  small.max_rules = 2;
  small.max_functions = 1;
  small.max_target_segments = 3;
  BOOST_TEST(Rules::compile(json(R"([{"to":"a"},{"to":"b"},{"to":"c"}])"), small).error() ==
             "more than 2 mapping rules");
  BOOST_TEST(
      Rules::compile(json(R"([{"to":"a","functions":[{"name":"trim"},{"name":"trim"}]}])"), small)
          .error() == "[0].functions: more than 1 functions");
  BOOST_TEST(Rules::compile(json(R"([{"to":"a.b.c.d"}])"), small).error() ==
             "[0].to: has more than 3 segments");
}

BOOST_AUTO_TEST_CASE(the_output_budget_stops_a_rule_that_would_grow_too_large) {
  Limits small;
  small.max_output = 4096;
  auto rules = Rules::compile(
      json(
          R"([{"from": "$.s", "to": "a", "functions": [{"name": "format", "args": {"template": "{{value}}{{value}}{{value}}{{value}}"}}]},
                                      {"static_value": 1, "to": "b"}])"),
      small);
  BOOST_REQUIRE(rules);
  std::vector<std::string> errors;
  auto out = rules->apply(json(R"({"s": ")" + std::string(2000, 'x') + R"("})"),
                          mapping_test::test_environment(), &errors);
  BOOST_TEST(!out.HasMember("a"));
  BOOST_TEST(out.HasMember("b"));
  BOOST_REQUIRE(errors.size() == 1u);
  BOOST_TEST(errors[0].find("exceeds its limit of 4096") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(apply_into_sets_the_members_on_an_existing_object) {
  auto rules = Rules::compile(json(R"([{"from": "$.request_body", "to": "*"}])"));
  BOOST_REQUIRE(rules);
  auto details = json(R"({"first_name": "old", "kept": true})");
  rules->apply_into(json(R"({"request_body": {"first_name": "new", "added": 1}})"), details,
                    details.GetAllocator(), mapping_test::test_environment());
  BOOST_TEST(mapping_test::write(details) == R"({"first_name":"new","kept":true,"added":1})");
  rapidjson::Value not_an_object(5);
  rules->apply_into(json(R"({"request_body": {"a": 1}})"), not_an_object, details.GetAllocator(),
                    mapping_test::test_environment());
  BOOST_TEST(mapping_test::write(not_an_object) == R"({"a":1})");
}

BOOST_AUTO_TEST_CASE(an_empty_rule_set_and_odd_contexts) {
  BOOST_TEST(map("[]", R"({"a": 1})") == "{}");
  BOOST_TEST(map(R"([{"from": "$[1]", "to": "second"}, {"from": "$", "to": "all"}])", "[1, 2]") ==
             R"({"second":2,"all":[1,2]})");
  BOOST_TEST(map(R"([{"from": "$.a", "to": "a"}])", "7") == R"({"a":null})");
  auto rules = Rules::compile(json("[]"));
  BOOST_REQUIRE(rules);
  BOOST_TEST(rules->size() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
