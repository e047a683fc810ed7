// reshape: a new object from `fields`, each read from the input object. A field is
// - a "$." JSONPath, read from the input object;
// - an object with "from" (a JSONPath into the input), "static_value" and/or "functions" (whose
//   "$." arguments are read from the input object too), like a mapping rule of its own;
// - anything else, copied as it is.
#include "json/mapping/function_call.hpp"
#include "json/mapping/functions.hpp"
#include "json/mapping/json_path.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping::fn {
namespace {

bool is_rule_like(const rapidjson::Value& spec) {
  return spec.IsObject() &&
         (spec.HasMember("from") || spec.HasMember("static_value") || spec.HasMember("functions"));
}

Status check_field(const rapidjson::Value& spec, std::size_t depth) {
  if (is_path_text(spec)) {
    auto q = compile_path(view(spec));
    return q ? ok_status() : Status(fail(q.error()));
  }
  if (!is_rule_like(spec)) return ok_status();
  if (auto from = spec.FindMember("from"); from != spec.MemberEnd() && !from->value.IsNull()) {
    if (!from->value.IsString()) return fail("from: must be a JSONPath string");
    if (auto q = compile_path(view(from->value)); !q) return fail("from: " + q.error());
  }
  if (auto fns = spec.FindMember("functions"); fns != spec.MemberEnd() && !fns->value.IsNull()) {
    if (!fns->value.IsArray()) return fail("functions: must be an array");
    if (fns->value.Size() > Limits{}.max_functions) return fail("functions: too many functions");
    for (rapidjson::SizeType i = 0; i < fns->value.Size(); ++i) {
      std::string at = "functions[" + std::to_string(i) + "]: ";
      auto f = read_function_spec(fns->value[i]);
      if (!f) return fail(at + f.error());
      if (Status s = check_call(*f, depth + 1); !s) return fail(at + s.error());
    }
  }
  return ok_status();
}

Expected<rapidjson::Value> field_value(const rapidjson::Value& spec, const rapidjson::Value& input,
                                       CallContext& ctx) {
  if (is_path_text(spec)) {
    auto q = cached_path(view(spec));
    if (!q) return fail(q.error());
    return materialize(read_raw(*q, input), ctx);
  }
  if (!is_rule_like(spec)) return ctx.copy(spec);
  Item item;
  auto stat = spec.FindMember("static_value");
  auto from = spec.FindMember("from");
  if (stat != spec.MemberEnd() && !stat->value.IsNull()) {
    auto v = ctx.copy(stat->value);
    if (!v) return v;
    item = Item(std::move(*v));
  } else if (from != spec.MemberEnd() && from->value.IsString()) {
    auto q = cached_path(view(from->value));
    if (!q) return fail(q.error());
    auto v = materialize(read_raw(*q, input), ctx);
    if (!v) return v;
    item = Item(std::move(*v));
  }
  auto fns = spec.FindMember("functions");
  if (fns != spec.MemberEnd() && fns->value.IsArray()) {
    for (const auto& f : fns->value.GetArray()) {
      auto fs = read_function_spec(f);
      if (!fs) return fail(fs.error());
      auto next = call(*fs, std::move(item), input, ctx);
      if (!next) return fail(next.error());
      item = std::move(*next);
    }
  }
  return std::move(item.json);
}

}  // namespace

Status check_reshape(const Args& args, std::size_t depth) {
  if (args.dynamic("fields")) return ok_status();
  const rapidjson::Value* fields = args.get("fields");
  if (!fields || !fields->IsObject()) return fail("reshape: 'fields' argument must be a Map");
  if (depth >= Limits{}.max_nesting) return fail("reshape: functions are nested too deeply");
  for (const auto& m : fields->GetObject())
    if (Status s = check_field(m.value, depth); !s)
      return fail("reshape: fields." + std::string(view(m.name)) + ": " + s.error());
  return ok_status();
}

Expected<Item> apply_reshape(Item input, const Args& args, CallContext& ctx) {
  const rapidjson::Value* fields = args.get("fields");
  if (!fields || !fields->IsObject()) return fail("reshape: 'fields' argument must be a Map");
  if (!input.is_map()) return Item();
  if (ctx.depth >= ctx.limits.max_nesting) return fail("reshape: functions are nested too deeply");
  DepthGuard guard(ctx);
  rapidjson::Value out(rapidjson::kObjectType);
  for (const auto& m : fields->GetObject()) {
    auto v = field_value(m.value, input.json, ctx);
    if (!v) return fail("reshape: fields." + std::string(view(m.name)) + ": " + v.error());
    auto name = ctx.string(view(m.name));
    if (!name) return fail(name.error());
    out.AddMember(std::move(*name), std::move(*v), ctx.alloc);
  }
  return Item(std::move(out));
}

}  // namespace idp::json::mapping::fn
