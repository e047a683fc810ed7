// The official JSON Schema Test Suite, draft-07 and draft 2020-12
// (tests/data/json-schema-test-suite): every case of every file of a supported keyword must pass,
// except the few in the skip lists below, each with its reason.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iostream>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "json/reader.hpp"
#include "json/schema/schema.hpp"
#include "json/writer.hpp"

namespace {

using idp::json::schema::Dialect;
using idp::json::schema::Options;
using idp::json::schema::Schema;

constexpr std::string_view k_draft7_files[] = {
    "additionalItems.json",
    "additionalProperties.json",
    "allOf.json",
    "anyOf.json",
    "boolean_schema.json",
    "const.json",
    "contains.json",
    "default.json",
    "dependencies.json",
    "enum.json",
    "exclusiveMaximum.json",
    "exclusiveMinimum.json",
    "if-then-else.json",
    "items.json",
    "maxItems.json",
    "maxLength.json",
    "maxProperties.json",
    "maximum.json",
    "minItems.json",
    "minLength.json",
    "minProperties.json",
    "minimum.json",
    "multipleOf.json",
    "not.json",
    "oneOf.json",
    "pattern.json",
    "patternProperties.json",
    "properties.json",
    "propertyNames.json",
    "ref.json",
    "required.json",
    "type.json",
    "uniqueItems.json",
    "optional/bignum.json",
    "optional/zeroTerminatedFloats.json",
    "optional/ecmascript-regex.json",
    "optional/format/date.json",
    "optional/format/date-time.json",
    "optional/format/time.json",
    "optional/format/email.json",
    "optional/format/hostname.json",
    "optional/format/ipv4.json",
    "optional/format/ipv6.json",
    "optional/format/uri.json",
    "optional/format/uri-reference.json",
    "optional/format/json-pointer.json",
    "optional/format/regex.json",
};

struct Skip {
  std::string_view file;
  std::string_view group;  // the case group's "description"
  std::string_view test;   // one test's "description"; "" skips the whole group
  std::string_view reason;
};

constexpr Skip k_draft7_skips[] = {
    {"ref.json", "remote ref, containing refs itself", "",
     "refers to http://json-schema.org/draft-07/schema#, a document the validator would have to "
     "fetch; references outside the schema document are refused when it is compiled"},
    {"optional/ecmascript-regex.json", "ECMA 262 regex non-compliance", "",
     "libstdc++'s ECMAScript grammar reads \\Z as an identity escape (a literal Z) instead of "
     "refusing it, so the \"regex\" format accepts this pattern"},
};

// The 2020-12 files of the keywords the validator implements in that dialect (schema.hpp). Not
// here: dynamicRef, unevaluatedItems, unevaluatedProperties and vocabulary (keywords refused when
// a schema is compiled), refRemote and optional/cross-draft (documents from other URIs), defs
// (its one case validates a schema against the 2020-12 meta-schema, another document),
// optional/dependencies-compatibility ("dependencies" is refused in 2020-12),
// optional/format-assertion (custom meta-schemas), and formats the validator does not assert.
constexpr std::string_view k_draft2020_files[] = {
    "additionalProperties.json",
    "allOf.json",
    "anchor.json",
    "anyOf.json",
    "boolean_schema.json",
    "const.json",
    "contains.json",
    "content.json",
    "default.json",
    "dependentRequired.json",
    "dependentSchemas.json",
    "enum.json",
    "exclusiveMaximum.json",
    "exclusiveMinimum.json",
    "format.json",
    "id.json",
    "if-then-else.json",
    "infinite-loop-detection.json",
    "items.json",
    "maxContains.json",
    "maxItems.json",
    "maxLength.json",
    "maxProperties.json",
    "maximum.json",
    "minContains.json",
    "minItems.json",
    "minLength.json",
    "minProperties.json",
    "minimum.json",
    "multipleOf.json",
    "not.json",
    "oneOf.json",
    "pattern.json",
    "patternProperties.json",
    "prefixItems.json",
    "properties.json",
    "propertyNames.json",
    "ref.json",
    "required.json",
    "type.json",
    "uniqueItems.json",
    "unknownKeyword.json",
    "optional/bignum.json",
    "optional/ecmascript-regex.json",
    "optional/float-overflow.json",
    "optional/no-schema.json",
    "optional/non-bmp-regex.json",
    "optional/refOfUnknownKeyword.json",
    "optional/format/date.json",
    "optional/format/date-time.json",
    "optional/format/time.json",
    "optional/format/email.json",
    "optional/format/hostname.json",
    "optional/format/ipv4.json",
    "optional/format/ipv6.json",
    "optional/format/uri.json",
    "optional/format/uri-reference.json",
    "optional/format/uuid.json",
    "optional/format/json-pointer.json",
    "optional/format/regex.json",
};

constexpr std::string_view k_meta_schema =
    "refers to https://json-schema.org/draft/2020-12/schema, a document the validator would have "
    "to fetch; references outside the schema document are refused when it is compiled";
constexpr std::string_view k_unevaluated =
    "uses \"unevaluatedProperties\", which the validator refuses when it compiles a schema "
    "rather than ignore it";

constexpr std::string_view k_ascii_space =
    "the pattern engine's \\s matches ASCII white space only, not U+00A0, U+FEFF, U+2029 or "
    "U+2003 (a documented difference from ECMA-262, ecma_regex.hpp)";
constexpr std::string_view k_property_escape =
    "Unicode property escapes (\\p{Letter}, \\p{digit}) are beyond the pattern engine "
    "(ecma_regex.hpp): such a pattern is refused when the schema is compiled";

constexpr Skip k_draft2020_skips[] = {
    {"ref.json", "remote ref, containing refs itself", "", k_meta_schema},
    {"ref.json", "URN base URI with f-component", "", k_meta_schema},
    {"ref.json", "ref creates new scope when adjacent to keywords", "", k_unevaluated},
    {"id.json", "Invalid use of fragments in location-independent $id", "", k_meta_schema},
    {"id.json", "Valid use of empty fragments in location-independent $id", "", k_meta_schema},
    {"id.json", "Unnormalized $ids are allowed but discouraged", "", k_meta_schema},
    {"anchor.json", "invalid anchors", "", k_meta_schema},
    {"not.json", "collect annotations inside a 'not', even if collection is disabled", "",
     k_unevaluated},
    {"optional/ecmascript-regex.json", "ECMA 262 \\s matches whitespace",
     "latin-1 non-breaking-space matches", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\s matches whitespace",
     "zero-width whitespace matches", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\s matches whitespace",
     "paragraph separator matches (line terminator)", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\s matches whitespace",
     "EM SPACE matches (Space_Separator)", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\S matches everything but whitespace",
     "latin-1 non-breaking-space does not match", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\S matches everything but whitespace",
     "zero-width whitespace does not match", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\S matches everything but whitespace",
     "paragraph separator does not match (line terminator)", k_ascii_space},
    {"optional/ecmascript-regex.json", "ECMA 262 \\S matches everything but whitespace",
     "EM SPACE does not match (Space_Separator)", k_ascii_space},
    {"optional/ecmascript-regex.json", "patterns always use unicode semantics with pattern", "",
     k_property_escape},
    {"optional/ecmascript-regex.json", "pattern with non-ASCII digits", "", k_property_escape},
    {"optional/ecmascript-regex.json",
     "patterns always use unicode semantics with patternProperties", "", k_property_escape},
    {"optional/ecmascript-regex.json", "patternProperties with non-ASCII digits", "",
     k_property_escape},
    {"optional/ecmascript-regex.json", "\\a is not an ECMA 262 control escape", "", k_meta_schema},
};

const Skip* find_skip(std::span<const Skip> skips, std::string_view file, std::string_view group,
                      std::string_view test) {
  for (const auto& skip : skips)
    if (skip.file == file && skip.group == group && (skip.test.empty() || skip.test == test))
      return &skip;
  return nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string_view text(const rapidjson::Value& v, const char* member) {
  const auto& m = v[member];
  return {m.GetString(), m.GetStringLength()};
}

// Runs `files` of tests/<draft>/, printing a line per file and a total, and checks that every case
// passed and every skip was used.
void run_suite(std::string_view draft, std::span<const std::string_view> files,
               std::span<const Skip> skips, const Options& options) {
  const std::string root =
      std::string(IDP_TEST_DATA_DIR) + "/json-schema-test-suite/tests/" + std::string(draft) + "/";
  std::size_t total_passed = 0, total_failed = 0, total_skipped = 0;
  std::set<const Skip*> skips_used;
  for (std::string_view file : files) {
    auto doc = idp::json::parse(read_file(root + std::string(file)));
    BOOST_REQUIRE_MESSAGE(doc.ok(), std::string(file) + ": " + (doc.ok() ? "" : doc.error()));
    std::size_t passed = 0, failed = 0, skipped = 0;
    for (const auto& group : doc->GetArray()) {
      std::string_view group_name = text(group, "description");
      const auto& tests = group["tests"];
      if (const Skip* skip = find_skip(skips, file, group_name, ""); skip != nullptr) {
        skipped += tests.Size();
        skips_used.insert(skip);
        continue;
      }
      auto schema = Schema::compile(group["schema"], options);
      if (!schema) {
        BOOST_ERROR(std::string(file) + " / " + std::string(group_name) +
                    ": schema refused: " + schema.error());
        failed += tests.Size();
        continue;
      }
      for (const auto& test : tests.GetArray()) {
        std::string_view test_name = text(test, "description");
        if (const Skip* skip = find_skip(skips, file, group_name, test_name); skip != nullptr) {
          ++skipped;
          skips_used.insert(skip);
          continue;
        }
        bool expected = test["valid"].GetBool();
        auto violations = schema->validate(test["data"]);
        bool fast = schema->is_valid(test["data"]);
        if (violations.empty() == expected && fast == expected) {
          ++passed;
          continue;
        }
        ++failed;
        std::string detail = std::string(file) + " / " + std::string(group_name) + " / " +
                             std::string(test_name) + ": expected " +
                             (expected ? "valid" : "invalid") + ", validate() found " +
                             std::to_string(violations.size()) + " violation(s), is_valid() " +
                             (fast ? "true" : "false");
        for (const auto& v : violations) detail += "\n    " + v.instance_location + " " + v.message;
        BOOST_ERROR(detail);
      }
    }
    std::cout << "JSON-Schema-Test-Suite " << draft << "/" << file << ": " << passed << "/"
              << passed + failed + skipped << " passed" << (failed ? ", FAILED " : "")
              << (failed ? std::to_string(failed) : "")
              << (skipped ? ", skipped " + std::to_string(skipped) : "") << "\n";
    total_passed += passed;
    total_failed += failed;
    total_skipped += skipped;
  }
  std::cout << "JSON-Schema-Test-Suite " << draft << ": " << total_passed << " passed, "
            << total_failed << " failed, " << total_skipped << " skipped\n";
  BOOST_TEST(total_failed == 0u);
  // Every skip entry still matches something: a stale entry would hide nothing but mislead.
  BOOST_TEST(skips_used.size() == skips.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema_test_suite)

BOOST_AUTO_TEST_CASE(every_supported_draft7_file_passes) {
  run_suite("draft7", k_draft7_files, k_draft7_skips, Options{});
}

// The suite's schemas declare "$schema": "https://json-schema.org/draft/2020-12/schema"; the few
// that do not (boolean schemas, some "$ref" groups) are in the folder's dialect, as the suite's
// README says, hence the default dialect.
BOOST_AUTO_TEST_CASE(every_supported_draft2020_12_file_passes) {
  Options options;
  options.default_dialect = Dialect::draft_2020_12;
  run_suite("draft2020-12", k_draft2020_files, k_draft2020_skips, options);
}

BOOST_AUTO_TEST_SUITE_END()
