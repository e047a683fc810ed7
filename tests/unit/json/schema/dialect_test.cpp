// Dialects: the root "$schema" chooses draft-07 or draft 2019-09 / 2020-12 semantics, the keywords
// the validator does not implement are refused by name, and seed document 002's
// request_validation_schema (a 2020-12 schema) validates application bodies. Each case cites the
// section of json-schema-core (core) or json-schema-validation (validation) of the draft named.
// The official 2020-12 suite runs in test_suite_test.cpp.
#include <boost/test/unit_test.hpp>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "json/reader.hpp"
#include "json/schema/schema.hpp"
#include "test_data.hpp"

using idp::json::schema::Dialect;
using idp::json::schema::Options;
using idp::json::schema::Schema;

namespace {

std::size_t g_checks = 0;  // schemas refused and instances checked, for the summary line

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

std::string compile_error(std::string_view schema, const Options& options = {}) {
  auto compiled = Schema::compile(json(schema), options);
  ++g_checks;
  BOOST_REQUIRE_MESSAGE(!compiled.ok(), std::string(schema) + " compiled");
  return compiled.error();
}

using Lines = std::vector<std::string>;

// "pointer keyword: message" per violation, and is_valid() agreeing with validate().
Lines check(const Schema& schema, std::string_view instance) {
  auto doc = json(instance);
  Lines out;
  auto violations = schema.validate(doc);
  ++g_checks;
  for (const auto& v : violations)
    out.push_back(v.instance_location + " " + v.keyword + ": " + v.message);
  BOOST_TEST(schema.is_valid(doc) == violations.empty(), instance);
  return out;
}

Lines check(std::string_view schema, std::string_view instance) {
  return check(compile(schema), instance);
}

constexpr std::string_view k_2020 = R"("$schema": "https://json-schema.org/draft/2020-12/schema")";
constexpr std::string_view k_2019 = R"("$schema": "https://json-schema.org/draft/2019-09/schema")";

// `{"$schema": …, <members>}`
std::string in_2020(std::string_view members) {
  return std::string("{") += std::string(k_2020) + ", " + std::string(members) + "}";
}
std::string in_2019(std::string_view members) {
  return std::string("{") += std::string(k_2019) + ", " + std::string(members) + "}";
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema_dialects)

// 2020-12 core §8.1.1: "$schema" identifies the dialect; draft-07 core §7 likewise.
BOOST_AUTO_TEST_CASE(the_root_schema_keyword_chooses_the_dialect) {
  BOOST_TEST((compile(in_2020(R"("type": "string")")).dialect() == Dialect::draft_2020_12));
  BOOST_TEST((compile(in_2019(R"("type": "string")")).dialect() == Dialect::draft_2019_09));
  for (std::string_view uri :
       {"http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-07/schema",
        "https://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-06/schema#",
        "http://json-schema.org/draft-04/schema#"}) {
    std::string schema = std::string(R"({"$schema": ")") += std::string(uri) + R"("})";
    BOOST_TEST((compile(schema).dialect() == Dialect::draft_07), uri);
  }
  BOOST_TEST(
      (compile(R"({"$schema": "https://json-schema.org/draft/2020-12/schema#"})").dialect() ==
       Dialect::draft_2020_12));
  // Without "$schema": draft-07, or the dialect the caller names.
  BOOST_TEST((compile(R"({"type": "string"})").dialect() == Dialect::draft_07));
  BOOST_TEST((compile("true").dialect() == Dialect::draft_07));
  Options options;
  options.default_dialect = Dialect::draft_2020_12;
  BOOST_TEST((compile(R"({"type": "string"})", options).dialect() == Dialect::draft_2020_12));
}

// 2020-12 core §8.1.1: a schema must be read in the dialect it names, so an unknown one is refused
// rather than read as another.
BOOST_AUTO_TEST_CASE(an_unknown_dialect_is_refused) {
  std::string error = compile_error(R"({"$schema": "https://json-schema.org/draft/next/schema"})");
  BOOST_TEST(
      error ==
      "invalid JSON Schema: #/$schema: unknown dialect "
      "\"https://json-schema.org/draft/next/schema\": the validator reads draft-04, "
      "draft-06 and draft-07 (as draft-07), \"https://json-schema.org/draft/2019-09/schema\" "
      "and \"https://json-schema.org/draft/2020-12/schema\"");
  BOOST_TEST(contains(compile_error(R"({"$schema": "http://json-schema.org/draft-03/schema#"})"),
                      "unknown dialect \"http://json-schema.org/draft-03/schema#\""));
  BOOST_TEST(
      contains(compile_error(R"({"$schema": "https://spec.openapis.org/oas/3.1/dialect/base"})"),
               "unknown dialect"));
  BOOST_TEST(compile_error(R"({"$schema": 7})") ==
             "invalid JSON Schema: #/$schema: must be a string (the URI of a dialect's "
             "meta-schema)");
}

// 2020-12 core §8.1.1: "$schema" may appear in embedded resources; the validator reads one
// dialect per document and refuses a subschema that names another.
BOOST_AUTO_TEST_CASE(a_subschema_naming_another_dialect_is_refused) {
  BOOST_TEST(compile_error(in_2020(R"("$defs": {"a": {"$id": "https://example.com/a",
          "$schema": "http://json-schema.org/draft-07/schema#", "items": [{}]}})")) ==
             "invalid JSON Schema: #/$defs/a/$schema: names draft-07, but this document is read as "
             "draft 2020-12 (the root \"$schema\" chooses one dialect for the whole document)");
  BOOST_TEST(contains(compile_error(R"({"properties": {"a": {
          "$schema": "https://json-schema.org/draft/2020-12/schema"}}})"),
                      "#/properties/a/$schema: names draft 2020-12, but this document is read "
                      "as draft-07"));
  // The same dialect again is fine.
  compile(
      in_2020(R"("$defs": {"a": {"$id": "https://example.com/a", )" + std::string(k_2020) + "}}"));
}

// 2020-12 core §11.2, §11.3 (unevaluatedItems, unevaluatedProperties), §8.2.3.2 and §8.2.2
// ($dynamicRef, $dynamicAnchor), §8.1.2 ($vocabulary); 2019-09 core §8.2.4.2 ($recursiveRef,
// $recursiveAnchor). Not implemented: refused, wherever they are, never read as annotations.
BOOST_AUTO_TEST_CASE(keywords_the_validator_does_not_implement_are_refused) {
  BOOST_TEST(compile_error(in_2020(R"("type": "object", "properties": {"a": {}},
          "unevaluatedProperties": false)")) ==
             "invalid JSON Schema: #/unevaluatedProperties: is not supported by this validator: "
             "name the allowed members in \"properties\" or \"patternProperties\" and constrain "
             "the others with \"additionalProperties\"");
  BOOST_TEST(contains(compile_error(in_2020(R"("properties": {"list": {"prefixItems": [{}],
          "unevaluatedItems": false}})")),
                      "#/properties/list/unevaluatedItems: is not supported by this validator: "
                      "constrain the items with \"prefixItems\" and \"items\""));
  BOOST_TEST(contains(compile_error(in_2019(R"("unevaluatedItems": false)")),
                      "constrain the items with \"items\" and \"additionalItems\""));
  for (std::string_view member : {R"("$dynamicRef": "#node")", R"("$dynamicAnchor": "node")",
                                  R"("$recursiveRef": "#")", R"("$recursiveAnchor": true)"}) {
    BOOST_TEST(contains(compile_error(in_2020(member)),
                        "dynamic references are not supported by this validator; refer to a "
                        "subschema with \"$ref\""),
               member);
    BOOST_TEST(contains(compile_error(in_2019(member)), "dynamic references are not supported"),
               member);
  }
  BOOST_TEST(contains(
      compile_error(
          in_2020(R"("$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true})")),
      "#/$vocabulary: is not supported by this validator"));
  // Inside "$defs", "not", "anyOf": wherever a subschema is.
  BOOST_TEST(contains(compile_error(in_2020(R"("$defs": {"x": {"unevaluatedProperties": false}})")),
                      "#/$defs/x/unevaluatedProperties"));
  BOOST_TEST(contains(compile_error(in_2020(R"("anyOf": [{"not": {"unevaluatedItems": true}}])")),
                      "#/anyOf/0/not/unevaluatedItems"));
  // draft-07 has no such keywords: as before, they are unknown members and annotations.
  BOOST_TEST(check(R"({"unevaluatedProperties": false})", R"({"a": 1})").empty());
}

// 2020-12 core §10.3.1.1 prefixItems, §10.3.1.2 items: "items" applies to the items after those
// of "prefixItems".
BOOST_AUTO_TEST_CASE(prefix_items_and_items_in_2020_12) {
  Schema schema = compile(in_2020(R"("type": "array",
      "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false)"));
  BOOST_TEST(check(schema, R"(["a", 1])").empty());
  BOOST_TEST(check(schema, R"(["a"])").empty());
  BOOST_TEST(check(schema, R"([1, "b", null, true])") ==
                 (Lines{"/0 type: must be a string", "/1 type: must be an integer",
                        "/2 items: is not allowed: the array may hold at most 2 items",
                        "/3 items: is not allowed: the array may hold at most 2 items"}),
             boost::test_tools::per_element());
  BOOST_TEST(check(in_2020(R"("prefixItems": [{"const": 0}], "items": {"type": "string"})"),
                   R"([0, "x", 7])") == Lines{"/2 type: must be a string"});
  // Without "prefixItems", "items" applies to every item.
  BOOST_TEST(check(in_2020(R"("items": {"maximum": 3})"), "[1, 5]") ==
             Lines{"/1 maximum: must be less than or equal to 3"});
}

// 2020-12 core §10.3.1.2: "items" is one schema; the list form and "additionalItems" were replaced
// by "prefixItems". 2019-09 core §9.3.1.1, §9.3.1.2 keep them, and have no "prefixItems".
BOOST_AUTO_TEST_CASE(the_array_forms_of_each_dialect) {
  BOOST_TEST(compile_error(in_2020(R"("items": [{"type": "string"}])")) ==
             "invalid JSON Schema: #/items: must be a schema in draft 2020-12 (core §10.3.1.2): "
             "give the schemas of the first items as an array in \"prefixItems\"");
  BOOST_TEST(contains(compile_error(in_2020(R"("additionalItems": false)")),
                      "#/additionalItems: is not a keyword of draft 2020-12 (core §10.3.1)"));
  BOOST_TEST(contains(compile_error(in_2019(R"("prefixItems": [{}])")),
                      "#/prefixItems: is a keyword of draft 2020-12"));
  Schema tuple =
      compile(in_2019(R"("items": [{"type": "string"}], "additionalItems": {"type": "integer"})"));
  BOOST_TEST(check(tuple, R"(["a", 1, 2])").empty());
  BOOST_TEST(check(tuple, R"([1, "b"])") ==
                 (Lines{"/0 type: must be a string", "/1 type: must be an integer"}),
             boost::test_tools::per_element());
  // draft-07 is unchanged: "prefixItems" is an unknown member there.
  BOOST_TEST(check(R"({"prefixItems": [{"type": "string"}]})", "[1]").empty());
}

// 2020-12 core §8.2.3.1: "$ref" is applied beside the other keywords of its schema object; in
// draft-07 (core §8.3) those are ignored.
BOOST_AUTO_TEST_CASE(ref_applies_beside_its_siblings_since_2019_09) {
  std::string members = R"("$defs": {"code": {"type": "string", "pattern": "^[0-9]+$"}},
      "properties": {"zip": {"$ref": "#/$defs/code", "maxLength": 7}})";
  BOOST_TEST(check(in_2020(members), R"({"zip": "12345678"})") ==
             Lines{"/zip maxLength: must be at most 7 characters"});
  BOOST_TEST(check(in_2020(members), R"({"zip": "12-34567890"})") ==
                 (Lines{"/zip pattern: does not match the pattern \"^[0-9]+$\"",
                        "/zip maxLength: must be at most 7 characters"}),
             boost::test_tools::per_element());
  BOOST_TEST(check(in_2019(members), R"({"zip": "12345678"})") ==
             Lines{"/zip maxLength: must be at most 7 characters"});
  BOOST_TEST(check("{" + members + "}", R"({"zip": "12345678"})").empty());
}

// 2020-12 core §8.2.2: "$anchor" names a subschema, as a plain-name fragment of its resource;
// §8.2.1: "$id" holds no fragment (an empty one at most).
BOOST_AUTO_TEST_CASE(anchors_and_ids_since_2019_09) {
  Schema schema = compile(in_2020(R"("$id": "https://rp.example/schemas/person",
      "properties": {"home": {"$ref": "#address"}, "work": {"$ref": "person#address"}},
      "$defs": {"addr": {"$anchor": "address", "required": ["country"]}})"));
  BOOST_TEST(check(schema, R"({"home": {}, "work": {"country": "JP"}})") ==
             Lines{"/home/country required: is a required property"});
  BOOST_TEST(contains(compile_error(in_2020(R"("$anchor": "1st")")),
                      "#/$anchor: must be a name: a letter or \"_\", then letters, digits, "
                      "\"-\", \".\" or \"_\" (draft 2020-12 core §8.2.2)"));
  // 2019-09 core §8.2.3 allows ":" but not a leading "_".
  compile(in_2019(R"("$anchor": "a:b")"));
  BOOST_TEST(contains(compile_error(in_2019(R"("$anchor": "_a")")), "draft 2019-09 core §8.2.3"));
  BOOST_TEST(contains(compile_error(in_2020(R"("$defs": {"a": {"$id": "#name"}})")),
                      "#/$defs/a/$id: must not hold a fragment (draft 2020-12); name a subschema "
                      "with \"$anchor\""));
  BOOST_TEST(contains(compile_error(in_2020(R"("$defs": {"a": {"$anchor": "x"},
      "b": {"$anchor": "x"}})")),
                      "\"x\" already names another subschema of this resource"));
  BOOST_TEST(
      contains(compile_error(in_2020(R"("$ref": "#missing")")), "cannot resolve \"#missing\""));
  // draft-07's "$id": "#name" still names a subschema there.
  BOOST_TEST(check(R"({"properties": {"a": {"$ref": "#short"}},
      "definitions": {"s": {"$id": "#short", "maxLength": 1}}})",
                   R"({"a": "xy"})") == Lines{"/a maxLength: must be at most 1 character"});
}

// 2020-12 core §8.2.4: "$defs" holds reusable schemas, reached by "$ref"; a "$ref" chain that
// comes back to itself applies the same schemas without end and is refused.
BOOST_AUTO_TEST_CASE(defs_and_reference_cycles) {
  BOOST_TEST(check(in_2020(R"("$defs": {"positive": {"type": "integer", "minimum": 1}},
      "properties": {"count": {"$ref": "#/$defs/positive"}})"),
                   R"({"count": 0})") ==
             Lines{"/count minimum: must be greater than or equal to 1"});
  BOOST_TEST(
      contains(compile_error(in_2020(R"("$defs": {"a": {"$ref": "#/$defs/b", "type": "string"},
      "b": {"$ref": "#/$defs/a", "minLength": 1}}, "$ref": "#/$defs/a")")),
               "\"$ref\" cycle that applies the same schemas to the same value without "
               "end"));
  // Recursion into the instance is fine.
  Schema tree = compile(in_2020(R"("$defs": {"node": {"type": "object",
      "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
      "$ref": "#/$defs/node")"));
  BOOST_TEST(check(tree, R"({"children": [{"children": [{"children": 1}]}]})") ==
             Lines{"/children/0/children/0/children type: must be an array"});
}

// 2020-12 validation §6.5.4 dependentRequired, core §10.2.2.4 dependentSchemas: the two halves of
// draft-07's "dependencies", which 2019-09 and 2020-12 refuse.
BOOST_AUTO_TEST_CASE(dependent_required_and_dependent_schemas) {
  Schema schema = compile(in_2020(R"(
      "dependentRequired": {"credit_card": ["billing_address", "card_holder"]},
      "dependentSchemas": {"gift": {"required": ["message"], "properties": {
          "message": {"maxLength": 5}}}})"));
  BOOST_TEST(check(schema, R"({"name": "a"})").empty());
  BOOST_TEST(check(schema, R"({"credit_card": "4111", "card_holder": "A"})") ==
             Lines{"/billing_address dependentRequired: is a required property when "
                   "\"credit_card\" is present"});
  BOOST_TEST(check(schema, R"({"gift": true, "message": "congratulations"})") ==
             Lines{"/message maxLength: must be at most 5 characters"});
  BOOST_TEST(check(schema, R"({"gift": true})") ==
             Lines{"/message required: is a required property"});
  BOOST_TEST(contains(compile_error(in_2020(R"("dependencies": {"a": ["b"]})")),
                      "#/dependencies: was split in draft 2019-09: use \"dependentRequired\""));
  BOOST_TEST(contains(compile_error(in_2020(R"("dependentRequired": {"a": {}})")),
                      "#/dependentRequired/a: must be an array of strings"));
  BOOST_TEST(contains(compile_error(in_2020(R"("dependentSchemas": {"a": ["b"]})")),
                      "#/dependentSchemas/a: must be a schema"));
  // draft-07 keeps "dependencies", and the 2019-09 names are unknown members there.
  BOOST_TEST(check(R"({"dependentRequired": {"a": ["b"]}})", R"({"a": 1})").empty());
}

// 2020-12 validation §6.4.4 maxContains, §6.4.5 minContains: bounds on how many items match
// "contains"; without "contains" they have no effect.
BOOST_AUTO_TEST_CASE(min_contains_and_max_contains) {
  Schema schema =
      compile(in_2020(R"("contains": {"const": "admin"}, "minContains": 1, "maxContains": 2)"));
  BOOST_TEST(check(schema, R"(["admin", "user"])").empty());
  BOOST_TEST(check(schema, R"(["user"])") ==
             Lines{" minContains: must contain at least 1 item matching the \"contains\" schema"});
  BOOST_TEST(check(schema, R"(["admin", "admin", "admin"])") ==
             Lines{" maxContains: must contain at most 2 items matching the \"contains\" schema"});
  auto v = schema.validate(json(R"(["admin", "admin", "admin"])"));
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_TEST(v[0].schema_location == "#/maxContains");
  // minContains 0: an array without a match passes, up to maxContains matches.
  Schema optional = compile(in_2020(R"("contains": {"type": "null"}, "minContains": 0,
      "maxContains": 1)"));
  BOOST_TEST(check(optional, "[]").empty());
  BOOST_TEST(check(optional, "[1, null]").empty());
  BOOST_TEST(check(optional, "[null, null]").size() == 1u);
  BOOST_TEST(check(in_2020(R"("contains": {"type": "null"}, "minContains": 0)"), "[1]").empty());
  // Without minContains, "contains" reports as in draft-07.
  BOOST_TEST(check(in_2020(R"("contains": {"type": "null"})"), "[1]") ==
             Lines{" contains: must contain at least one item that matches the \"contains\" "
                   "schema"});
  BOOST_TEST(check(in_2020(R"("minContains": 2)"), "[]").empty());
  BOOST_TEST(contains(compile_error(in_2020(R"("contains": {}, "maxContains": -1)")),
                      "#/maxContains: must be a non-negative integer"));
  // draft-07 ignores them.
  BOOST_TEST(check(R"({"contains": {"type": "null"}, "minContains": 2})", "[null]").empty());
}

// 2020-12 validation §7.2.2: an implementation may assert "format"; the validator does in every
// dialect, since a body that claims to be a date but is not must be refused.
BOOST_AUTO_TEST_CASE(format_stays_an_assertion_in_2020_12) {
  Schema schema = compile(in_2020(R"("properties": {"birthdate": {"format": "date"},
      "id": {"format": "uuid"}, "email": {"format": "email"}, "site": {"format": "uri"},
      "at": {"format": "date-time"}})"));
  BOOST_TEST(
      check(schema, R"({"birthdate": "1990-01-01", "id": "2a1c7d3e-0f4b-4c8e-9a6d-1b2c3d4e5f60",
      "email": "taro@example.com", "site": "https://example.com/", "at": "2025-06-01T00:00:00Z"})")
          .empty());
  BOOST_TEST(check(schema, R"({"birthdate": "1990-02-30", "id": "not-a-uuid",
      "email": "taro", "site": "/relative", "at": "2025-06-01"})")
                 .size() == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

// Seed document 002 (身元確認データ登録, "JSON Schema による検証"): the request_validation_schema
// of an identity-verification template, a draft 2020-12 schema.
BOOST_AUTO_TEST_SUITE(identity_verification_request_schema)

namespace {

Schema seed_002_schema() {
  auto doc =
      json(idp::test::read_data("identity-verification/seed-002-request-validation-schema.json"));
  auto compiled = Schema::compile(doc["request_validation_schema"]);
  BOOST_REQUIRE_MESSAGE(compiled.ok(), (compiled.ok() ? std::string() : compiled.error()));
  return std::move(*compiled);
}

constexpr std::string_view k_application = R"({
  "last_name": "山田", "first_name": "太郎", "last_name_kana": "ヤマダ",
  "first_name_kana": "タロウ", "birthdate": "1990-01-01", "nationality": "JP",
  "email_address": "taro.yamada@example.co.jp", "mobile_phone_number": "09012345678",
  "address": {"street_address": "千代田1-1", "locality": "千代田区", "region": "東京都",
              "postal_code": "1000001", "country": "JP"}
})";

}  // namespace

BOOST_AUTO_TEST_CASE(seed_002_schema_compiles_as_2020_12_and_accepts_an_application) {
  Schema schema = seed_002_schema();
  BOOST_TEST((schema.dialect() == Dialect::draft_2020_12));
  BOOST_TEST(check(schema, k_application).empty());
  // Members the schema does not name are allowed (no additionalProperties).
  BOOST_TEST(check(schema, std::string(k_application).insert(1, R"("note": "x", )")).empty());
}

BOOST_AUTO_TEST_CASE(seed_002_schema_refuses_every_violation_with_its_pointer) {
  Schema schema = seed_002_schema();
  std::string long_name(256, 'a');
  Lines expected = {
      "/last_name_kana required: is a required property",
      "/first_name_kana required: is a required property",
      "/nationality required: is a required property",
      "/last_name maxLength: must be at most 255 characters",
      "/first_name type: must be a string",
      "/birthdate format: is not a valid date (RFC 3339 full-date, YYYY-MM-DD)",
      "/email_address pattern: does not match the pattern "
      R"("^[\\w\\.-]+@[\\w\\.-]+\\.[a-zA-Z]{2,}$")",
      "/mobile_phone_number maxLength: must be at most 11 characters",
      "/mobile_phone_number pattern: does not match the pattern \"^[0-9]{10,11}$\"",
      "/address/locality required: is a required property",
      "/address/region required: is a required property",
      "/address/country required: is a required property",
      "/address/postal_code type: must be a string",
  };
  BOOST_TEST(check(schema, R"({"last_name": ")" + long_name + R"(", "first_name": 7,
      "birthdate": "1990-02-30", "email_address": "taro@example",
      "mobile_phone_number": "090-1234-5678",
      "address": {"street_address": "千代田1-1", "postal_code": 1000001}})") == expected,
             boost::test_tools::per_element());
  BOOST_TEST(check(schema, "[]") == Lines{" type: must be an object"});
  // Each field alone.
  auto with = [](std::string_view member, std::string_view value) {
    std::string body(k_application);
    std::string key = std::string("\"") += member;
    key += "\": ";
    std::size_t at = body.find(key) + key.size();
    std::size_t end = body.find_first_of(",}", body.find('"', at + 1));
    return body.replace(at, end - at, value);
  };
  BOOST_TEST(check(schema, with("mobile_phone_number", R"("123456789")")) ==
             Lines{"/mobile_phone_number pattern: does not match the pattern \"^[0-9]{10,11}$\""});
  BOOST_TEST(check(schema, with("email_address", R"("taro@example.c")")) ==
             Lines{"/email_address pattern: does not match the pattern "
                   R"("^[\\w\\.-]+@[\\w\\.-]+\\.[a-zA-Z]{2,}$")"});
  BOOST_TEST(check(schema, with("birthdate", R"("01/01/1990")")) ==
             Lines{"/birthdate format: is not a valid date (RFC 3339 full-date, YYYY-MM-DD)"});
  BOOST_TEST(check(schema, with("nationality", "null")) ==
             Lines{"/nationality type: must be a string"});
  std::cout << "JSON Schema dialects: " << g_checks
            << " hand-written checks (draft 2019-09 / 2020-12 specification sections, seed 002), "
               "beside the official JSON-Schema-Test-Suite draft7 and draft2020-12 files\n";
}

BOOST_AUTO_TEST_SUITE_END()
