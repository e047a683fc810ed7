// The collection functions: join, append, merge, remove, pluck, map, reshape, filter.
#include <boost/test/unit_test.hpp>

#include "json/mapping/mapping_test_support.hpp"

using mapping_test::call;
using mapping_test::map;

BOOST_AUTO_TEST_SUITE(json_mapping_functions_collection)

BOOST_AUTO_TEST_CASE(join_with_separator_prefix_suffix_and_skips) {
  BOOST_TEST(call(R"({"name": "join", "args": {"separator": ", "}})",
                  R"(["admin","user","guest"])") == R"("admin, user, guest")");
  BOOST_TEST(call(R"({"name": "join"})", R"(["a","b"])") == R"("a,b")");
  BOOST_TEST(call(R"({"name": "join", "args": {"separator": "-"}})", "[1, 2, 3.5]") ==
             R"("1-2-3.5")");
  BOOST_TEST(call(R"({"name": "join", "args": {"separator": " | ", "prefix": "[", "suffix": "]"}})",
                  R"(["role1","role2"])") == R"("[role1 | role2]")");
  BOOST_TEST(call(R"({"name": "join", "args": {"separator": ","}})", R"(["a",null,"","b"])") ==
             R"("a,null,,b")");
  BOOST_TEST(
      call(R"({"name": "join", "args": {"separator": ",", "skipNull": true, "skipEmpty": "true"}})",
           R"(["a",null,"","b"])") == R"("a,b")");
  BOOST_TEST(call(R"({"name": "join"})", R"("single")") == R"("single")");
  BOOST_TEST(call(R"({"name": "join"})", "null") == "null");
}

BOOST_AUTO_TEST_CASE(append_adds_one_element) {
  BOOST_TEST(call(R"({"name": "append", "args": {"value": "c"}})", R"(["a","b"])") ==
             R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "append", "args": {"value": "first"}})", "null") == R"(["first"])");
  BOOST_TEST(call(R"({"name": "append", "args": {"value": "added"}})", R"("single")") ==
             R"(["single","added"])");
  BOOST_TEST(call(R"({"name": "append", "args": {"value": 42}})", "[]") == "[42]");
  BOOST_TEST(call(R"({"name": "append", "args": {}})", "[1]") == "[1,null]");
  BOOST_TEST(
      map(R"([{"from": "$.user.tags", "to": "claims.tags", "functions": [{"name": "append", "args": {"value": "$.request_body.new_tag"}}]}])",
          R"({"user": {"tags": ["finance", "personal"]}, "request_body": {"new_tag": "investment"}})") ==
      R"({"claims":{"tags":["finance","personal","investment"]}})");
}

BOOST_AUTO_TEST_CASE(merge_concatenates_and_deduplicates) {
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": ["c","d"]}})", R"(["a","b"])") ==
             R"(["a","b","c","d"])");
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": ["b","c"], "distinct": true}})",
                  R"(["a","b"])") == R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": [1.0], "distinct": true}})", "[1]") ==
             "[1,1.0]");
  BOOST_TEST(
      call(
          R"({"name": "merge", "args": {"source": [{"account_no": "123", "balance": 200}], "key": "account_no"}})",
          R"([{"account_no": "123"}])") == R"([{"account_no":"123","balance":200}])");
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": null}})", "null") == "[]");
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": "x"}})", R"(["a"])") == R"(["a","x"])");
  // The later duplicate wins at the place of the first one.
  BOOST_TEST(map(R"([{"from": "$.user.accounts", "to": "claims.accounts", "functions": [
                    {"name": "merge", "args": {"source": "$.application.new_accounts", "key": "account_no"}},
                    {"name": "pluck", "args": {"field": "account_no"}}]}])",
                 R"({"user": {"accounts": [{"account_no": "111"}, {"account_no": "222"}]},
                     "application": {"new_accounts": [{"account_no": "333"}, {"account_no": "111", "type": "premium"}]}})") ==
             R"({"claims":{"accounts":["111","222","333"]}})");
  BOOST_TEST(
      call(
          R"({"name": "merge", "args": {"source": [{"id": "1", "value": "updated"}, {"id": "3"}], "key": "id"}})",
          R"([{"id": "1", "value": "old"}, {"id": "2", "value": "keep"}])") ==
      R"([{"id":"1","value":"updated"},{"id":"2","value":"keep"},{"id":"3"}])");
}

BOOST_AUTO_TEST_CASE(merge_by_key_collapses_objects_without_the_key) {
  // Objects lacking the key all share the key null; the last one stays.
  BOOST_TEST(call(R"({"name": "merge", "args": {"source": [{"x": 2}], "key": "id"}})",
                  R"([{"x": 1}, {"id": "a"}])") == R"([{"x":2},{"id":"a"}])");
}

BOOST_AUTO_TEST_CASE(remove_by_value_and_by_field) {
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": "b"}})", R"(["a","b","c"])") ==
             R"(["a","c"])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": "b"}})", R"(["a","b","b"])") ==
             R"(["a"])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": "x"}})", R"(["a"])") == R"(["a"])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": "x"}})", "null") == "null");
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": null}})", R"(["a", null])") ==
             R"(["a",null])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"field": "id", "value": "2"}})",
                  R"([{"id":"1"},{"id":"2"},"2"])") == R"([{"id":"1"},"2"])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"value": 1}})", R"([1, "1", 1.0])") ==
             R"(["1",1.0])");
  BOOST_TEST(call(R"({"name": "remove", "args": {"field": "id"}})", "[]") ==
             "compile error: remove: 'value' argument is required");
  // A request parameter that is absent removes nothing.
  BOOST_TEST(
      map(R"([{"from": "$.subs", "to": "subs", "functions": [{"name": "remove", "args": {"value": "$.request.service_id"}}]}])",
          R"({"subs": ["s1", "s2"], "request": {}})") == R"({"subs":["s1","s2"]})");
}

BOOST_AUTO_TEST_CASE(pluck_extracts_a_field) {
  BOOST_TEST(
      call(
          R"({"name": "pluck", "args": {"field": "account_no"}})",
          R"([{"account_no": "123", "type": "savings"}, {"account_no": "456", "type": "checking"}])") ==
      R"(["123","456"])");
  BOOST_TEST(call(R"({"name": "pluck", "args": {"field": "name", "skipNull": true}})",
                  R"([{"name": "Alice"}, {"name": null}, {"name": "Bob"}, 5])") ==
             R"(["Alice","Bob"])");
  BOOST_TEST(call(R"({"name": "pluck", "args": {"field": "name"}})", R"([{"name": "Alice"}, 5])") ==
             R"(["Alice",null])");
  BOOST_TEST(call(R"({"name": "pluck", "args": {}})", "[]") ==
             "compile error: pluck: 'field' argument is required");
}

BOOST_AUTO_TEST_CASE(map_applies_a_function_to_each_element) {
  BOOST_TEST(
      call(
          R"({"name": "map", "args": {"function": "format", "function_args": {"template": "role:{{value}}"}}})",
          R"(["admin", "user"])") == R"(["role:admin","role:user"])");
  BOOST_TEST(
      call(R"({"name": "map", "args": {"function": "case", "function_args": {"mode": "upper"}}})",
           R"(["hello", "world"])") == R"(["HELLO","WORLD"])");
  BOOST_TEST(call(R"({"name": "map", "args": {"function": "trim"}})", R"([" a ", " b "])") ==
             R"(["a","b"])");
  BOOST_TEST(call(R"({"name": "map", "args": {"function": "trim"}})", "null") == "null");
  BOOST_TEST(call(R"({"name": "map", "args": {"function": "nope"}})", "[]") ==
             "compile error: map: Unknown function 'nope'");
  BOOST_TEST(
      call(R"({"name": "map", "args": {"function": "case", "function_args": {"mode": "x"}}})", "[]")
          .rfind("compile error: map: case: Invalid mode", 0) == 0);
}

BOOST_AUTO_TEST_CASE(map_of_reshape_renames_fields_of_each_element) {
  BOOST_TEST(
      call(
          R"({"name": "map", "args": {"function": "reshape", "function_args": {"fields": {"id": "$.entity_id", "name": "$.entity_name", "type": "$.kind"}}}})",
          R"([{"entity_id": "1", "entity_name": "Foo", "kind": "bar"}, {"entity_id": "2"}])") ==
      R"([{"id":"1","name":"Foo","type":"bar"},{"id":"2","name":null,"type":null}])");
}

BOOST_AUTO_TEST_CASE(reshape_fields_paths_rules_and_static_values) {
  BOOST_TEST(
      call(
          R"({"name": "reshape", "args": {"fields": {
                     "id": "$.entity_id",
                     "amount": {"from": "$.amount_str", "functions": [{"name": "convert_type", "args": {"type": "integer"}}]},
                     "status": {"from": "$.status_code", "functions": [{"name": "switch", "args": {"cases": {"A": "active", "I": "inactive"}, "default": "unknown"}}]},
                     "name": {"from": "$.raw_name", "functions": [{"name": "trim"}, {"name": "case", "args": {"mode": "upper"}}]},
                     "tag": {"static_value": "external"},
                     "version": 1}}})",
          R"({"entity_id": "1", "amount_str": "9999", "status_code": "A", "raw_name": "  alice  "})") ==
      R"({"id":"1","amount":9999,"status":"active","name":"ALICE","tag":"external","version":1})");
  BOOST_TEST(call(R"({"name": "reshape", "args": {"fields": {"id": "$.id"}}})",
                  R"(["not an object"])") == "null");
  BOOST_TEST(call(R"({"name": "reshape", "args": {"fields": "x"}})", "{}") ==
             "compile error: reshape: 'fields' argument must be a Map");
  BOOST_TEST(call(R"({"name": "reshape", "args": {"fields": {"a": "$.["}}})", "{}")
                 .rfind("compile error: reshape: fields.a: invalid JSONPath", 0) == 0);
}

BOOST_AUTO_TEST_CASE(filter_conditions) {
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} != 'guest'"}})",
                  R"(["admin", "user", "guest"])") == R"(["admin","user"])");
  BOOST_TEST(
      call(R"({"name": "filter", "args": {"condition": "{{value}} != null && {{value}} != ''"}})",
           R"(["", "hello", null, "world"])") == R"(["hello","world"])");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} contains 'role'"}})",
                  R"(["role_admin", "user", "role_guest"])") == R"(["role_admin","role_guest"])");
  BOOST_TEST(
      call(
          R"({"name": "filter", "args": {"condition": "{{value}} startsWith 'a' || {{value}} endsWith 'z'"}})",
          R"(["ab", "bz", "cc"])") == R"(["ab","bz"])");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} length > 2"}})",
                  R"(["ab", "abc", "山田太"])") == R"(["abc","山田太"])");
  BOOST_TEST(
      call(
          R"({"name": "filter", "args": {"condition": "({{value}} == 'a' || {{value}} == 'b') && {{value}} != 'b'"}})",
          R"(["a", "b", "c"])") == R"(["a"])");
  BOOST_TEST(
      call(R"({"name": "filter", "args": {"condition": "{{value}} == 'admin'", "negate": true}})",
           R"(["admin", "x"])") == R"(["x"])");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} == '1'"}})",
                  R"([1, "1", 2])") == R"([1,"1"])");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} == null"}})",
                  R"([null, "a"])") == "[null]");
}

BOOST_AUTO_TEST_CASE(filter_by_field_keeps_whole_objects) {
  BOOST_TEST(
      call(
          R"({"name": "filter", "args": {"field": "type", "condition": "{{value}} == 'savings'"}})",
          R"([{"id": "1", "type": "savings"}, {"id": "2", "type": "checking"}, {"id": "3", "type": "savings"}, "x"])") ==
      R"([{"id":"1","type":"savings"},{"id":"3","type":"savings"}])");
}

BOOST_AUTO_TEST_CASE(filter_refuses_malformed_conditions_when_compiled) {
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} &&"}})", "[]") ==
             "compile error: filter: Invalid condition - expression ends with operator");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} is big"}})", "[]") ==
             "compile error: filter: Unsupported condition format: {{value}} is big");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "({{value}} == 'a'"}})", "[]") ==
             "compile error: filter: Unmatched parentheses in condition");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} length > x"}})", "[]") ==
             "compile error: filter: Invalid numeric value in condition: x");
  BOOST_TEST(call(R"({"name": "filter", "args": {"condition": "{{value}} == 'a"}})", "[]") ==
             "compile error: filter: Malformed condition - missing closing quote");
  BOOST_TEST(call(R"({"name": "filter", "args": {}})", "[]") ==
             "compile error: filter: 'condition' argument is required");
}

BOOST_AUTO_TEST_SUITE_END()
