#include <array>
#include <cmath>

#include "json/schema/keywords.hpp"

namespace idp::json::schema {
namespace {

// draft-07 validation §6 and core §9, by protocol name.
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
    KeywordEntry{"additionalItems", compile_additional_items},
    KeywordEntry{"maxItems", compile_item_count},
    KeywordEntry{"minItems", compile_item_count},
    KeywordEntry{"uniqueItems", compile_unique_items},
    KeywordEntry{"contains", compile_contains},
    KeywordEntry{"maxProperties", compile_property_count},
    KeywordEntry{"minProperties", compile_property_count},
    KeywordEntry{"required", compile_required},
    KeywordEntry{"properties", compile_properties},
    KeywordEntry{"patternProperties", compile_pattern_properties},
    KeywordEntry{"additionalProperties", compile_additional_properties},
    KeywordEntry{"dependencies", compile_dependencies},
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

}  // namespace

std::span<const KeywordEntry> keyword_table() {
  return k_keywords;
}

const KeywordEntry* find_keyword(std::string_view name) {
  for (const auto& entry : k_keywords)
    if (entry.name == name) return &entry;
  return nullptr;
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
