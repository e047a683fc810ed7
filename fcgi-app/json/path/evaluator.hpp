#pragma once
// Evaluates a compiled query against one document (RFC 9535 §2.1.2, §2.3, §2.5). One Evaluator per
// select() call: it holds the budget and the last pattern compiled from the document, and nothing
// else, so a compiled query can be evaluated from many threads at once.
//
// A query is evaluated depth first: each node goes through all the remaining segments before the
// next node of the same segment. The resulting order is that of §2.1.2 (each segment's nodelists
// concatenated in input order), and when the budget runs out the nodes already selected are a
// prefix of the full nodelist. The walk over segments and descendants uses explicit stacks; only
// filters recurse, as deep as the query nests them (Limits::max_nesting).
#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string>

#include "json/path/ast.hpp"
#include "json/path/budget.hpp"
#include "json/path/functions.hpp"
#include "json/path/maybe_value.hpp"

namespace idp::json::path {

class Evaluator {
 public:
  Evaluator(const rapidjson::Value& root, const Limits& limits) : m_root(root), m_budget(limits) {}

  // Appends to `out` the nodes `path` selects (from `current` for a relative path, from the root
  // otherwise), at most `max` of them.
  void select(const Path& path, const rapidjson::Value& current, std::size_t max, Nodelist& out);

  bool exhausted() const { return m_budget.exhausted(); }

 private:
  // evaluator.cpp: segments and selectors
  void apply(const Segment& segment, const rapidjson::Value& node, Nodelist& out);
  void apply(const Selector& selector, const rapidjson::Value& node, Nodelist& out);
  void slice(const Slice& s, const rapidjson::Value& array, Nodelist& out);
  const rapidjson::Value* member(const rapidjson::Value& object, std::string_view name);

  // filter_evaluator.cpp: filter expressions (§2.3.5.2) and function calls (§2.4)
  bool test(const Expr& e, const rapidjson::Value& current);
  MaybeValue value_of(const Expr& e, const rapidjson::Value& current);
  Operand call(const Expr& e, const rapidjson::Value& current);
  const IRegexp* pattern(const Expr& call, const Operand& argument);

  const rapidjson::Value& m_root;
  Budget m_budget;
  // A pattern that comes from the document ("match(@.a, $.pattern)") is compiled once per
  // select() as long as it stays the same.
  std::string m_pattern_text;
  bool m_pattern_cached = false;
  std::optional<IRegexp> m_pattern;
};

}  // namespace idp::json::path
