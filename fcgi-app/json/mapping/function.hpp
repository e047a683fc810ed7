#pragma once
// The shape of one mapping function (internal to the mapping folder): a name, a check of its
// arguments when the rules are compiled, and the transformation itself, which takes the previous
// value and the call's arguments and gives the next value. function_table.cpp lists them all.
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "json/mapping/environment.hpp"
#include "json/mapping/java_value.hpp"
#include "json/mapping/limits.hpp"

namespace idp::json::mapping {

// The arguments of one call, by name. Values that were "$." paths in the configuration are
// resolved per call; while compiling they are present but unknown (get() is nullptr, dynamic()
// true), so a check validates only what it can see.
class Args {
 public:
  static const rapidjson::Value k_unknown;

  void add(std::string_view name, const rapidjson::Value* value) {
    m_entries.push_back({name, value});
  }
  // args.containsKey(name)
  bool contains(std::string_view name) const { return entry(name) != nullptr; }
  // args.get(name): nullptr when absent, null, or unknown
  const rapidjson::Value* get(std::string_view name) const {
    const Entry* e = entry(name);
    return e && e->value != &k_unknown && !e->value->IsNull() ? e->value : nullptr;
  }
  bool dynamic(std::string_view name) const {
    const Entry* e = entry(name);
    return e && e->value == &k_unknown;
  }
  // The common getStringArg: toString() of a non-null value.
  std::optional<std::string> text(std::string_view name) const;

  struct Entry {
    std::string_view name;
    const rapidjson::Value* value;
  };
  const std::vector<Entry>& entries() const { return m_entries; }

 private:
  const Entry* entry(std::string_view name) const {
    for (const Entry& e : m_entries)
      if (e.name == name) return &e;
    return nullptr;
  }
  std::vector<Entry> m_entries;
};

// The Java helpers the functions read their flags and numbers with; each function uses the
// variant its Java class uses.
// Boolean or "true"/"false" text; other types give the default.
bool bool_arg(const Args& args, std::string_view name, bool fallback);
// null gives the default, Boolean is itself, anything else is Boolean.parseBoolean(toString()).
bool bool_arg_text(const Args& args, std::string_view name, bool fallback);
// null gives the default, a Number its intValue(), anything else Integer.parseInt(toString()) or
// the default.
int int_arg(const Args& args, std::string_view name, int fallback);

// Per apply(): where values are allocated, what the environment offers, and the output budget.
struct CallContext {
  Allocator& alloc;
  const Environment& env;
  const Limits& limits;
  std::size_t budget;
  std::size_t depth = 0;  // map and reshape inside one another

  // Takes `units` from the budget, or fails and takes nothing (a smaller value may still fit).
  Status charge(std::size_t units);
  Expected<rapidjson::Value> copy(const rapidjson::Value& v);
  Expected<rapidjson::Value> string(std::string_view s);
  Expected<Item> text_item(std::string_view s);
};

// One level of map / reshape nesting for the lifetime of the guard.
class DepthGuard {
 public:
  explicit DepthGuard(CallContext& ctx) : m_ctx(ctx) { ++m_ctx.depth; }
  ~DepthGuard() { --m_ctx.depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  CallContext& m_ctx;
};

struct FunctionDef {
  std::string_view name;
  // Compile time: the arguments as configured ("$." ones unknown); an error makes the rule's
  // configuration invalid.
  Status (*check)(const Args& args, std::size_t depth);
  Expected<Item> (*apply)(Item input, const Args& args, CallContext& ctx);
};

const FunctionDef* find_function(std::string_view name);

// The Java collection view of a value (toCollection): a list is itself, null is null (nullptr),
// anything else a list of one.
struct ElementList {
  std::vector<const rapidjson::Value*> items;
};
std::optional<ElementList> to_collection(const Item& input);

}  // namespace idp::json::mapping
