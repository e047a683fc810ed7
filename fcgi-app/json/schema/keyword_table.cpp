#include <array>
#include <cmath>

#include "json/schema/keywords.hpp"

namespace idp::json::schema {
namespace {

// draft-07 validation §6 and core §9; draft 2020-12 validation §6 and core §10 (2019-09 the
// same, with "items" and "additionalItems" as in draft-07). By protocol name.
constexpr unsigned k_until_2019_09 = k_draft_07 | k_draft_2019_09;

constexpr std::array k_keywords{
    KeywordEntry{"type", compile_type},
    KeywordEntry{"enum", compile_enum},
    KeywordEntry{"const", compile_const},
    KeywordEntry{"multipleOf", compile_multiple_of},
    KeywordEntry{"maximum", compile_bound},
    KeywordEntry{"exclusiveMaximum", compile_exclusive_bound},
    KeywordEntry{"minimum", compile_bound},
    KeywordEntry{"exclusiveMinimum", compile_exclusive_bound},
    KeywordEntry{"maxLength", compile_length},
    KeywordEntry{"minLength", compile_length},
    KeywordEntry{"pattern", compile_pattern},
    KeywordEntry{"format", compile_format},
    KeywordEntry{"items", compile_items},
    KeywordEntry{"prefixItems", compile_prefix_items, k_draft_2020_12},
    KeywordEntry{"additionalItems", compile_additional_items, k_until_2019_09},
    KeywordEntry{"maxItems", compile_item_count},
    KeywordEntry{"minItems", compile_item_count},
    KeywordEntry{"uniqueItems", compile_unique_items},
    KeywordEntry{"contains", compile_contains},
    KeywordEntry{"maxContains", compile_contains_bound, k_since_2019_09},
    KeywordEntry{"minContains", compile_contains_bound, k_since_2019_09},
    KeywordEntry{"maxProperties", compile_property_count},
    KeywordEntry{"minProperties", compile_property_count},
    KeywordEntry{"required", compile_required},
    KeywordEntry{"properties", compile_properties},
    KeywordEntry{"patternProperties", compile_pattern_properties},
    KeywordEntry{"additionalProperties", compile_additional_properties},
    KeywordEntry{"dependencies", compile_dependencies, k_draft_07},
    KeywordEntry{"dependentRequired", compile_dependent_required, k_since_2019_09},
    KeywordEntry{"dependentSchemas", compile_dependent_schemas, k_since_2019_09},
    KeywordEntry{"propertyNames", compile_property_names},
    KeywordEntry{"if", compile_if},
    KeywordEntry{"then", compile_schema_only},
    KeywordEntry{"else", compile_schema_only},
    KeywordEntry{"allOf", compile_all_of},
    KeywordEntry{"anyOf", compile_any_of},
    KeywordEntry{"oneOf", compile_one_of},
    KeywordEntry{"not", compile_not},
    KeywordEntry{"definitions", compile_schema_map},
    KeywordEntry{"$defs", compile_schema_map},
};

struct Refusal {
  std::string_view name;
  unsigned dialects;
  std::string_view reason;
};

constexpr std::string_view k_dynamic =
    "dynamic references are not supported by this validator; refer to a subschema with "
    "\"$ref\"";

// Read as annotations these would let through what the schema refuses: they are refused.
constexpr std::array k_refusals{
    Refusal{"unevaluatedProperties", k_since_2019_09,
            "is not supported by this validator: name the allowed members in \"properties\" or "
            "\"patternProperties\" and constrain the others with \"additionalProperties\""},
    Refusal{"unevaluatedItems", k_draft_2020_12,
            "is not supported by this validator: constrain the items with \"prefixItems\" and "
            "\"items\""},
    Refusal{"unevaluatedItems", k_draft_2019_09,
            "is not supported by this validator: constrain the items with \"items\" and "
            "\"additionalItems\""},
    Refusal{"$dynamicRef", k_since_2019_09, k_dynamic},
    Refusal{"$dynamicAnchor", k_since_2019_09, k_dynamic},
    Refusal{"$recursiveRef", k_since_2019_09, k_dynamic},
    Refusal{"$recursiveAnchor", k_since_2019_09, k_dynamic},
    Refusal{"$vocabulary", k_since_2019_09,
            "is not supported by this validator: it reads the standard vocabularies of the "
            "dialect named by \"$schema\", and no meta-schema of its own"},
    Refusal{"dependencies", k_since_2019_09,
            "was split in draft 2019-09: use \"dependentRequired\" for lists of property names "
            "(2020-12 validation §6.5.4) and \"dependentSchemas\" for schemas (2020-12 core "
            "§10.2.2.4)"},
    Refusal{"additionalItems", k_draft_2020_12,
            "is not a keyword of draft 2020-12 (core §10.3.1): give the schemas of the first items "
            "in \"prefixItems\" and the schema of the items after them in \"items\""},
    Refusal{"prefixItems", k_draft_2019_09,
            "is a keyword of draft 2020-12: in draft 2019-09 the schemas of the first items are "
            "an array in \"items\", and \"additionalItems\" takes the items after them"},
};

}  // namespace

std::span<const KeywordEntry> keyword_table() {
  return k_keywords;
}

const KeywordEntry* find_keyword(std::string_view name, Dialect dialect) {
  for (const auto& entry : k_keywords)
    if (entry.name == name && in(entry.dialects, dialect)) return &entry;
  return nullptr;
}

std::optional<std::string_view> refused_keyword(std::string_view name, Dialect dialect) {
  for (const auto& refusal : k_refusals)
    if (refusal.name == name && in(refusal.dialects, dialect)) return refusal.reason;
  return std::nullopt;
}

const rapidjson::Value* KeywordSite::sibling(std::string_view member) const {
  auto it = schema.FindMember(rapidjson::Value(rapidjson::StringRef(member.data(), member.size())));
  return it == schema.MemberEnd() ? nullptr : &it->value;
}

Unexpected<std::string> KeywordSite::malformed(std::string_view expected) const {
  return fail(location + ": " + std::string(expected));
}

Expected<std::uint64_t> KeywordSite::non_negative_integer() const {
  if (value.IsUint64()) return value.GetUint64();
  if (value.IsDouble()) {
    double d = value.GetDouble();
    if (d >= 0 && std::floor(d) == d && d < 18446744073709551616.0)
      return static_cast<std::uint64_t>(d);
  }
  if (value.IsString() && compiler.options().accept_numeric_strings) {
    std::string_view s(value.GetString(), value.GetStringLength());
    std::uint64_t n = 0;
    bool digits = !s.empty() && s.size() <= 18;
    for (char c : s) {
      if (c < '0' || c > '9') digits = false;
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (digits) return n;
  }
  if (value.IsString())
    return malformed("must be a non-negative integer, not the string \"" +
                     std::string(value.GetString(), value.GetStringLength()) + "\"");
  return malformed("must be a non-negative integer");
}

std::optional<std::uint64_t> KeywordSite::sibling_non_negative_integer(
    std::string_view member) const {
  const rapidjson::Value* v = sibling(member);
  if (v == nullptr) return std::nullopt;
  KeywordSite other{compiler, schema, *v, member, location, node};
  auto n = other.non_negative_integer();
  if (!n) return std::nullopt;
  return *n;
}

Expected<const Node*> KeywordSite::schema_value() const {
  return compiler.subschema(value, location);
}

Expected<std::vector<const Node*>> KeywordSite::schema_list(bool non_empty) const {
  if (!value.IsArray() || (non_empty && value.Empty()))
    return malformed(non_empty ? "must be a non-empty array of schemas"
                               : "must be an array of schemas");
  std::vector<const Node*> nodes;
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    auto node = compiler.subschema(value[i], child_location(location, std::to_string(i)));
    if (!node) return fail(node.error());
    nodes.push_back(*node);
  }
  return nodes;
}

std::string count_of(std::uint64_t n, std::string_view noun) {
  std::string out = std::to_string(n) + " " + std::string(noun);
  if (n != 1) out += noun.ends_with('y') ? "" : "s";
  if (n != 1 && noun.ends_with('y')) {
    out.pop_back();
    out += "ies";
  }
  return out;
}

}  // namespace idp::json::schema
