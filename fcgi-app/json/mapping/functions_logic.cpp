// Logic and type functions: exists, if, switch, convert_type, and the rule-level convert_type of
// older idp-server versions.
#include <cmath>

#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"
#include "json/mapping/java_time.hpp"

namespace idp::json::mapping::fn {
namespace {

bool is_empty(const Item& v) {
  if (v.is_null()) return true;
  if (v.is_string()) return v.json.GetStringLength() == 0;
  if (v.is_list()) return v.json.Empty();
  if (v.is_map()) return v.json.ObjectEmpty();
  return false;
}

// IfFunction's conditions: null, not_null, empty, not_empty, exists (any case), equals:<text>,
// not_equals:<text>.
Expected<bool> if_condition(const Item& input, const std::string& condition) {
  std::string c = java::to_lower(condition);
  if (c == "null") return input.is_null();
  if (c == "not_null" || c == "exists") return !input.is_null();
  if (c == "empty") return is_empty(input);
  if (c == "not_empty") return !is_empty(input);
  if (condition.rfind("equals:", 0) == 0)
    return !input.is_null() && java_string(input) == condition.substr(7);
  if (condition.rfind("not_equals:", 0) == 0)
    return input.is_null() || java_string(input) != condition.substr(11);
  return fail("if: Invalid condition '" + condition +
              "'. Supported conditions: null, not_null, empty, not_empty, exists, equals:value, "
              "not_equals:value");
}

Expected<Item> copy_item(const rapidjson::Value* v, CallContext& ctx) {
  if (!v) return Item();
  auto c = ctx.copy(*v);
  if (!c) return fail(c.error());
  return Item(std::move(*c));
}

constexpr std::string_view k_types[] = {"string", "integer", "long",
                                        "double", "boolean", "datetime"};

bool known_type(std::string_view t) {
  for (std::string_view k : k_types)
    if (t == k) return true;
  return false;
}

// The conversions of ConvertTypeFunction; nullopt when the value does not convert.
std::optional<Item> convert(Item input, std::string_view type, bool trim, bool turkic,
                            CallContext& ctx) {
  auto text = [&] {
    std::string s = java_string(input);
    return trim ? std::string(java::trim(s)) : s;
  };
  rapidjson::Value out;
  if (type == "string") {
    auto v = ctx.text_item(text());
    if (!v) return std::nullopt;
    return std::move(*v);
  }
  if (type == "integer" || type == "long") {
    bool is_int = type == "integer";
    if (!input.temporal && input.json.IsNumber()) {
      if (is_int)
        out.SetInt(java_int_value(input.json));
      else
        out.SetInt64(java_long_value(input.json));
      return Item(std::move(out));
    }
    auto n = is_int ? java::parse_integer(text(), INT32_MIN, INT32_MAX)
                    : java::parse_integer(text(), INT64_MIN, INT64_MAX);
    if (!n) return std::nullopt;
    out.SetInt64(*n);
    return Item(std::move(out));
  }
  if (type == "double") {
    double d = 0;
    if (!input.temporal && input.json.IsNumber()) {
      d = java_double_value(input.json);
    } else {
      auto p = java::parse_double(text());
      if (!p) return std::nullopt;
      d = *p;
    }
    // Jackson writes NaN and the infinities as strings.
    if (std::isnan(d) || std::isinf(d)) {
      auto v = ctx.text_item(java::double_to_string(d));
      if (!v) return std::nullopt;
      return std::move(*v);
    }
    out.SetDouble(d);
    return Item(std::move(out));
  }
  if (type == "boolean") {
    if (!input.temporal && input.json.IsBool()) return input;
    std::string s = java::to_lower(text(), turkic);
    for (std::string_view yes : {"1", "true", "yes", "y", "on"})
      if (s == yes) return Item(rapidjson::Value(true));
    return Item(rapidjson::Value(false));  // "0", "false", … and Boolean.parseBoolean of the rest
  }
  if (type == "datetime") {
    if (input.temporal && input.json.IsArray()) return input;
    auto t = jtime::parse_local_date_time(java_string(input));
    if (!t) return std::nullopt;
    return jtime::local_date_time_item(*t, ctx.alloc);
  }
  return input;
}

Status check_on_error(const Args& args) {
  if (args.dynamic("onError")) return ok_status();
  auto on_error = args.text("onError");
  if (on_error && *on_error != "null" && *on_error != "default" && *on_error != "throw")
    return fail("convert_type: unknown onError '" + *on_error + "' (null, default or throw)");
  return ok_status();
}

}  // namespace

// exists: false for null, "" and empty lists and objects; true otherwise.
Status check_exists(const Args&, std::size_t) {
  return ok_status();
}

Expected<Item> apply_exists(Item input, const Args&, CallContext&) {
  return Item(rapidjson::Value(!is_empty(input)));
}

// if: `then` when the condition holds, else `else` (the input when there is no "else").
Status check_if(const Args& args, std::size_t) {
  if (!args.dynamic("condition")) {
    auto condition = args.text("condition");
    if (!condition || condition->empty()) return fail("if: 'condition' argument is required");
    if (auto r = if_condition(Item(), *condition); !r) return fail(r.error());
  }
  if (!args.dynamic("then") && !args.get("then")) return fail("if: 'then' argument is required");
  return ok_status();
}

Expected<Item> apply_if(Item input, const Args& args, CallContext& ctx) {
  auto condition = args.text("condition");
  if (!condition || condition->empty()) return fail("if: 'condition' argument is required");
  const rapidjson::Value* then_value = args.get("then");
  if (!then_value) return fail("if: 'then' argument is required");
  auto holds = if_condition(input, *condition);
  if (!holds) return fail(holds.error());
  if (*holds) return copy_item(then_value, ctx);
  if (args.contains("else")) return copy_item(args.get("else"), ctx);
  return input;
}

// switch: the value of the case named by the input's text (ignoreCase optional), else
// `default` (the input when there is no "default").
Status check_switch(const Args& args, std::size_t) {
  if (args.dynamic("cases")) return ok_status();
  const rapidjson::Value* cases = args.get("cases");
  if (!cases) return fail("switch: 'cases' argument is required");
  if (!cases->IsObject()) return fail("switch: 'cases' must be a Map");
  return ok_status();
}

Expected<Item> apply_switch(Item input, const Args& args, CallContext& ctx) {
  const rapidjson::Value* cases = args.get("cases");
  if (!cases) return fail("switch: 'cases' argument is required");
  if (!cases->IsObject()) return fail("switch: 'cases' must be a Map");
  bool ignore_case = bool_arg(args, "ignoreCase", false);
  if (input.is_null())
    return args.contains("default") ? copy_item(args.get("default"), ctx) : Item();
  std::string key = java_string(input);
  auto it = cases->FindMember(rapidjson::StringRef(key.data(), key.size()));
  if (it != cases->MemberEnd()) return copy_item(&it->value, ctx);
  if (ignore_case) {
    std::u16string k16 = java::to_utf16(key);
    for (const auto& m : cases->GetObject())
      if (java::equals_ignore_case(
              java::to_utf16(std::string_view(m.name.GetString(), m.name.GetStringLength())), k16))
        return copy_item(&m.value, ctx);
  }
  if (args.contains("default")) return copy_item(args.get("default"), ctx);
  return input;
}

// convert_type: type string, integer, long, double, boolean or datetime; trim (true), locale;
// on failure onError null (default), default (the "default" argument) or throw.
Status check_convert_type(const Args& args, std::size_t) {
  if (!args.dynamic("type")) {
    auto type = args.text("type");
    if (type && !type->empty() && !known_type(*type))
      return fail("convert_type: unknown type '" + *type +
                  "' (string, integer, long, double, boolean or datetime)");
  }
  return check_on_error(args);
}

Expected<Item> apply_convert_type(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  auto type = args.text("type");
  if (!type || type->empty()) return input;
  if (!known_type(*type)) return input;  // idp-server passes unknown types through
  bool trim = bool_arg_text(args, "trim", true);
  auto locale = args.text("locale");
  bool turkic = locale && java::is_turkic(*locale);
  if (auto converted = convert(std::move(input), *type, trim, turkic, ctx))
    return std::move(*converted);
  std::string on_error = args.text("onError").value_or("null");
  if (on_error == "throw") return fail("convert_type: the value does not convert to " + *type);
  if (on_error == "default") return copy_item(args.get("default"), ctx);
  return Item();
}

bool is_rule_type(std::string_view type) {
  return known_type(type);
}

// TypeConverter: string is toString() untrimmed, integer Number.intValue() or Integer.parseInt,
// boolean Boolean.parseBoolean, datetime the LocalDateTimeParser; a failure gives null.
Item convert_rule_type(Item input, std::string_view type, CallContext& ctx) {
  if (input.is_null()) return input;
  if (type == "boolean") {
    if (!input.temporal && input.json.IsBool()) return input;
    return Item(rapidjson::Value(java::parse_boolean(java_string(input))));
  }
  auto converted = convert(std::move(input), type, false, false, ctx);
  return converted ? std::move(*converted) : Item();
}

}  // namespace idp::json::mapping::fn
