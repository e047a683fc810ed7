// Filter expressions (RFC 9535 §2.3.5.2) and function calls (§2.4).
#include <vector>

#include "json/path/comparison.hpp"
#include "json/path/evaluator.hpp"

namespace idp::json::path {

// The logical value of an expression the parser typed as LogicalType. Every expression evaluated
// is a visit, so that long expressions over many candidates count against the budget too.
bool Evaluator::test(const Expr& e, const rapidjson::Value& current) {
  if (!m_budget.visit()) return false;
  switch (e.kind) {
    case Expr::Kind::logical_or:
      for (const Expr& operand : e.operands)
        if (test(operand, current)) return true;
      return false;
    case Expr::Kind::logical_and:
      for (const Expr& operand : e.operands)
        if (!test(operand, current)) return false;
      return true;
    case Expr::Kind::logical_not:
      return !test(e.operands[0], current);
    case Expr::Kind::comparison: {
      const MaybeValue left = value_of(e.operands[0], current);
      const MaybeValue right = value_of(e.operands[1], current);
      return !m_budget.exhausted() && compare(left, e.op, right, m_budget);
    }
    case Expr::Kind::exists: {  // §2.3.5.2 existence test, §2.4.2 NodesType to LogicalType
      const Expr& operand = e.operands[0];
      if (operand.kind == Expr::Kind::function) return !call(operand, current).nodes.empty();
      Nodelist nodes;
      select(operand.path, current, 1, nodes);
      return !nodes.empty();
    }
    case Expr::Kind::function:
      return call(e, current).logical;
    case Expr::Kind::literal:
    case Expr::Kind::query:
      break;  // the parser never leaves these where a logical value is wanted
  }
  return false;
}

// A comparable or ValueType argument: a literal, a singular query (its node's value, or Nothing
// when it selects none) or a function returning a value.
MaybeValue Evaluator::value_of(const Expr& e, const rapidjson::Value& current) {
  switch (e.kind) {
    case Expr::Kind::literal:
      return MaybeValue(e.literal);
    case Expr::Kind::query: {
      Nodelist nodes;
      select(e.path, current, 1, nodes);
      return nodes.empty() ? MaybeValue() : MaybeValue(*nodes[0]);
    }
    case Expr::Kind::function:
      return call(e, current).value;
    default:
      return MaybeValue();
  }
}

Operand Evaluator::call(const Expr& e, const rapidjson::Value& current) {
  const Function& f = *e.function;
  std::vector<Operand> args(e.operands.size());
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Expr& arg = e.operands[i];
    switch (f.parameters[i]) {
      case Type::value:
        args[i].value = value_of(arg, current);
        break;
      case Type::logical:
        args[i].logical = test(arg, current);
        break;
      case Type::nodes:
        select(arg.path, current, f.nodes_needed, args[i].nodes);
        break;
    }
    if (m_budget.exhausted()) return {};
  }
  const IRegexp* regex = f.regex ? pattern(e, args[1]) : nullptr;
  if (m_budget.exhausted()) return {};
  return f.call(args, regex, m_budget);
}

// The I-Regexp argument of match() or search(): compiled with the query when it was a literal,
// otherwise compiled here (its length is text work) and kept while the next calls pass the same
// pattern. nullptr when it is not a string or not a valid I-Regexp.
const IRegexp* Evaluator::pattern(const Expr& e, const Operand& argument) {
  if (e.pattern_known) return e.pattern ? &*e.pattern : nullptr;
  if (argument.value.nothing() || !argument.value.get().IsString()) return nullptr;
  const rapidjson::Value& p = argument.value.get();
  const std::string_view text(p.GetString(), p.GetStringLength());
  if (!m_pattern_cached || text != m_pattern_text) {
    if (!m_budget.text(text.size())) return nullptr;
    auto compiled = IRegexp::compile(text);
    m_pattern = compiled ? std::optional<IRegexp>(std::move(*compiled)) : std::nullopt;
    m_pattern_text.assign(text);
    m_pattern_cached = true;
  }
  return m_pattern ? &*m_pattern : nullptr;
}

}  // namespace idp::json::path
