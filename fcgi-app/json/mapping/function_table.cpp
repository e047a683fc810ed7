// The mapping functions by the names idp-server's FunctionRegistry gives them, and the helpers
// they share (Java's argument readers, the output budget, the collection view).
#include <algorithm>
#include <array>

#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"

namespace idp::json::mapping {
namespace {

using namespace fn;

#define IDP_ENTRY(text, id)      \
  FunctionDef {                  \
    text, check_##id, apply_##id \
  }

const std::array k_functions = {
    IDP_ENTRY("append", append),
    IDP_ENTRY("base64", base64),
    IDP_ENTRY("case", case),
    IDP_ENTRY("concat", concat),
    IDP_ENTRY("convert_type", convert_type),
    IDP_ENTRY("date", date),
    IDP_ENTRY("exists", exists),
    IDP_ENTRY("filter", filter),
    IDP_ENTRY("format", format),
    IDP_ENTRY("if", if),
    IDP_ENTRY("join", join),
    IDP_ENTRY("kana", kana),
    IDP_ENTRY("map", map),
    IDP_ENTRY("merge", merge),
    IDP_ENTRY("mimeEncodedWord", mime_encoded_word),
    IDP_ENTRY("normalize", normalize),
    IDP_ENTRY("now", now),
    IDP_ENTRY("pluck", pluck),
    // The name of random_string before idp-server renamed it (its charset argument was then
    // called "alphabet"); configurations written for those versions still use it.
    IDP_ENTRY("randomString", random_string_legacy),
    IDP_ENTRY("random_string", random_string),
    IDP_ENTRY("regex_replace", regex_replace),
    IDP_ENTRY("remove", remove),
    IDP_ENTRY("replace", replace),
    IDP_ENTRY("reshape", reshape),
    IDP_ENTRY("split", split),
    IDP_ENTRY("substring", substring),
    IDP_ENTRY("switch", switch),
    IDP_ENTRY("trim", trim),
    IDP_ENTRY("uuid4", uuid4),
    IDP_ENTRY("uuid5", uuid5),
    IDP_ENTRY("uuid_short", uuid_short),
};

#undef IDP_ENTRY

}  // namespace

const rapidjson::Value Args::k_unknown{};

const FunctionDef* find_function(std::string_view name) {
  for (const FunctionDef& f : k_functions)
    if (f.name == name) return &f;
  return nullptr;
}

std::optional<std::string> Args::text(std::string_view name) const {
  const rapidjson::Value* v = get(name);
  if (!v) return std::nullopt;
  return java_string(*v);
}

bool bool_arg(const Args& args, std::string_view name, bool fallback) {
  const rapidjson::Value* v = args.get(name);
  if (!v) return fallback;
  if (v->IsBool()) return v->GetBool();
  if (v->IsString())
    return java::parse_boolean(std::string_view(v->GetString(), v->GetStringLength()));
  return fallback;
}

bool bool_arg_text(const Args& args, std::string_view name, bool fallback) {
  const rapidjson::Value* v = args.get(name);
  if (!v) return fallback;
  if (v->IsBool()) return v->GetBool();
  return java::parse_boolean(java_string(*v));
}

int int_arg(const Args& args, std::string_view name, int fallback) {
  const rapidjson::Value* v = args.get(name);
  if (!v) return fallback;
  if (v->IsNumber()) return java_int_value(*v);
  auto parsed = java::parse_integer(java_string(*v), INT32_MIN, INT32_MAX);
  return parsed ? static_cast<int>(*parsed) : fallback;
}

Status CallContext::charge(std::size_t units) {
  if (units > budget) {
    return fail("the mapping output exceeds its limit of " + std::to_string(limits.max_output) +
                " units");
  }
  budget -= units;
  return ok_status();
}

Expected<rapidjson::Value> CallContext::copy(const rapidjson::Value& v) {
  if (Status s = charge(weight(v)); !s) return fail(s.error());
  return rapidjson::Value(v, alloc);
}

Expected<rapidjson::Value> CallContext::string(std::string_view s) {
  if (Status st = charge(16 + s.size()); !st) return fail(st.error());
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), alloc);
}

Expected<Item> CallContext::text_item(std::string_view s) {
  auto v = string(s);
  if (!v) return fail(v.error());
  return Item(std::move(*v));
}

std::optional<ElementList> to_collection(const Item& input) {
  if (input.is_null()) return std::nullopt;
  ElementList list;
  if (input.is_list()) {
    list.items.reserve(input.json.Size());
    for (const auto& e : input.json.GetArray()) list.items.push_back(&e);
  } else {
    list.items.push_back(&input.json);
  }
  return list;
}

}  // namespace idp::json::mapping
