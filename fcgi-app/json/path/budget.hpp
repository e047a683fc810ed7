#pragma once
// The work one select() may do (Limits::max_nodes and Limits::max_text_steps). Once either is spent
// the budget stays exhausted: every loop of the evaluator stops, and select() returns the nodes it
// had selected before.
#include <cstddef>

#include "json/path/query.hpp"

namespace idp::json::path {

class Budget {
 public:
  explicit Budget(const Limits& limits)
      : m_nodes(limits.max_nodes), m_text(limits.max_text_steps) {}

  // A node visit: each node a selector looks at (a member whose name is compared, an element, a
  // descendant, a filter candidate), each pair of values compared, each filter expression.
  bool visit(std::size_t n = 1) { return take(m_nodes, n); }

  // Text work: code points counted or matched (times the NFA states active), bytes compared.
  bool text(std::size_t n) { return take(m_text, n); }

  // What is left of the text budget, for the I-Regexp matcher to draw from directly.
  std::size_t& text_left() { return m_text; }

  void exhaust() { m_exhausted = true; }
  bool exhausted() const { return m_exhausted; }

 private:
  bool take(std::size_t& left, std::size_t n) {
    if (m_exhausted) return false;
    if (n > left) {
      m_exhausted = true;
      return false;
    }
    left -= n;
    return true;
  }

  std::size_t m_nodes;
  std::size_t m_text;
  bool m_exhausted = false;
};

}  // namespace idp::json::path
