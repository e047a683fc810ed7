#pragma once
// Internal to the validator: the keyword table (CONVENTIONS.md "a table, not a chain of ifs").
// Each entry compiles one keyword of a schema object into zero or more Keywords of its Node, in
// the dialects it belongs to; keywords that only modify another one ("then", "else",
// "additionalItems" after a schema "items", "minContains", draft-04's boolean
// "exclusiveMaximum") are read by that one's compiler.
#include <rapidjson/document.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "json/schema/compiler.hpp"
#include "json/schema/dialect.hpp"
#include "json/schema/node.hpp"

namespace idp::json::schema {

// What a keyword compiler sees.
struct KeywordSite {
  Compiler& compiler;
  const rapidjson::Value& schema;  // the schema object holding the keyword
  const rapidjson::Value& value;   // the keyword's value
  std::string_view name;           // the keyword, as the table spells it
  std::string location;            // "#/properties/a/maxLength"
  Node& node;

  void add(std::unique_ptr<Keyword> keyword) { node.keywords.push_back(std::move(keyword)); }
  // Another member of the same schema object, or nullptr.
  const rapidjson::Value* sibling(std::string_view member) const;
  // "#/…/maxLength: must be a non-negative integer"
  Unexpected<std::string> malformed(std::string_view expected) const;
  // The value as a non-negative integer (1.0 accepted; "255" with accept_numeric_strings).
  Expected<std::uint64_t> non_negative_integer() const;
  // The same for a sibling; nullopt when it is absent or malformed (its own compiler says so).
  std::optional<std::uint64_t> sibling_non_negative_integer(std::string_view member) const;
  Dialect dialect() const { return compiler.dialect(); }
  // The value as a subschema, or a list of them (non-empty when `non_empty`).
  Expected<const Node*> schema_value() const;
  Expected<std::vector<const Node*>> schema_list(bool non_empty) const;
};

using KeywordCompiler = Status (*)(KeywordSite& site);

struct KeywordEntry {
  std::string_view name;
  KeywordCompiler compile;
  unsigned dialects = k_every_dialect;  // dialect.hpp masks
};

std::span<const KeywordEntry> keyword_table();
const KeywordEntry* find_keyword(std::string_view name, Dialect dialect);

// Why a keyword of `dialect` is refused when a schema is compiled: keywords of draft 2019-09 and
// 2020-12 that the validator does not implement, and keywords those drafts replaced. nullopt for
// every other member.
std::optional<std::string_view> refused_keyword(std::string_view name, Dialect dialect);

// "$ref" is not in the table: in draft-07 it replaces the whole schema object; since draft
// 2019-09 the compiler adds it in its place among the other keywords.
std::unique_ptr<Keyword> make_reference(std::string location, const Node* target);

// The compilers, by family (keywords_<family>.cpp).
Status compile_type(KeywordSite& site);
Status compile_enum(KeywordSite& site);
Status compile_const(KeywordSite& site);

Status compile_multiple_of(KeywordSite& site);
Status compile_bound(KeywordSite& site);            // minimum, maximum
Status compile_exclusive_bound(KeywordSite& site);  // exclusiveMinimum, exclusiveMaximum

Status compile_length(KeywordSite& site);  // minLength, maxLength
Status compile_pattern(KeywordSite& site);
Status compile_format(KeywordSite& site);

Status compile_items(KeywordSite& site);
Status compile_prefix_items(KeywordSite& site);
Status compile_additional_items(KeywordSite& site);
Status compile_item_count(KeywordSite& site);  // minItems, maxItems
Status compile_unique_items(KeywordSite& site);
Status compile_contains(KeywordSite& site);
Status compile_contains_bound(KeywordSite& site);  // minContains, maxContains: read by contains

Status compile_properties(KeywordSite& site);
Status compile_pattern_properties(KeywordSite& site);
Status compile_additional_properties(KeywordSite& site);
Status compile_required(KeywordSite& site);
Status compile_property_count(KeywordSite& site);  // minProperties, maxProperties
Status compile_property_names(KeywordSite& site);
Status compile_dependencies(KeywordSite& site);
Status compile_dependent_required(KeywordSite& site);
Status compile_dependent_schemas(KeywordSite& site);

Status compile_all_of(KeywordSite& site);
Status compile_any_of(KeywordSite& site);
Status compile_one_of(KeywordSite& site);
Status compile_not(KeywordSite& site);
Status compile_if(KeywordSite& site);
Status compile_schema_only(KeywordSite& site);  // then, else: checked, applied by "if"
Status compile_schema_map(KeywordSite& site);   // definitions, $defs: checked, reached by $ref

// "1 item", "3 items"
std::string count_of(std::uint64_t n, std::string_view noun);

}  // namespace idp::json::schema
