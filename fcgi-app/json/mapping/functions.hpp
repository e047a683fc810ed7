#pragma once
// Every mapping function, declared for the table in function_table.cpp. Each is defined in the
// file of its kind: functions_text.cpp, functions_regex.cpp, functions_collection.cpp,
// functions_filter.cpp, functions_logic.cpp, functions_generate.cpp.
#include "json/mapping/function.hpp"

#define IDP_MAPPING_FUNCTION(name)                          \
  Status check_##name(const Args& args, std::size_t depth); \
  Expected<Item> apply_##name(Item input, const Args& args, CallContext& ctx)

namespace idp::json::mapping::fn {

// text
IDP_MAPPING_FUNCTION(format);
IDP_MAPPING_FUNCTION(case);
IDP_MAPPING_FUNCTION(trim);
IDP_MAPPING_FUNCTION(substring);
IDP_MAPPING_FUNCTION(replace);
IDP_MAPPING_FUNCTION(concat);
IDP_MAPPING_FUNCTION(base64);
IDP_MAPPING_FUNCTION(mime_encoded_word);
IDP_MAPPING_FUNCTION(kana);
IDP_MAPPING_FUNCTION(normalize);
// regular expressions
IDP_MAPPING_FUNCTION(regex_replace);
IDP_MAPPING_FUNCTION(split);
// collections
IDP_MAPPING_FUNCTION(join);
IDP_MAPPING_FUNCTION(append);
IDP_MAPPING_FUNCTION(merge);
IDP_MAPPING_FUNCTION(remove);
IDP_MAPPING_FUNCTION(pluck);
IDP_MAPPING_FUNCTION(map);
IDP_MAPPING_FUNCTION(reshape);
IDP_MAPPING_FUNCTION(filter);
// logic and types
IDP_MAPPING_FUNCTION(exists);
IDP_MAPPING_FUNCTION(if);
IDP_MAPPING_FUNCTION(switch);
IDP_MAPPING_FUNCTION(convert_type);
// generated values and dates
IDP_MAPPING_FUNCTION(random_string);
IDP_MAPPING_FUNCTION(random_string_legacy);
IDP_MAPPING_FUNCTION(uuid4);
IDP_MAPPING_FUNCTION(uuid5);
IDP_MAPPING_FUNCTION(uuid_short);
IDP_MAPPING_FUNCTION(now);
IDP_MAPPING_FUNCTION(date);

// The rule-level convert_type of older idp-server (TypeConverter): string, integer, boolean,
// datetime; a failed conversion gives null.
Item convert_rule_type(Item input, std::string_view type, CallContext& ctx);
bool is_rule_type(std::string_view type);

}  // namespace idp::json::mapping::fn
