#pragma once
// JSON Schema validation of request bodies (management API, identity-verification
// request_validation_schema), in the dialect the schema's root "$schema" names.
//
//   auto schema = Schema::compile(schema_json);          // once, when the configuration loads
//   if (!schema) … schema.error() says what is malformed and where
//   std::vector<Violation> v = schema->validate(body);   // per request, from any thread
//
// Dialects ("$schema" at the root; Options::default_dialect, draft-07, without one):
// - draft-07, and draft-04/draft-06 read as draft-07 (draft-07 validation §6, core §8–9);
// - draft 2019-09 and draft 2020-12 (validation §6–7, core §8–10 of each);
// - any other "$schema" is refused when the schema is compiled, and so is a "$schema" inside the
//   document that names another dialect than the root's.
//
// In every dialect:
// - type (a name or a list; "integer" accepts 1.0), enum, const;
// - multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum (draft-04's boolean
//   exclusiveMaximum/exclusiveMinimum too), numbers compared exactly (int64, uint64, double);
// - maxLength, minLength (counted in Unicode code points), pattern (ECMA-262 with bounds on
//   pattern and string size, back-references refused, lookaheads only after a leading "^":
//   ecma_regex.hpp);
// - maxItems, minItems, uniqueItems (JSON equality: 1 == 1.0, objects regardless of member
//   order), contains;
// - maxProperties, minProperties, required, properties, patternProperties,
//   additionalProperties, propertyNames;
// - allOf, anyOf, oneOf, not, if/then/else, boolean schemas, "definitions" and "$defs";
// - "$ref" to the same document: JSON Pointer fragments ("#/$defs/a", into any member,
//   percent-decoded), "$id" base URIs and anchors. References to other documents are refused
//   when the schema is compiled (nothing is ever fetched), and so is a chain of "$ref" that
//   comes back to itself;
// - format, as an assertion (draft-07 §7.2 and 2020-12 validation §7.2 let an implementation
//   choose; a request body that claims to be a date but is not must be refused): date,
//   date-time, time, email, hostname, ipv4, ipv6, uri, uri-reference, uuid, json-pointer, regex
//   (formats.hpp). Any other format is an annotation. Options::assert_format turns all of them
//   off.
// draft-07 only:
// - items (one schema or a list), additionalItems, dependencies;
// - a "$ref" object is nothing but the reference: its other members, "$id" included, are
//   ignored (core §8.3); "$id": "#name" names a subschema.
// draft 2019-09 and 2020-12:
// - "$ref" is a keyword like the others, applied beside its siblings; "$id" holds no fragment
//   and "$anchor" names a subschema; dependentRequired, dependentSchemas ("dependencies" is
//   refused: it was split into those two); minContains and maxContains (with "contains");
// - 2019-09: items (one schema or a list) and additionalItems ("prefixItems" refused);
// - 2020-12: prefixItems, and items as one schema for the items after them (a list in "items"
//   and "additionalItems" are refused);
// - refused when the schema is compiled, because the validator does not implement them and
//   reading them as annotations would accept what they refuse: unevaluatedProperties,
//   unevaluatedItems, $dynamicRef, $dynamicAnchor, $recursiveRef, $recursiveAnchor, $vocabulary.
// Every other member (title, description, default, examples, $comment, content*, idp-server's
// "store", …) is an annotation and ignored.
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
  // "/redirect_uris/2" an item. For "required", "dependencies", "dependentRequired" and a refused
  // additional property it is the member concerned ("/client_name"), present or missing.
  std::string instance_location;
  // The keyword that failed: "maxLength", "required", "additionalProperties", "minContains",
  // "false" (a false schema), or "" when validation stopped at a limit.
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

// The dialect a schema is read in: its root "$schema", or Options::default_dialect without one.
// draft-04 and draft-06 URIs are read as draft-07.
enum class Dialect { draft_07, draft_2019_09, draft_2020_12 };

struct Options {
  // The dialect of a schema without "$schema". idp-server's schemas and templates are draft-07.
  Dialect default_dialect = Dialect::draft_07;
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

  // The dialect the schema was compiled in.
  Dialect dialect() const;

  struct Compiled;

 private:
  explicit Schema(std::shared_ptr<const Compiled> compiled) : m_compiled(std::move(compiled)) {}
  std::shared_ptr<const Compiled> m_compiled;
};

}  // namespace idp::json::schema
