// The I-Regexp matcher: a breadth-first simulation of the NFA (Thompson's construction), so each
// state is visited at most once per character of the subject.
#include <algorithm>
#include <vector>

#include "json/path/iregexp.hpp"
#include "json/path/iregexp_program.hpp"
#include "json/path/utf8.hpp"

namespace idp::json::path {

bool CharClass::matches(char32_t c) const {
  bool in = false;
  auto range = std::upper_bound(ranges.begin(), ranges.end(), c,
                                [](char32_t v, const auto& r) { return v < r.first; });
  if (range != ranges.begin() && c <= std::prev(range)->second) in = true;
  if (!in && categories != 0) in = in_categories(categories, c);
  for (std::size_t i = 0; !in && i < complements.size(); ++i)
    in = !in_categories(complements[i], c);
  return in != negated;
}

void CharClass::normalize() {
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<char32_t, char32_t>> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second + 1)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  ranges = std::move(merged);
}

namespace {

// The set of active states: insertion, membership and clearing in constant time.
class StateSet {
 public:
  explicit StateSet(std::size_t n) : m_dense(n), m_sparse(n) {}

  bool contains(std::uint32_t s) const {
    const std::uint32_t i = m_sparse[s];
    return i < m_size && m_dense[i] == s;
  }
  void insert(std::uint32_t s) {
    m_sparse[s] = static_cast<std::uint32_t>(m_size);
    m_dense[m_size++] = s;
  }
  void clear() {
    m_size = 0;
    m_accepting = false;
  }
  std::size_t size() const { return m_size; }
  std::uint32_t operator[](std::size_t i) const { return m_dense[i]; }
  bool accepting() const { return m_accepting; }
  void set_accepting() { m_accepting = true; }

 private:
  std::vector<std::uint32_t> m_dense, m_sparse;
  std::size_t m_size = 0;
  bool m_accepting = false;
};

class Machine {
 public:
  explicit Machine(const IRegexp::Program& p)
      : m_p(p),
        m_current(p.code.size()),
        m_next(p.code.size()),
        m_tested_at(p.classes.size(), 0),
        m_answer(p.classes.size(), false) {
    m_stack.reserve(p.code.size());
  }

  IRegexp::Outcome run(std::string_view subject, bool anywhere, std::size_t& budget) {
    m_at_start = true;
    m_at_end = subject.empty();
    add(m_current, 0);
    for (std::size_t i = 0;;) {
      if (anywhere && m_current.accepting()) return IRegexp::Outcome::match;
      if (i == subject.size()) break;
      if (!anywhere && m_current.size() == 0) return IRegexp::Outcome::no_match;
      const char32_t c = utf8::next(subject, i).code_point;
      m_at_start = false;  // from here on, states are added at the position after c
      m_at_end = i == subject.size();
      ++m_position;
      const std::size_t cost = std::max<std::size_t>(m_current.size(), 1);
      if (cost > budget) return IRegexp::Outcome::out_of_budget;
      budget -= cost;
      m_next.clear();
      for (std::size_t k = 0; k < m_current.size(); ++k) {
        const Instruction& in = m_p.code[m_current[k]];
        if (in.op == Op::consume && in_class(in.a, c)) add(m_next, m_current[k] + 1);
      }
      std::swap(m_current, m_next);
      // search(): a match may also start after this character.
      if (anywhere) add(m_current, 0);
    }
    return m_current.accepting() ? IRegexp::Outcome::match : IRegexp::Outcome::no_match;
  }

 private:
  // A class is tested once per character however many states use it ("[a-z]{1,64}" has 64).
  bool in_class(std::uint32_t index, char32_t c) {
    if (m_tested_at[index] != m_position) {
      m_tested_at[index] = m_position;
      m_answer[index] = m_p.classes[index].matches(c);
    }
    return m_answer[index];
  }

  // Adds `state` and every state reachable from it without consuming a character.
  void add(StateSet& set, std::uint32_t state) {
    m_stack.push_back(state);
    while (!m_stack.empty()) {
      const std::uint32_t s = m_stack.back();
      m_stack.pop_back();
      if (set.contains(s)) continue;
      set.insert(s);
      const Instruction& in = m_p.code[s];
      switch (in.op) {
        case Op::split:
          m_stack.push_back(in.b);
          m_stack.push_back(in.a);
          break;
        case Op::jump:
          m_stack.push_back(in.a);
          break;
        case Op::assert_start:
          if (m_at_start) m_stack.push_back(s + 1);
          break;
        case Op::assert_end:
          if (m_at_end) m_stack.push_back(s + 1);
          break;
        case Op::accept:
          set.set_accepting();
          break;
        case Op::consume:
          break;
      }
    }
  }

  const IRegexp::Program& m_p;
  StateSet m_current, m_next;
  std::vector<std::uint32_t> m_stack;
  bool m_at_start = true;        // where the states being added are: at the start of the subject,
  bool m_at_end = false;         // at its end
  std::uint64_t m_position = 0;  // characters consumed
  std::vector<std::uint64_t> m_tested_at;  // per class: the position it was last tested at
  std::vector<bool> m_answer;              // per class: the answer there
};

}  // namespace

IRegexp::Outcome IRegexp::matches(std::string_view subject, std::size_t& budget) const {
  return Machine(*m_program).run(subject, false, budget);
}

IRegexp::Outcome IRegexp::search(std::string_view subject, std::size_t& budget) const {
  return Machine(*m_program).run(subject, true, budget);
}

}  // namespace idp::json::path
