#pragma once
// Conditions of idp-server configurations, compiled once and evaluated against a context
// document. Evaluation never fails: where idp-server would throw (a non-numeric value under
// gte), the condition is false.
//
// Condition: the ConditionSpec of mapping rules and pre-hook additional parameters:
//   {"path": "$.x", "operation": "eq", "value": …}
//   {"operation": "allOf" | "anyOf", "value": [condition, …]}   (exactly these spellings)
// allOf of nothing is true, anyOf of nothing false; nesting is limited to 10 levels.
//
// AnyOfConditions: the transition conditions of identity-verification processes and the
// success / failure / lock conditions of authentication policies:
//   {"any_of": [[{"path", "type", "operation", "value"}, …], …]}
// satisfied when every condition of one group holds; "type" is informational (idp-server does not
// read it). No any_of (or an empty one) is undefined: the transition does not apply.
//
// ConditionList: the "conditions" + "match_mode" ("all", default, or "any") of HTTP response
// resolution; no conditions is satisfied.
//
// Operations (in every form; names in any case, "EXISTS" = "exists"): eq ne gt gte lt lte in nin
// exists missing contains regex — see condition_operation.hpp for their exact meaning. Paths are
// JSONPath; a path that selects nothing reads null, an indefinite one ("[*]", "..", filters) the
// list of what it selects.
//
// Compile errors name the place: "value[1].operation: unknown operation 'foo' (…)",
// "any_of[0][2].path: invalid JSONPath …".
#include <rapidjson/document.h>

#include <memory>
#include <vector>

#include "base/expected.hpp"

namespace idp::json::mapping {

struct ConditionNode;

class Condition {
 public:
  static Expected<Condition> compile(const rapidjson::Value& spec);
  bool evaluate(const rapidjson::Value& context) const;

 private:
  std::shared_ptr<const ConditionNode> m_root;
};

class AnyOfConditions {
 public:
  enum class Result { undefined, satisfied, unsatisfied };

  // `config` is the object holding "any_of" (null or absent: undefined).
  static Expected<AnyOfConditions> compile(const rapidjson::Value& config);
  Result evaluate(const rapidjson::Value& context) const;
  bool defined() const { return !m_groups.empty(); }

 private:
  std::vector<std::vector<std::shared_ptr<const ConditionNode>>> m_groups;
};

class ConditionList {
 public:
  enum class Mode { all, any };
  // `config` holds "conditions" (an array of leaves) and "match_mode".
  static Expected<ConditionList> compile(const rapidjson::Value& config);
  bool evaluate(const rapidjson::Value& context) const;

 private:
  Mode m_mode = Mode::all;
  std::vector<std::shared_ptr<const ConditionNode>> m_conditions;
};

}  // namespace idp::json::mapping
