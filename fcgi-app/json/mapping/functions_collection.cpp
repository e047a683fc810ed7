// Collection functions: join, append, merge, remove, pluck, map, reshape. A value that is not a
// list counts as a list of one and null as no list, as idp-server's toCollection has it.
#include <unordered_map>

#include "json/mapping/function_call.hpp"
#include "json/mapping/functions.hpp"
#include "json/mapping/json_path.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping::fn {
namespace {

// Copies the elements into a new list.
Expected<Item> list_of(const std::vector<const rapidjson::Value*>& elements, CallContext& ctx) {
  rapidjson::Value list(rapidjson::kArrayType);
  list.Reserve(static_cast<rapidjson::SizeType>(elements.size()), ctx.alloc);
  for (const rapidjson::Value* e : elements) {
    auto copy = ctx.copy(*e);
    if (!copy) return fail(copy.error());
    list.PushBack(std::move(*copy), ctx.alloc);
  }
  return Item(std::move(list));
}

// LinkedHashMap / LinkedHashSet over JSON values with Java equality: the first position of each
// key is kept, and put() replaces the value there.
class LinkedMap {
 public:
  void put(const rapidjson::Value* key, const rapidjson::Value* value, bool replace) {
    auto& bucket = m_index[java_hash(*key)];
    for (std::size_t i : bucket) {
      if (java_equals(*m_keys[i], *key)) {
        if (replace) m_values[i] = value;
        return;
      }
    }
    bucket.push_back(m_keys.size());
    m_keys.push_back(key);
    m_values.push_back(value);
  }
  const std::vector<const rapidjson::Value*>& values() const { return m_values; }

 private:
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> m_index;
  std::vector<const rapidjson::Value*> m_keys, m_values;
};

const rapidjson::Value k_null;

// element.get(field) for a map element, null otherwise.
const rapidjson::Value* field_of(const rapidjson::Value& element, std::string_view field) {
  if (!element.IsObject()) return &k_null;
  auto it = element.FindMember(rapidjson::StringRef(field.data(), field.size()));
  return it == element.MemberEnd() ? &k_null : &it->value;
}

}  // namespace

// join: the elements' texts between `separator` (","), "null" for null unless skipNull,
// `prefix` and `suffix` around.
Status check_join(const Args&, std::size_t) {
  return ok_status();
}

Expected<Item> apply_join(Item input, const Args& args, CallContext& ctx) {
  auto elements = to_collection(input);
  if (!elements) return Item();
  std::string separator = args.text("separator").value_or(",");
  bool skip_null = bool_arg(args, "skipNull", false);
  bool skip_empty = bool_arg(args, "skipEmpty", false);
  std::string out = args.text("prefix").value_or("");
  bool first = true;
  for (const rapidjson::Value* e : elements->items) {
    if (e->IsNull() && skip_null) continue;
    std::string text = java_string(*e);
    if (!e->IsNull() && skip_empty && text.empty()) continue;
    if (Status s = ctx.charge(text.size() + separator.size()); !s) return fail(s.error());
    if (!first) out += separator;
    out += text;
    first = false;
  }
  out += args.text("suffix").value_or("");
  return ctx.text_item(out);
}

// append: the input list (or [] for null) with `value` added at the end.
Status check_append(const Args&, std::size_t) {
  return ok_status();
}

Expected<Item> apply_append(Item input, const Args& args, CallContext& ctx) {
  auto elements = to_collection(input);
  std::vector<const rapidjson::Value*> items =
      elements ? elements->items : std::vector<const rapidjson::Value*>{};
  const rapidjson::Value* value = args.get("value");
  items.push_back(value ? value : &k_null);
  return list_of(items, ctx);
}

// merge: input list + `source` list; with `key`, objects with the same key value collapse into
// the last one at the first one's place; with `distinct`, equal values into the first.
Status check_merge(const Args&, std::size_t) {
  return ok_status();
}

Expected<Item> apply_merge(Item input, const Args& args, CallContext& ctx) {
  std::vector<const rapidjson::Value*> merged;
  if (auto base = to_collection(input)) merged = base->items;
  if (const rapidjson::Value* s = args.get("source")) {
    if (s->IsArray())
      for (const auto& e : s->GetArray()) merged.push_back(&e);
    else
      merged.push_back(s);
  }
  auto key = args.text("key");
  if (key && !key->empty()) {
    LinkedMap seen;
    for (const rapidjson::Value* e : merged)
      seen.put(e->IsObject() ? field_of(*e, *key) : e, e, true);
    return list_of(seen.values(), ctx);
  }
  if (bool_arg(args, "distinct", false)) {
    LinkedMap seen;
    for (const rapidjson::Value* e : merged) seen.put(e, e, false);
    return list_of(seen.values(), ctx);
  }
  return list_of(merged, ctx);
}

// remove: the input list without the elements equal to `value` (or whose `field` equals it).
Status check_remove(const Args& args, std::size_t) {
  if (!args.contains("value")) return fail("remove: 'value' argument is required");
  return ok_status();
}

Expected<Item> apply_remove(Item input, const Args& args, CallContext& ctx) {
  if (!args.contains("value")) return fail("remove: 'value' argument is required");
  auto elements = to_collection(input);
  if (!elements) return Item();
  const rapidjson::Value* value = args.get("value");
  if (!value) return list_of(elements->items, ctx);  // nothing to remove
  auto field = args.text("field");
  std::vector<const rapidjson::Value*> kept;
  for (const rapidjson::Value* e : elements->items) {
    const rapidjson::Value* compared = field && !field->empty() ? field_of(*e, *field) : e;
    if (!java_equals(*compared, *value)) kept.push_back(e);
  }
  return list_of(kept, ctx);
}

// pluck: each object's `field` (null for non-objects), nulls dropped with skipNull.
Status check_pluck(const Args& args, std::size_t) {
  if (args.dynamic("field")) return ok_status();
  auto field = args.text("field");
  if (!field || field->empty()) return fail("pluck: 'field' argument is required");
  return ok_status();
}

Expected<Item> apply_pluck(Item input, const Args& args, CallContext& ctx) {
  auto field = args.text("field");
  if (!field || field->empty()) return fail("pluck: 'field' argument is required");
  bool skip_null = bool_arg(args, "skipNull", false);
  auto elements = to_collection(input);
  if (!elements) return Item();
  std::vector<const rapidjson::Value*> values;
  for (const rapidjson::Value* e : elements->items) {
    const rapidjson::Value* v = field_of(*e, *field);
    if (v->IsNull() && skip_null) continue;
    values.push_back(v);
  }
  return list_of(values, ctx);
}

// map: `function` applied to each element with `function_args` (passed as configured).
namespace {
Expected<FunctionSpec> map_target(const Args& args) {
  auto name = args.text("function");
  if (!name || name->empty()) return fail("map: 'function' argument is required");
  FunctionSpec spec;
  spec.def = find_function(*name);
  if (!spec.def) return fail("map: Unknown function '" + *name + "'");
  const rapidjson::Value* fa = args.get("function_args");
  if (fa && !fa->IsObject()) return fail("map: 'function_args' must be an object");
  spec.args = fa;
  return spec;
}
}  // namespace

Status check_map(const Args& args, std::size_t depth) {
  if (args.dynamic("function") || args.dynamic("function_args")) return ok_status();
  auto spec = map_target(args);
  if (!spec) return fail(spec.error());
  if (depth >= Limits{}.max_nesting) return fail("map: functions are nested too deeply");
  // The element function's arguments are not resolved against the data: check them as they are.
  Args inner;
  if (spec->args)
    for (const auto& m : spec->args->GetObject()) inner.add(view(m.name), &m.value);
  if (Status s = spec->def->check(inner, depth + 1); !s) return fail("map: " + s.error());
  return ok_status();
}

Expected<Item> apply_map(Item input, const Args& args, CallContext& ctx) {
  auto spec = map_target(args);
  if (!spec) return fail(spec.error());
  auto elements = to_collection(input);
  if (!elements) return Item();
  if (ctx.depth >= ctx.limits.max_nesting) return fail("map: functions are nested too deeply");
  Args inner;
  if (spec->args)
    for (const auto& m : spec->args->GetObject()) inner.add(view(m.name), &m.value);
  rapidjson::Value list(rapidjson::kArrayType);
  DepthGuard guard(ctx);
  for (std::size_t i = 0; i < elements->items.size(); ++i) {
    auto element = ctx.copy(*elements->items[i]);
    if (!element) return fail(element.error());
    auto out = spec->def->apply(Item(std::move(*element)), inner, ctx);
    if (!out)
      return fail("map: Error applying function '" + std::string(spec->def->name) +
                  "' to element " + std::to_string(i) + ": " + out.error());
    list.PushBack(std::move(out->json), ctx.alloc);
  }
  return Item(std::move(list));
}

}  // namespace idp::json::mapping::fn
