#include "json/mapping/condition.hpp"

#include <string>
#include <string_view>

#include "json/mapping/condition_operation.hpp"
#include "json/mapping/java_text.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping {

// A leaf (path + test) or a compound (allOf / anyOf of children).
struct ConditionNode {
  enum class Kind { leaf, all_of, any_of } kind = Kind::leaf;
  std::optional<path::Query> path;
  std::optional<LeafTest> test;
  std::vector<std::shared_ptr<const ConditionNode>> children;

  bool evaluate(const rapidjson::Value& context) const {
    switch (kind) {
      case Kind::leaf:
        return test->test(read_raw(*path, context));
      case Kind::all_of:
        for (const auto& c : children)
          if (!c->evaluate(context)) return false;
        return true;
      case Kind::any_of:
        for (const auto& c : children)
          if (c->evaluate(context)) return true;
        return false;
    }
    return false;
  }
};

namespace {

// ConditionSpec's idp.condition.maxDepth.
constexpr std::size_t k_max_depth = 10;

const rapidjson::Value* member(const rapidjson::Value& o, const char* name) {
  auto it = o.FindMember(name);
  return it == o.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

// {"path", "operation", "value"}; the error is prefixed with the member at fault.
Expected<std::shared_ptr<const ConditionNode>> compile_leaf(const rapidjson::Value& spec) {
  const rapidjson::Value* path = member(spec, "path");
  if (!path || !path->IsString() || path->GetStringLength() == 0)
    return fail("path: must be a non-empty JSONPath string");
  const rapidjson::Value* operation = member(spec, "operation");
  if (!operation || !operation->IsString() || operation->GetStringLength() == 0)
    return fail("operation: must be a non-empty string");
  if (const rapidjson::Value* type = member(spec, "type"); type && !type->IsString())
    return fail("type: must be a string");
  auto node = std::make_shared<ConditionNode>();
  auto query = compile_path(view(*path));
  if (!query) return fail("path: " + query.error());
  node->path = *query;
  auto test = LeafTest::compile(view(*operation), member(spec, "value"));
  if (!test) {
    bool about_value = test.error().find("unknown operation") == std::string::npos;
    return fail((about_value ? "value: " : "operation: ") + test.error());
  }
  node->test = *test;
  return std::shared_ptr<const ConditionNode>(std::move(node));
}

std::string at(const std::string& where, const std::string& error) {
  // "value[1]" + "path: …" → "value[1].path: …"; other messages follow a colon.
  for (std::string_view m : {"path:", "operation:", "value", "type:"})
    if (error.rfind(m, 0) == 0) return where + "." + error;
  return where + ": " + error;
}

Expected<std::shared_ptr<const ConditionNode>> compile_spec(const rapidjson::Value& spec,
                                                            std::size_t depth) {
  if (!spec.IsObject()) return fail("must be an object");
  const rapidjson::Value* operation = member(spec, "operation");
  if (!operation || !operation->IsString() || operation->GetStringLength() == 0)
    return fail("operation: is required");
  std::string_view op = view(*operation);
  if (op != "allOf" && op != "anyOf") return compile_leaf(spec);
  if (depth >= k_max_depth)
    return fail("conditions are nested more than " + std::to_string(k_max_depth) + " levels deep");
  const rapidjson::Value* value = member(spec, "value");
  if (!value || !value->IsArray())
    return fail("value: '" + std::string(op) + "' requires a list of nested conditions");
  auto node = std::make_shared<ConditionNode>();
  node->kind = op == "allOf" ? ConditionNode::Kind::all_of : ConditionNode::Kind::any_of;
  for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
    auto child = compile_spec((*value)[i], depth + 1);
    if (!child) return fail(at("value[" + std::to_string(i) + "]", child.error()));
    node->children.push_back(*child);
  }
  return std::shared_ptr<const ConditionNode>(std::move(node));
}

}  // namespace

Expected<Condition> Condition::compile(const rapidjson::Value& spec) {
  auto root = compile_spec(spec, 0);
  if (!root) return fail(root.error());
  Condition c;
  c.m_root = *root;
  return c;
}

bool Condition::evaluate(const rapidjson::Value& context) const {
  return m_root->evaluate(context);
}

Expected<AnyOfConditions> AnyOfConditions::compile(const rapidjson::Value& config) {
  AnyOfConditions out;
  if (config.IsNull()) return out;
  if (!config.IsObject()) return fail("must be an object with \"any_of\"");
  const rapidjson::Value* any_of = member(config, "any_of");
  if (!any_of) return out;
  if (!any_of->IsArray()) return fail("any_of: must be an array of arrays of conditions");
  for (rapidjson::SizeType g = 0; g < any_of->Size(); ++g) {
    const rapidjson::Value& group = (*any_of)[g];
    std::string where = "any_of[" + std::to_string(g) + "]";
    if (!group.IsArray()) return fail(where + ": must be an array of conditions");
    std::vector<std::shared_ptr<const ConditionNode>> conditions;
    for (rapidjson::SizeType i = 0; i < group.Size(); ++i) {
      std::string here = where + "[" + std::to_string(i) + "]";
      if (!group[i].IsObject()) return fail(here + ": must be an object");
      auto leaf = compile_leaf(group[i]);
      if (!leaf) return fail(at(here, leaf.error()));
      conditions.push_back(*leaf);
    }
    out.m_groups.push_back(std::move(conditions));
  }
  return out;
}

AnyOfConditions::Result AnyOfConditions::evaluate(const rapidjson::Value& context) const {
  if (m_groups.empty()) return Result::undefined;
  for (const auto& group : m_groups) {
    bool all = true;
    for (const auto& c : group)
      if (!c->evaluate(context)) {
        all = false;
        break;
      }
    if (all) return Result::satisfied;
  }
  return Result::unsatisfied;
}

Expected<ConditionList> ConditionList::compile(const rapidjson::Value& config) {
  ConditionList out;
  if (!config.IsObject()) return fail("must be an object with \"conditions\"");
  if (const rapidjson::Value* mode = member(config, "match_mode")) {
    std::string m = mode->IsString() ? java::to_lower(view(*mode)) : std::string();
    if (m == "any")
      out.m_mode = Mode::any;
    else if (m != "all")
      return fail("match_mode: must be \"all\" or \"any\"");
  }
  const rapidjson::Value* conditions = member(config, "conditions");
  if (!conditions) return out;
  if (!conditions->IsArray()) return fail("conditions: must be an array");
  for (rapidjson::SizeType i = 0; i < conditions->Size(); ++i) {
    std::string here = "conditions[" + std::to_string(i) + "]";
    if (!(*conditions)[i].IsObject()) return fail(here + ": must be an object");
    auto leaf = compile_leaf((*conditions)[i]);
    if (!leaf) return fail(at(here, leaf.error()));
    out.m_conditions.push_back(*leaf);
  }
  return out;
}

bool ConditionList::evaluate(const rapidjson::Value& context) const {
  if (m_conditions.empty()) return true;
  for (const auto& c : m_conditions) {
    bool holds = c->evaluate(context);
    if (m_mode == Mode::any && holds) return true;
    if (m_mode == Mode::all && !holds) return false;
  }
  return m_mode == Mode::all;
}

}  // namespace idp::json::mapping
