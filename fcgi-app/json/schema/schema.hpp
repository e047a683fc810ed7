#pragma once
// JSON Schema validation of request bodies (management API, identity-verification
// request_validation_schema), draft-07 semantics.
//
//   auto schema = Schema::compile(schema_json);          // once, when the configuration loads
//   if (!schema) … schema.error() says what is malformed and where
//   std::vector<Violation> v = schema->validate(body);   // per request, from any thread
//
// What is supported (draft-07 validation §6 and core §8):
// - type (a name or a list; "integer" accepts 1.0), enum, const;
// - multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum (draft-04's boolean
//   exclusiveMaximum/exclusiveMinimum too), numbers compared exactly (int64, uint64, double);
// - maxLength, minLength (counted in Unicode code points), pattern (ECMA-262 with bounds on
//   pattern and string size, back-references refused, lookaheads only after a leading "^":
//   ecma_regex.hpp);
// - items (one schema or a list), additionalItems, maxItems, minItems, uniqueItems (JSON
//   equality: 1 == 1.0, objects regardless of member order), contains;
// - maxProperties, minProperties, required, properties, patternProperties,
//   additionalProperties, dependencies, propertyNames;
// - allOf, anyOf, oneOf, not, if/then/else, boolean schemas;
// - "$ref" to the same document: JSON Pointer fragments ("#/definitions/a", "#/$defs/a", into any
//   member, percent-decoded), "$id" base URIs and "#name" anchors. As in draft-07, the other
//   members of a "$ref" object are ignored. References to other documents are refused when the
//   schema is compiled (nothing is ever fetched);
// - format, as an assertion (draft-07 §7.2 lets an implementation choose; a request body that
//   claims to be a date but is not must be refused): date, date-time, time, email, hostname,
//   ipv4, ipv6, uri, uri-reference, uuid, json-pointer, regex (formats.hpp). Any other format
//   is an annotation. Options::assert_format turns all of them off.
// Every other member (title, description, default, examples, $comment, idp-server's "store", …)
// is an annotation and ignored.
//
// Hostile schemas and instances: schema nesting, evaluation depth (which bounds "$ref"
// recursion), total work and the number of violations are capped (Limits). Reaching a cap stops
// validation with a violation saying so: the instance is refused, never accepted unchecked.
// Instances must come from json::parse (depth-limited), like every other value in this module.
#include <rapidjson/document.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "base/expected.hpp"

namespace idp::json::schema {

struct Violation {
  // Where in the instance, as a JSON Pointer (RFC 6901): "" is the whole body,
  // "/redirect_uris/2" an item. For "required", "dependencies" and a refused additional property
  // it is the member concerned ("/client_name"), present or missing.
  std::string instance_location;
  // The keyword that failed: "maxLength", "required", "additionalProperties", "false" (a false
  // schema), or "" when validation stopped at a limit.
  std::string keyword;
  // The keyword in the schema, as a URI fragment: "#/properties/client_name/maxLength".
  std::string schema_location;
  // What is wrong, without the location: "must be at most 255 characters".
  std::string message;

  friend bool operator==(const Violation&, const Violation&) = default;
};

struct Limits {
  std::size_t max_schema_depth = 64;       // nesting of subschemas in the schema document
  std::size_t max_evaluation_depth = 256;  // nested subschema evaluations, "$ref" included
  std::size_t max_steps = 1000000;         // subschema evaluations and item comparisons
  std::size_t max_violations = 200;        // reported by one validate()
};

struct Options {
  // draft-07 §7.2: format validation may be switched off.
  bool assert_format = true;
  // idp-server's own validator reads "maxLength": "255" as 255, and its client.json relies on it.
  // When set, a string of decimal digits is accepted wherever a non-negative integer is expected.
  bool accept_numeric_strings = false;
  // idp-server checks "uri" with java.net.URI, which takes any URI reference, "" included, and its
  // example configurations send "" for unset logo_uri, tos_uri, … When set, "uri" means RFC 3986
  // URI-reference instead of an absolute URI.
  bool uri_references = false;
  Limits limits;

  // What idp-server's management API accepts (both leniencies above); everything else stays
  // draft-07.
  static Options idp_server() {
    Options options;
    options.accept_numeric_strings = true;
    options.uri_references = true;
    return options;
  }
};

class Schema {
 public:
  // Compiles `schema` (an object or a boolean). A malformed keyword is refused with its location
  // and what is expected: `#/properties/name/maxLength: must be a non-negative integer`.
  static Expected<Schema> compile(const rapidjson::Value& schema, const Options& options = {});

  // Every violation (up to Limits::max_violations), in schema order. Empty means valid.
  // Safe to call from many threads at once on the same Schema.
  std::vector<Violation> validate(const rapidjson::Value& instance) const;

  // Stops at the first violation.
  bool is_valid(const rapidjson::Value& instance) const;

  struct Compiled;

 private:
  explicit Schema(std::shared_ptr<const Compiled> compiled) : m_compiled(std::move(compiled)) {}
  std::shared_ptr<const Compiled> m_compiled;
};

}  // namespace idp::json::schema
