// exists, if, switch, convert_type and the rule-level convert_type.
#include <boost/test/unit_test.hpp>

#include "json/mapping/mapping_test_support.hpp"

using mapping_test::call;
using mapping_test::map;

BOOST_AUTO_TEST_SUITE(json_mapping_functions_logic)

BOOST_AUTO_TEST_CASE(exists_is_false_for_null_and_empty_values) {
  for (const char* empty : {"null", R"("")", "[]", "{}"})
    BOOST_TEST(call(R"({"name": "exists", "args": {}})", empty) == "false");
  for (const char* full : {R"("a")", "[null]", R"({"a":1})", "0", "false"})
    BOOST_TEST(call(R"({"name": "exists"})", full) == "true");
}

BOOST_AUTO_TEST_CASE(if_conditions_and_else) {
  BOOST_TEST(
      call(
          R"({"name": "if", "args": {"condition": "equals:admin", "then": "Administrator", "else": "Regular User"}})",
          R"("admin")") == R"("Administrator")");
  BOOST_TEST(
      call(
          R"({"name": "if", "args": {"condition": "equals:admin", "then": "Administrator", "else": "Regular User"}})",
          R"("bob")") == R"("Regular User")");
  BOOST_TEST(
      call(R"({"name": "if", "args": {"condition": "null", "then": "empty", "else": "not empty"}})",
           "null") == R"("empty")");
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "NOT_NULL", "then": 1}})", R"("x")") ==
             "1");
  BOOST_TEST(
      call(
          R"({"name": "if", "args": {"condition": "empty", "then": "No value", "else": "Has value"}})",
          R"("")") == R"("No value")");
  BOOST_TEST(
      call(R"({"name": "if", "args": {"condition": "not_empty", "then": "Found", "else": "None"}})",
           R"(["item"])") == R"("Found")");
  // No "else": the input stays; an "else" of null gives null.
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "exists", "then": "yes"}})", "null") ==
             "null");
  BOOST_TEST(
      call(R"({"name": "if", "args": {"condition": "not_equals:x", "then": "y", "else": null}})",
           R"("x")") == "null");
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "equals:1", "then": {"a": [1]}}})",
                  "1") == R"({"a":[1]})");
}

BOOST_AUTO_TEST_CASE(if_refuses_what_idp_server_refuses) {
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "bigger", "then": 1}})", "1")
                 .rfind("compile error: if: Invalid condition 'bigger'", 0) == 0);
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "Equals:x", "then": 1}})", "1")
                 .rfind("compile error: if: Invalid condition", 0) == 0);
  BOOST_TEST(call(R"({"name": "if", "args": {"condition": "null"}})", "1") ==
             "compile error: if: 'then' argument is required");
  BOOST_TEST(call(R"({"name": "if", "args": {"then": 1}})", "1") ==
             "compile error: if: 'condition' argument is required");
  // A "then" read from the data that is null fails per call, as in idp-server.
  BOOST_TEST(
      map(R"([{"from": "$.v", "to": "r", "functions": [{"name": "if", "args": {"condition": "null", "then": "$.none"}}]}])",
          R"({"v": null})") == "{}");
}

BOOST_AUTO_TEST_CASE(switch_cases_default_and_ignore_case) {
  std::string roles =
      R"({"name": "switch", "args": {"cases": {"admin": "Administrator", "user": "Regular User"}, "default": "Unknown Role"}})";
  BOOST_TEST(call(roles, R"("admin")") == R"("Administrator")");
  BOOST_TEST(call(roles, R"("ADMIN")") == R"("Unknown Role")");
  BOOST_TEST(call(roles, "null") == R"("Unknown Role")");
  BOOST_TEST(call(R"({"name": "switch", "args": {"cases": {"active": "on"}, "ignoreCase": true}})",
                  R"("ACTIVE")") == R"("on")");
  BOOST_TEST(call(R"({"name": "switch", "args": {"cases": {"1": "One"}}})", "1") == R"("One")");
  BOOST_TEST(call(R"({"name": "switch", "args": {"cases": {"1": "One"}}})", R"("guest")") ==
             R"("guest")");
  BOOST_TEST(call(R"({"name": "switch", "args": {"cases": {"1": "One"}}})", "null") == "null");
  BOOST_TEST(call(R"({"name": "switch", "args": {"cases": ["a"]}})", "1") ==
             "compile error: switch: 'cases' must be a Map");
  BOOST_TEST(call(R"({"name": "switch", "args": {}})", "1") ==
             "compile error: switch: 'cases' argument is required");
}

BOOST_AUTO_TEST_CASE(convert_type_to_each_type) {
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer", "trim": true}})",
                  R"(" 30 ")") == "30");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", "3.9") == "3");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", "-3.9") == "-3");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", "4294967297") ==
             "1");  // Long.intValue
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", R"("１８")") ==
             "18");  // any script's digits
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "long"}})",
                  R"("9007199254740993")") == "9007199254740993");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "double"}})", R"("1.5e3")") ==
             "1500.0");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "double"}})", R"("NaN")") ==
             R"("NaN")");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "string"}})", "12") == R"("12")");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "string", "trim": false}})",
                  R"(" a ")") == R"(" a ")");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "string"}})", R"(" a ")") ==
             R"("a")");
  for (const char* yes : {R"("1")", R"("TRUE")", R"("yes")", R"("Y")", R"(" on ")", "1", "true"})
    BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "boolean"}})", yes) == "true");
  for (const char* no : {R"("0")", R"("off")", R"("maybe")", "2", "1.0"})
    BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "boolean"}})", no) == "false");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {}})", R"("x")") == R"("x")");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", "null") == "null");
}

BOOST_AUTO_TEST_CASE(convert_type_datetime_is_written_as_jackson_writes_a_local_date_time) {
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-07-06T11:51:20.797165171")") == "[2025,7,6,11,51,20,797165171]");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-07-06 11:51:20")") == "[2025,7,6,11,51,20]");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-07-06 11:51:00.5")") == "[2025,7,6,11,51,0,500000000]");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-07-06T00:00")") == "[2025,7,6,0,0]");
  // Its text is LocalDateTime.toString().
  BOOST_TEST(
      call(
          R"({"name": "convert_type", "args": {"type": "datetime"}}, {"name": "format", "args": {"template": "at {{value}}"}})",
          R"("2025-07-06 11:51:20.1")") == R"("at 2025-07-06T11:51:20.100")");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-02-30T00:00")") == "null");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "datetime"}})",
                  R"("2025-02-30 10:00:00")") == "[2025,2,28,10,0]");
}

BOOST_AUTO_TEST_CASE(convert_type_on_error) {
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", R"("abc")") ==
             "null");
  BOOST_TEST(
      call(
          R"({"name": "convert_type", "args": {"type": "integer", "onError": "default", "default": -1}})",
          R"("abc")") == "-1");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer", "onError": "throw"}})",
                  R"("abc")") == "error: convert_type: the value does not convert to integer");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "integer"}})", R"("2147483648")") ==
             "null");
  BOOST_TEST(call(R"({"name": "convert_type", "args": {"type": "number"}})", "1")
                 .rfind("compile error: convert_type: unknown type 'number'", 0) == 0);
  BOOST_TEST(
      call(R"({"name": "convert_type", "args": {"type": "string", "onError": "ignore"}})", "1")
          .rfind("compile error: convert_type: unknown onError", 0) == 0);
}

BOOST_AUTO_TEST_CASE(rule_level_convert_type_is_the_older_type_converter) {
  BOOST_TEST(
      map(R"([{"from": "$.source.name", "to": "user.name", "convert_type": "string"},
                     {"from": "$.source.age", "to": "user.age", "convert_type": "integer"},
                     {"from": "$.source.active", "to": "user.active", "convert_type": "boolean"},
                     {"from": "$.source.bad", "to": "user.bad", "convert_type": "integer"},
                     {"from": "$.source.yes", "to": "user.yes", "convert_type": "boolean"}])",
          R"({"source": {"name": "Alice", "age": "30", "active": "true", "bad": " 30", "yes": "yes"}})") ==
      R"({"user":{"name":"Alice","age":30,"active":true,"bad":null,"yes":false}})");
  BOOST_TEST(
      map(R"([{"from": "$[0].requested_at", "to": "requested_at", "convert_type": "datetime"}])",
          R"([{"requested_at": "2025-07-06T11:51:20.797165171"}])") ==
      R"({"requested_at":[2025,7,6,11,51,20,797165171]})");
  BOOST_TEST(map(R"([{"from": "$.a", "to": "a", "convert_type": "int"}])", "{}")
                 .rfind("compile error: [0].convert_type:", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
