#include "json/mapping/rules.hpp"

#include <optional>
#include <string_view>

#include "json/mapping/condition.hpp"
#include "json/mapping/function_call.hpp"
#include "json/mapping/functions.hpp"
#include "json/mapping/json_path.hpp"
#include "json/mapping/object_compositor.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping {
namespace {

struct Rule {
  std::size_t index = 0;
  std::string to;
  bool merge_root = false;                         // to: "*"
  const rapidjson::Value* static_value = nullptr;  // into Compiled::config
  std::optional<path::Query> from;
  std::vector<FunctionSpec> functions;
  std::optional<Condition> condition;
  std::string convert_type;
};

const rapidjson::Value* member(const rapidjson::Value& o, const char* name) {
  auto it = o.FindMember(name);
  return it == o.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

Expected<Rule> compile_rule(const rapidjson::Value& spec, std::size_t index, const Limits& limits) {
  if (!spec.IsObject()) return fail(": must be an object");
  Rule rule;
  rule.index = index;
  const rapidjson::Value* to = member(spec, "to");
  if (!to || !to->IsString()) return fail(".to: is required and must be a string");
  rule.to = std::string(view(*to));
  rule.merge_root = rule.to == "*";
  if (!rule.merge_root)
    if (auto target = parse_target(rule.to, limits); !target) return fail(".to: " + target.error());
  rule.static_value = member(spec, "static_value");
  if (const rapidjson::Value* from = member(spec, "from")) {
    if (!from->IsString()) return fail(".from: must be a JSONPath string");
    if (from->GetStringLength() > 0) {
      auto query = compile_path(view(*from));
      if (!query) return fail(".from: " + query.error());
      rule.from = *query;
    }
  }
  if (const rapidjson::Value* functions = member(spec, "functions")) {
    if (!functions->IsArray()) return fail(".functions: must be an array");
    if (functions->Size() > limits.max_functions)
      return fail(".functions: more than " + std::to_string(limits.max_functions) + " functions");
    for (rapidjson::SizeType i = 0; i < functions->Size(); ++i) {
      std::string at = ".functions[" + std::to_string(i) + "]";
      auto f = read_function_spec((*functions)[i]);
      if (!f)
        return fail(
            at +
            (f.error().rfind("name:", 0) == 0 || f.error().rfind("args:", 0) == 0 ? "." : ": ") +
            f.error());
      if (Status s = check_call(*f, 0); !s) return fail(at + ": " + s.error());
      rule.functions.push_back(*f);
    }
  }
  if (const rapidjson::Value* condition = member(spec, "condition")) {
    auto c = Condition::compile(*condition);
    if (!c) {
      const std::string& e = c.error();
      bool member_first = e.rfind("path", 0) == 0 || e.rfind("operation", 0) == 0 ||
                          e.rfind("value", 0) == 0 || e.rfind("type", 0) == 0;
      return fail(".condition" + std::string(member_first ? "." : ": ") + e);
    }
    rule.condition = *c;
  }
  if (const rapidjson::Value* type = member(spec, "convert_type")) {
    if (!type->IsString() || !fn::is_rule_type(view(*type)))
      return fail(".convert_type: must be one of string, integer, long, double, boolean, datetime");
    rule.convert_type = std::string(view(*type));
  }
  return rule;
}

}  // namespace

struct Rules::Compiled {
  rapidjson::Document config;
  Limits limits;
  std::vector<Rule> rules;

  Expected<rapidjson::Value> apply(const rapidjson::Value& context, Allocator& alloc,
                                   const Environment& env, std::vector<std::string>* errors) const;
};

Expected<Rules> Rules::compile(const rapidjson::Value& rules, const Limits& limits) {
  if (!rules.IsArray()) return fail("mapping rules must be an array");
  if (rules.Size() > limits.max_rules)
    return fail("more than " + std::to_string(limits.max_rules) + " mapping rules");
  auto compiled = std::make_shared<Compiled>();
  compiled->limits = limits;
  // The compiled rules point into this copy of the configuration.
  compiled->config.CopyFrom(rules, compiled->config.GetAllocator());
  for (rapidjson::SizeType i = 0; i < compiled->config.Size(); ++i) {
    auto rule = compile_rule(compiled->config[i], i, limits);
    if (!rule) return fail((std::string("[") += std::to_string(i)) += "]" + rule.error());
    compiled->rules.push_back(std::move(*rule));
  }
  Rules out;
  out.m_compiled = std::move(compiled);
  return out;
}

Expected<rapidjson::Value> Rules::Compiled::apply(const rapidjson::Value& context, Allocator& alloc,
                                                  const Environment& env,
                                                  std::vector<std::string>* errors) const {
  CallContext ctx{alloc, env, limits, limits.max_output};
  ObjectCompositor output;
  auto report = [&](const Rule& rule, const std::string& message) {
    if (errors)
      errors->push_back((std::string("[") += std::to_string(rule.index)) += "]" + message);
  };
  for (const Rule& rule : rules) {
    if (rule.condition && !rule.condition->evaluate(context)) continue;
    Item item;
    if (rule.static_value) {
      auto v = ctx.copy(*rule.static_value);
      if (!v) {
        report(rule, ": " + v.error());
        continue;
      }
      item = Item(std::move(*v));
    } else if (rule.from) {
      auto v = materialize(read_raw(*rule.from, context), ctx);
      if (!v) {
        report(rule, ".from: " + v.error());
        continue;
      }
      item = Item(std::move(*v));
    }
    bool failed = false;
    for (std::size_t i = 0; i < rule.functions.size() && !failed; ++i) {
      auto next = call(rule.functions[i], std::move(item), context, ctx);
      if (!next) {
        report(rule, ".functions[" + std::to_string(i) + "]: " + next.error());
        failed = true;
      } else {
        item = std::move(*next);
      }
    }
    if (failed) continue;
    if (!rule.convert_type.empty())
      item = fn::convert_rule_type(std::move(item), rule.convert_type, ctx);
    if (!rule.merge_root) {
      output.put(rule.to, std::move(item.json));
    } else if (item.is_map()) {
      for (rapidjson::SizeType i = 0; i < item.json.MemberCount(); ++i) {
        auto& m = *(item.json.MemberBegin() + i);
        output.put(view(m.name), std::move(m.value));
      }
    }
  }
  return output.composite(ctx, errors);
}

rapidjson::Document Rules::apply(const rapidjson::Value& context, const Environment& env,
                                 std::vector<std::string>* errors) const {
  rapidjson::Document doc;
  auto result = m_compiled->apply(context, doc.GetAllocator(), env, errors);
  if (result) {
    static_cast<rapidjson::Value&>(doc) = *result;
  } else {
    if (errors) errors->push_back(result.error());
    doc.SetObject();
  }
  return doc;
}

void Rules::apply_into(const rapidjson::Value& context, rapidjson::Value& target,
                       rapidjson::Document::AllocatorType& allocator, const Environment& env,
                       std::vector<std::string>* errors) const {
  auto result = m_compiled->apply(context, allocator, env, errors);
  if (!target.IsObject()) target.SetObject();
  if (!result) {
    if (errors) errors->push_back(result.error());
    return;
  }
  // By index and through const views: comparing RapidJSON's mutable member iterators is
  // ambiguous in C++20.
  for (rapidjson::SizeType i = 0; i < result->MemberCount(); ++i) {
    auto& m = *(result->MemberBegin() + i);
    const rapidjson::Value& view_of_target = target;
    auto found = view_of_target.FindMember(m.name);
    if (found != view_of_target.MemberEnd())
      target.MemberBegin()[found - view_of_target.MemberBegin()].value = m.value;
    else
      target.AddMember(m.name, m.value, allocator);
  }
}

std::size_t Rules::size() const {
  return m_compiled->rules.size();
}

}  // namespace idp::json::mapping
