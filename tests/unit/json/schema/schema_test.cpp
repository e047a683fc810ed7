#include "json/schema/schema.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "json/reader.hpp"
#include "json/writer.hpp"

using idp::json::schema::Options;
using idp::json::schema::Schema;
using idp::json::schema::Violation;

namespace {

rapidjson::Document json(std::string_view text) {
  auto doc = idp::json::parse(text);
  BOOST_REQUIRE_MESSAGE(doc.ok(), std::string(text) + ": " + (doc.ok() ? "" : doc.error()));
  return std::move(*doc);
}

Schema compile(std::string_view schema, const Options& options = {}) {
  auto compiled = Schema::compile(json(schema), options);
  BOOST_REQUIRE_MESSAGE(compiled.ok(), (compiled.ok() ? std::string() : compiled.error()));
  return std::move(*compiled);
}

std::string compile_error(std::string_view schema) {
  auto compiled = Schema::compile(json(schema));
  BOOST_REQUIRE_MESSAGE(!compiled.ok(), std::string(schema) + " compiled");
  return compiled.error();
}

// "pointer keyword: message" per violation, and is_valid() agreeing with validate().
std::vector<std::string> check(const Schema& schema, std::string_view instance) {
  auto doc = json(instance);
  std::vector<std::string> out;
  auto violations = schema.validate(doc);
  for (const auto& v : violations)
    out.push_back(v.instance_location + " " + v.keyword + ": " + v.message);
  BOOST_TEST(schema.is_valid(doc) == violations.empty(), instance);
  return out;
}

std::vector<std::string> check(std::string_view schema, std::string_view instance) {
  return check(compile(schema), instance);
}

using Lines = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema)

BOOST_AUTO_TEST_CASE(reports_every_violation_with_its_location) {
  Schema schema = compile(R"({
    "type": "object",
    "required": ["redirect_uris", "client_name", "application_type"],
    "properties": {
      "client_name": {"type": "string", "maxLength": 5},
      "redirect_uris": {"type": "array", "items": {"type": "string", "format": "uri"}},
      "application_type": {"enum": ["web", "native"]},
      "default_max_age": {"type": "integer", "minimum": 0}
    }
  })");
  Lines expected = {
      "/application_type required: is a required property",
      "/client_name maxLength: must be at most 5 characters",
      "/redirect_uris/1 format: is not a valid absolute URI (RFC 3986)",
      "/redirect_uris/2 type: must be a string",
      "/default_max_age minimum: must be greater than or equal to 0",
  };
  BOOST_TEST(check(schema, R"({"client_name": "abcdef",
      "redirect_uris": ["https://rp.example/cb", "/relative", 7], "default_max_age": -1})") ==
                 expected,
             boost::test_tools::per_element());
  BOOST_TEST(check(schema, R"({"client_name": "abc", "redirect_uris": [],
      "application_type": "web"})")
                 .empty());
}

BOOST_AUTO_TEST_CASE(violations_carry_the_schema_location) {
  Schema schema = compile(R"({"properties": {"a": {"$ref": "#/definitions/short"}},
      "definitions": {"short": {"maxLength": 1}}})");
  auto v = schema.validate(json(R"({"a": "xy"})"));
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_TEST(v[0].instance_location == "/a");
  BOOST_TEST(v[0].keyword == "maxLength");
  BOOST_TEST(v[0].schema_location == "#/definitions/short/maxLength");
  BOOST_TEST(v[0].message == "must be at most 1 character");
}

BOOST_AUTO_TEST_CASE(messages_of_each_keyword) {
  BOOST_TEST(check(R"({"enum": ["a", "b"]})", R"("c")") ==
             Lines{R"( enum: is not one of ["a","b"])"});
  BOOST_TEST(check(R"({"const": {"x": 1}})", R"({"x": 2})") ==
             Lines{R"( const: must be equal to {"x":1})"});
  BOOST_TEST(check(R"({"type": ["string", "null"]})", "1") ==
             Lines{" type: must be a string or null"});
  BOOST_TEST(check(R"({"type": ["integer", "object", "array"]})", "1.5") ==
             Lines{" type: must be an integer, an object or an array"});
  BOOST_TEST(check(R"({"minLength": 2})", R"("a")") ==
             Lines{" minLength: must be at least 2 characters"});
  BOOST_TEST(check(R"({"pattern": "^[0-9]{10,11}$"})", R"("12345")") ==
             Lines{R"( pattern: does not match the pattern "^[0-9]{10,11}$")"});
  BOOST_TEST(check(R"({"exclusiveMinimum": 0, "maximum": 10})", "0") ==
             Lines{" exclusiveMinimum: must be greater than 0"});
  BOOST_TEST(check(R"({"exclusiveMaximum": 1.5})", "2") ==
             Lines{" exclusiveMaximum: must be less than 1.5"});
  BOOST_TEST(check(R"({"maximum": 10})", "11") ==
             Lines{" maximum: must be less than or equal to 10"});
  BOOST_TEST(check(R"({"multipleOf": 0.01})", "0.015") ==
             Lines{" multipleOf: must be a multiple of 0.01"});
  BOOST_TEST(check(R"({"minItems": 1})", "[]") == Lines{" minItems: must have at least 1 item"});
  BOOST_TEST(check(R"({"maxItems": 1})", "[1, 2]") == Lines{" maxItems: must have at most 1 item"});
  BOOST_TEST(check(R"({"maxProperties": 1})", R"({"a": 1, "b": 2})") ==
             Lines{" maxProperties: must have at most 1 property"});
  BOOST_TEST(check(R"({"minProperties": 2})", R"({"a": 1})") ==
             Lines{" minProperties: must have at least 2 properties"});
  BOOST_TEST(check(R"({"properties": {"a": false}})", R"({"a": 1})") ==
             Lines{"/a false: is not allowed"});
  BOOST_TEST(check(R"({"properties": {"a": {}}, "additionalProperties": false})",
                   R"({"a": 1, "b": 2, "c": 3})") ==
             (Lines{"/b additionalProperties: is not an allowed property",
                    "/c additionalProperties: is not an allowed property"}));
  BOOST_TEST(check(R"({"items": [{}], "additionalItems": false})", "[1, 2]") ==
             Lines{"/1 additionalItems: is not allowed: the array may hold at most 1 item"});
  BOOST_TEST(
      check(R"({"contains": {"const": 1}})", "[2]") ==
      Lines{R"( contains: must contain at least one item that matches the "contains" schema)"});
  BOOST_TEST(check(R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "1.5") ==
             Lines{R"( anyOf: must match at least one of the 2 schemas in "anyOf")"});
  BOOST_TEST(
      check(R"({"oneOf": [{"minimum": 0}, {"maximum": 10}]})", "5") ==
      Lines{
          R"( oneOf: must match exactly one of the 2 schemas in "oneOf", but matches more than one (0 and 1))"});
  BOOST_TEST(
      check(R"({"oneOf": [{"minimum": 10}, {"maximum": 0}]})", "5") ==
      Lines{R"( oneOf: must match exactly one of the 2 schemas in "oneOf", but matches none)"});
  BOOST_TEST(check(R"({"not": {"type": "null"}})", "null") ==
             Lines{R"( not: must not match the schema in "not")"});
  BOOST_TEST(check(R"({"propertyNames": {"maxLength": 3}})", R"({"abcd": 1})") ==
             Lines{R"(/abcd propertyNames: is not a valid property name ("propertyNames"))"});
  BOOST_TEST(check(R"({"dependencies": {"a": ["b"]}})", R"({"a": 1})") ==
             Lines{R"(/b dependencies: is a required property when "a" is present)"});
  BOOST_TEST(check(R"({"if": {"required": ["a"]}, "then": {"required": ["b"]}})", R"({"a": 1})") ==
             Lines{"/b required: is a required property"});
  BOOST_TEST(check(R"({"format": "date"})", R"("2025-02-30")") ==
             Lines{" format: is not a valid date (RFC 3339 full-date, YYYY-MM-DD)"});
  BOOST_TEST(check(R"({"format": "uuid"})", R"("not-a-uuid")") ==
             Lines{" format: is not a valid UUID (RFC 4122, 8-4-4-4-12 hexadecimal digits)"});
}

BOOST_AUTO_TEST_CASE(pointers_escape_member_names) {
  BOOST_TEST(check(R"({"additionalProperties": {"type": "string"}})", R"({"a/b~c": 1})") ==
             Lines{"/a~1b~0c type: must be a string"});
  BOOST_TEST(check(R"({"items": {"properties": {"x": {"type": "string"}}}})",
                   R"([{}, {"x": 1}])") == Lines{"/1/x type: must be a string"});
  BOOST_TEST(check(R"({"required": [""]})", "{}") == Lines{"/ required: is a required property"});
}

BOOST_AUTO_TEST_CASE(integer_and_number_equality_follow_json_schema) {
  BOOST_TEST(check(R"({"type": "integer"})", "1.0").empty());
  BOOST_TEST(check(R"({"type": "integer"})", "1e2").empty());
  BOOST_TEST(!check(R"({"type": "integer"})", "1.5").empty());
  BOOST_TEST(check(R"({"enum": [1]})", "1.0").empty());
  BOOST_TEST(check(R"({"const": {"a": [1, {"b": null}], "c": 2}})",
                   R"({"c": 2.0, "a": [1.0, {"b": null}]})")
                 .empty());
  BOOST_TEST(check(R"({"maximum": 18446744073709551615})", "18446744073709551615").empty());
  BOOST_TEST(!check(R"({"maximum": 9223372036854775807})", "9223372036854775808").empty());
  BOOST_TEST(check(R"({"multipleOf": 3})", "-9223372036854775806").empty());
  BOOST_TEST(!check(R"({"multipleOf": 3})", "-9223372036854775807").empty());
  BOOST_TEST(check(R"({"multipleOf": 2})", "-9223372036854775808").empty());
}

BOOST_AUTO_TEST_CASE(unique_items_reports_each_duplicate) {
  BOOST_TEST(check(R"({"uniqueItems": true})",
                   R"([1, 1.0, {"a": 1, "b": 2}, {"b": 2, "a": 1}, "x", [1], [1.0], 2])") ==
             (Lines{"/1 uniqueItems: is a duplicate of item 0; the items must be unique",
                    "/3 uniqueItems: is a duplicate of item 2; the items must be unique",
                    "/6 uniqueItems: is a duplicate of item 5; the items must be unique"}));
  BOOST_TEST(check(R"({"uniqueItems": true})", R"([0, false, null, "", [], {}, 1, true])").empty());
}

BOOST_AUTO_TEST_CASE(lengths_count_code_points_not_bytes) {
  Schema schema = compile(R"({"minLength": 2, "maxLength": 3})");
  BOOST_TEST(check(schema, R"("山田太")").empty());  // 9 bytes, 3 characters
  BOOST_TEST(check(schema, R"("😀😀")").empty());      // 8 bytes, 2 characters
  BOOST_TEST(check(schema, R"("山田太郎")") == Lines{" maxLength: must be at most 3 characters"});
}

BOOST_AUTO_TEST_CASE(patterns_are_ecma_262_over_code_points) {
  Schema kana = compile(R"({"pattern": "^[ァ-ヶー]+$"})");
  BOOST_TEST(check(kana, R"("ヤマダ")").empty());
  BOOST_TEST(!check(kana, R"("やまだ")").empty());
  Schema password = compile(R"({"pattern": "^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()]).+$"})");
  BOOST_TEST(check(password, R"("Secret1!")").empty());
  BOOST_TEST(!check(password, R"("secret1!")").empty());
  // Unanchored: a match anywhere.
  BOOST_TEST(check(R"({"pattern": "b+"})", R"("abbbc")").empty());
  BOOST_TEST(check(R"({"patternProperties": {"^x-": {"type": "string"}},
                      "additionalProperties": false})",
                   R"({"x-a": "1", "x-b": 2, "y": 3})") ==
             (Lines{"/x-b type: must be a string",
                    "/y additionalProperties: is not an allowed property"}));
}

BOOST_AUTO_TEST_CASE(patterns_refuse_long_strings_and_stay_linear) {
  Schema schema = compile(R"({"pattern": "(a|aa)*c"})");
  std::string thousand = "\"" + std::string(1000, 'a') + "\"";
  BOOST_TEST(check(schema, thousand) ==
             Lines{R"( pattern: does not match the pattern "(a|aa)*c")"});
  std::string longer = "\"" + std::string(1001, 'a') + "\"";
  BOOST_TEST(
      check(schema, longer) ==
      Lines{
          R"( pattern: is longer than 1000 characters, too long to be checked against the pattern "(a|aa)*c")"});
  BOOST_TEST(
      compile_error(R"({"pattern": "(a)\\1"})") ==
      "invalid JSON Schema: #/pattern: pattern uses a back-reference, which is not supported");
  BOOST_TEST(compile_error(R"({"pattern": "(x{100}){100}"})").find("too complex") !=
             std::string::npos);
  BOOST_TEST(compile_error(R"js({"pattern": "a(?=b)"})js").find("only at the start") !=
             std::string::npos);
  BOOST_TEST(compile_error(R"js({"pattern": "^(?=(?=a))"})js").find("only at the start") !=
             std::string::npos);
  BOOST_TEST(compile(R"js({"pattern": "^(?!admin)[a-z]+$|^root$"})js").is_valid(json(R"("root")")));
  BOOST_TEST(compile_error(R"({"pattern": "^(abc]"})").find("not a valid regular expression") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_costliest_accepted_patterns_run_on_the_longest_strings) {
  // At the limits: expanded size near EcmaRegex::k_max_expanded, groups nested 32 deep, the
  // largest lookaheads, and 1000-character strings. They must finish (under the sanitizers too)
  // and be charged to the step budget.
  std::string nested = std::string(31, '(') + "a" + std::string(31, ')') + "*x";
  for (std::string pattern : {std::string(".{1,3900}x"), std::string("(((a*)*)*){300}x"),
                              std::string("(.*.*.*.*.*.*.*.*.*.*){100}x"), nested,
                              std::string("^(?=(.*){30}x)(?=.*y)")}) {
    Schema schema = compile("{\"pattern\": " + idp::json::quote(pattern) + "}");
    auto lines = check(schema, "\"" + std::string(1000, 'a') + "\"");
    BOOST_TEST(lines.size() == 1u, pattern);
  }
}

BOOST_AUTO_TEST_CASE(costly_pattern_properties_run_out_of_budget) {
  // Many members against a costly patternProperties: the budget stops it, and says so.
  std::string members = "{";
  for (int i = 0; i < 1000; ++i)
    members += (i ? ",\"" : "\"") + std::to_string(i) + std::string(900, 'a') + "\":1";
  members += "}";
  auto v = compile(R"({"patternProperties": {"(a|b)*x": false}})").validate(json(members));
  BOOST_REQUIRE(!v.empty());
  BOOST_TEST(v.back().message.find("more than 1000000 steps") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(references_within_the_document) {
  Schema tree = compile(R"({
    "$defs": {"node": {"type": "object", "properties": {
      "value": {"type": "integer"},
      "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
    "$ref": "#/$defs/node"})");
  BOOST_TEST(
      check(tree, R"({"value": 1, "children": [{"value": 2, "children": [{"value": "x"}]}]})") ==
      Lines{"/children/0/children/0/value type: must be an integer"});
  // "$id" base URIs and "#name" anchors.
  Schema anchored = compile(R"({"$id": "https://idp.example/schemas/root.json",
      "properties": {"a": {"$ref": "item.json"}, "b": {"$ref": "#short"}},
      "definitions": {
        "item": {"$id": "item.json", "type": "integer"},
        "short": {"$id": "#short", "maxLength": 1}}})");
  BOOST_TEST(check(anchored, R"({"a": "x", "b": "xy"})") ==
             (Lines{"/a type: must be an integer", "/b maxLength: must be at most 1 character"}));
}

BOOST_AUTO_TEST_CASE(malformed_schemas_are_refused_with_their_location) {
  BOOST_TEST(compile_error("[]") ==
             "invalid JSON Schema: the schema must be an object or a boolean");
  BOOST_TEST(compile_error(R"({"properties": {"a": {"maxLength": -1}}})") ==
             "invalid JSON Schema: #/properties/a/maxLength: must be a non-negative integer");
  BOOST_TEST(compile_error(R"({"type": "text"})") ==
             "invalid JSON Schema: #/type: must be one of \"null\", \"boolean\", \"object\", "
             "\"array\", \"number\", \"string\" or \"integer\"");
  BOOST_TEST(compile_error(R"({"required": "a"})") ==
             "invalid JSON Schema: #/required: must be an array of strings");
  BOOST_TEST(compile_error(R"({"anyOf": []})") ==
             "invalid JSON Schema: #/anyOf: must be a non-empty array of schemas");
  BOOST_TEST(compile_error(R"({"items": [{}, 3]})") ==
             "invalid JSON Schema: #/items/1: must be a schema (an object or a boolean)");
  BOOST_TEST(compile_error(R"({"multipleOf": 0})") ==
             "invalid JSON Schema: #/multipleOf: must be a number greater than 0");
  BOOST_TEST(
      compile_error(R"({"$ref": "#/definitions/missing"})") ==
      "invalid JSON Schema: #/$ref: cannot resolve \"#/definitions/missing\": no such member "
      "in the schema");
  BOOST_TEST(compile_error(R"({"$ref": "https://other.example/schema.json"})") ==
             "invalid JSON Schema: #/$ref: cannot resolve \"https://other.example/schema.json\": "
             "only references within this schema document are supported; nothing is fetched");
  BOOST_TEST(compile_error(R"({"definitions": {"a": {"$ref": "#/definitions/b"},
      "b": {"$ref": "#/definitions/a"}}, "$ref": "#/definitions/a"})")
                 .find("\"$ref\" cycle") != std::string::npos);
  BOOST_TEST(compile_error(R"({"$ref": "#"})").find("\"$ref\" cycle") != std::string::npos);
  // Unknown keywords and formats are annotations.
  BOOST_TEST(
      check(R"({"store": true, "format": "jwks", "title": "t", "x-vendor": [1]})", "1").empty());
}

BOOST_AUTO_TEST_CASE(format_assertion_and_idp_server_leniencies) {
  Options no_format;
  no_format.assert_format = false;
  BOOST_TEST(compile(R"({"format": "email"})", no_format).validate(json(R"("x")")).empty());
  BOOST_TEST(!compile(R"({"format": "email"})").validate(json(R"("x")")).empty());
  Schema idp = compile(R"({"properties": {"logo_uri": {"format": "uri"},
      "name": {"maxLength": "3"}}})",
                       Options::idp_server());
  BOOST_TEST(idp.validate(json(R"({"logo_uri": "", "name": "abc"})")).empty());
  BOOST_TEST(idp.validate(json(R"({"logo_uri": "a b"})")).size() == 1u);
  BOOST_TEST(idp.validate(json(R"({"name": "abcd"})")).size() == 1u);
}

BOOST_AUTO_TEST_CASE(recursion_without_progress_stops_and_refuses) {
  // Recursion through "allOf" never consumes the instance; the evaluation depth stops it.
  Schema loop = compile(R"({"definitions": {"a": {"allOf": [{"$ref": "#/definitions/a"}]}},
      "$ref": "#/definitions/a"})");
  auto v = loop.validate(json("1"));
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_TEST(v[0].keyword == "");
  BOOST_TEST(v[0].message.find("nest deeper than 256 levels") != std::string::npos);
  BOOST_TEST(!loop.is_valid(json("1")));
  // "not" around a stopped evaluation must not turn it into a success.
  Schema negated = compile(R"({"definitions": {"a": {"allOf": [{"$ref": "#/definitions/a"}]}},
      "not": {"$ref": "#/definitions/a"}})");
  BOOST_TEST(!negated.is_valid(json("1")));
  BOOST_TEST(negated.validate(json("1")).size() == 1u);
}

BOOST_AUTO_TEST_CASE(exponential_schemas_run_out_of_budget) {
  // Each level doubles the work: 2^40 evaluations unless the step budget stops it.
  std::string schema = R"({"definitions": {"l40": {"type": "integer"})";
  for (int i = 39; i >= 0; --i)
    schema += ", \"l" + std::to_string(i) + "\": {\"allOf\": [{\"$ref\": \"#/definitions/l" +
              std::to_string(i + 1) + "\"}, {\"$ref\": \"#/definitions/l" + std::to_string(i + 1) +
              "\"}]}";
  schema += R"(}, "$ref": "#/definitions/l0"})";
  Schema s = compile(schema);
  auto v = s.validate(json("1"));
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_TEST(v[0].message.find("more than 1000000 steps") != std::string::npos);
  BOOST_TEST(!s.is_valid(json("1")));
}

BOOST_AUTO_TEST_CASE(violation_count_is_capped) {
  std::string items = "[";
  for (int i = 0; i < 500; ++i) items += (i ? ",1" : "1");
  items += "]";
  auto v = compile(R"({"items": {"type": "string"}})").validate(json(items));
  BOOST_REQUIRE_EQUAL(v.size(), 201u);
  BOOST_TEST(v[199].instance_location == "/199");
  BOOST_TEST(v[200].message ==
             "validation stopped after 200 violations; the rest of the document was not checked");
}

BOOST_AUTO_TEST_CASE(deep_instances_within_the_parser_limit_validate) {
  Schema any_depth = compile(R"({"items": {"$ref": "#"}, "type": "array"})");
  std::string deep = std::string(64, '[') + std::string(64, ']');
  BOOST_TEST(check(any_depth, deep).empty());
  std::string bad = std::string(63, '[') + "1" + std::string(63, ']');
  auto lines = check(any_depth, bad);
  BOOST_REQUIRE_EQUAL(lines.size(), 1u);
  BOOST_TEST(lines[0].ends_with(" type: must be an array"));
}

BOOST_AUTO_TEST_CASE(a_schema_is_shared_by_threads) {
  Schema schema = compile(R"({"type": "object", "required": ["a"],
      "properties": {"a": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 8},
                     "b": {"type": "array", "uniqueItems": true}}})");
  auto good = json(R"({"a": "abc", "b": [1, 2, 3]})");
  auto bad = json(R"({"a": "ABC", "b": [1, 1]})");
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        if (!schema.validate(good).empty()) ++wrong[t];
        if (schema.validate(bad).size() != 2) ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(wrong == std::vector<int>(4, 0), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
