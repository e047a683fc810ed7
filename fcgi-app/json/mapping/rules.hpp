#pragma once
// Mapping rules of idp-server configurations (header/body/path_mapping_rules of HTTP requests,
// verified_claims_mapping_rules, application_details_mapping_rules, user_mapping_rules, …): an
// array of rules, compiled once, applied to a context document to build a new JSON object.
//
// A rule:
//   "to"            required. A dotted path into the output ("claims.address.country");
//                   segments of digits are array indices ("evidence.0.type"; arrays are padded
//                   with null; at most Limits::max_array_index). "*" merges the members of the
//                   value (an object) into the output root, each member name read as a path
//                   itself; a null value is skipped, as is any other non-object.
//   "static_value"  the input value (a JSON null counts as absent), or else
//   "from"          a JSONPath into the context: a definite path gives its value or null when it
//                   leads nowhere (so the output gets "to": null), an indefinite one ("[*]",
//                   "..", filters) the list of what it selects; or else the input is null.
//   "functions"     applied in order, each to the previous value: [{"name": …, "args": {…}}].
//                   An argument string starting with "$." (also inside a list argument) is read
//                   from the context per call.
//   "convert_type"  string, integer, boolean, datetime (older idp-server's TypeConverter: a
//                   failed conversion gives null), also long and double; after the functions.
//   "condition"     a Condition (condition.hpp); the rule is skipped when it is false.
// Other members are ignored. Keys written twice: the later value wins, in the first position.
//
// Functions (args; defaults in parentheses):
//   format          template ("{{value}}"): every {{value}} → the input's text, "" for null
//   random_string   length (16), charset (A-Za-z0-9); input ignored. randomString: the older name
//                   of the same, with "alphabet" for charset
//   uuid4           –; a random UUID.   uuid5: namespace (a UUID or DNS/URL/OID/X500), name
//                   (the input's text).   uuid_short: length (8, 4..32), uppercase (false),
//                   exclude_ambiguous (true)
//   now             zone ("UTC"; ZoneId syntax: "Asia/Tokyo", "+09:00"), pattern (a
//                   DateTimeFormatter pattern, "yyyy-MM-dd HH:mm:ss"); without a pattern the value
//                   is a ZonedDateTime: epoch seconds in JSON, its toString() as text
//   date            format ("uuuu-MM-dd"): reads 1990-04-01, 1990/4/1, 1990.4.1, 19900401,
//                   1990年4月1日 (fullwidth too); null when unreadable
//   exists          –; false for null, "", [] and {}, else true
//   convert_type    type (string|integer|long|double|boolean|datetime), trim (true), locale,
//                   onError (null|default|throw), default
//   if              condition (null, not_null, empty, not_empty, exists, equals:<text>,
//                   not_equals:<text>), then, else (the input)
//   switch          cases {text: value}, default (the input), ignoreCase (false)
//   case            mode (upper|lower|title|camel|pascal), locale ("en"; "tr"/"az" dotted i),
//                   delimiter (space _ - . and white space)
//   trim            mode (both|start|end), chars, whitespace (true), normalize (false)
//   substring       start (0; negative from the end), end or length; UTF-16 indices, clamped
//   replace         target, replacement, ignoreCase (false), replaceFirst (false)
//   regex_replace   pattern, replacement ($n, \x), flags (i m s x), replaceFirst (false)
//   split           separator (","), regex (false), limit, trim (false), removeEmpty (false)
//   join            separator (","), prefix, suffix, skipNull (false), skipEmpty (false)
//   concat          values [..] ("$." elements resolved), separator (""), skipNull, skipEmpty
//   append          value: input list (or []) + value
//   merge           source (a list), key (objects with the same key: the later one wins at the
//                   earlier's place), distinct (false)
//   remove          value (required; null removes nothing), field (compare element[field])
//   pluck           field, skipNull (false)
//   filter          condition ("{{value}} == 'x'", != '', contains, startsWith, endsWith,
//                   length > n, == null, && || ( )), field, negate (false)
//   map             function, function_args: that function on every element
//   reshape         fields {name: "$.path" | {"from", "static_value", "functions"} | value},
//                   read from the input object
//   base64          url_safe (false), padding (true), charset (UTF-8)
//   mimeEncodedWord charset (UTF-8), encoding (B|Q): RFC 2047 for non-ASCII text
//   kana            to (katakana|hiragana)
//   normalize       form (NFKC; NFC, NFD, NFKD): Unicode normalization (UAX #15)
// Unknown function names are compile errors (idp-server logs and skips them).
//
// Values are seen as idp-server's Java code sees them: text of a number is Java's (1.0E10), of a
// list or object compact JSON; equality is Objects.equals (1 is not 1.0); lengths and indices
// count UTF-16 units. A datetime (convert_type) is written as Jackson writes a LocalDateTime,
// [2025,7,6,11,51,20,797165171] (seconds and nanoseconds only when not zero). Regular
// expressions: see java_regex.hpp. Paths: RFC 9535, plus the Jayway spellings configurations use
// ("$.password-authentication.success_count", "$.[0]"), see json_path.hpp.
//
// Errors. compile() names the rule and member: "[3].functions[0]: unknown function 'foo'",
// "[1].from: invalid JSONPath '…': …". apply() never throws: a rule whose function fails (a
// dynamic argument of the wrong kind, the output budget) is left out and reported in `errors`.
#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "json/mapping/environment.hpp"
#include "json/mapping/limits.hpp"

namespace idp::json::mapping {

class Rules {
 public:
  // `rules` is the JSON array of rules (copied; the source need not outlive the result).
  static Expected<Rules> compile(const rapidjson::Value& rules, const Limits& limits = {});

  // A new object built from `context`. When `errors` is given, a message is appended for every
  // rule left out.
  rapidjson::Document apply(const rapidjson::Value& context, const Environment& env,
                            std::vector<std::string>* errors = nullptr) const;

  // The same, with the members of the result set on `target` (an object, replaced if it is
  // not): existing members of the same name are replaced, others kept.
  void apply_into(const rapidjson::Value& context, rapidjson::Value& target,
                  rapidjson::Document::AllocatorType& allocator, const Environment& env,
                  std::vector<std::string>* errors = nullptr) const;

  std::size_t size() const;

  struct Compiled;

 private:
  std::shared_ptr<const Compiled> m_compiled;
};

}  // namespace idp::json::mapping
