#include "json/mapping/function_call.hpp"

#include <string_view>
#include <vector>

#include "json/mapping/json_path.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping {
namespace {

bool list_has_path(const rapidjson::Value& v) {
  if (!v.IsArray()) return false;
  for (const auto& e : v.GetArray())
    if (is_path_text(e)) return true;
  return false;
}

Expected<rapidjson::Value> resolve(const rapidjson::Value& text, const rapidjson::Value& root,
                                   CallContext& ctx) {
  auto query = cached_path(view(text));
  if (!query) return fail(query.error());
  return materialize(read_raw(*query, root), ctx);
}

}  // namespace

bool is_path_text(const rapidjson::Value& v) {
  return v.IsString() && v.GetStringLength() >= 2 && v.GetString()[0] == '$' &&
         v.GetString()[1] == '.';
}

Expected<FunctionSpec> read_function_spec(const rapidjson::Value& spec) {
  if (!spec.IsObject()) return fail("must be an object with \"name\" and \"args\"");
  auto name = spec.FindMember("name");
  if (name == spec.MemberEnd() || !name->value.IsString()) return fail("name: must be a string");
  std::string_view n = view(name->value);
  FunctionSpec out;
  out.def = find_function(n);
  if (!out.def) return fail("unknown function '" + std::string(n) + "'");
  auto args = spec.FindMember("args");
  if (args != spec.MemberEnd() && !args->value.IsNull()) {
    if (!args->value.IsObject()) return fail("args: must be an object");
    out.args = &args->value;
  }
  return out;
}

Status check_call(const FunctionSpec& spec, std::size_t depth) {
  Args args;
  if (spec.args) {
    for (const auto& m : spec.args->GetObject()) {
      std::string_view name = view(m.name);
      if (is_path_text(m.value)) {
        if (auto q = compile_path(view(m.value)); !q)
          return fail("args." + std::string(name) + ": " + q.error());
        args.add(name, &Args::k_unknown);
      } else if (list_has_path(m.value)) {
        for (const auto& e : m.value.GetArray())
          if (is_path_text(e))
            if (auto q = compile_path(view(e)); !q)
              return fail("args." + std::string(name) + ": " + q.error());
        args.add(name, &Args::k_unknown);
      } else {
        args.add(name, &m.value);
      }
    }
  }
  return spec.def->check(args, depth);
}

Expected<Item> call(const FunctionSpec& spec, Item input, const rapidjson::Value& root,
                    CallContext& ctx) {
  Args args;
  // Resolved values must stay where the Args point: reserve them all first.
  std::vector<rapidjson::Value> resolved;
  if (spec.args) {
    resolved.reserve(spec.args->MemberCount());
    for (const auto& m : spec.args->GetObject()) {
      std::string_view name = view(m.name);
      if (is_path_text(m.value)) {
        auto v = resolve(m.value, root, ctx);
        if (!v) return fail(v.error());
        resolved.push_back(std::move(*v));
        args.add(name, &resolved.back());
      } else if (list_has_path(m.value)) {
        rapidjson::Value list(rapidjson::kArrayType);
        for (const auto& e : m.value.GetArray()) {
          auto v = is_path_text(e) ? resolve(e, root, ctx) : ctx.copy(e);
          if (!v) return fail(v.error());
          list.PushBack(std::move(*v), ctx.alloc);
        }
        resolved.push_back(std::move(list));
        args.add(name, &resolved.back());
      } else {
        args.add(name, &m.value);
      }
    }
  }
  return spec.def->apply(std::move(input), args, ctx);
}

}  // namespace idp::json::mapping
