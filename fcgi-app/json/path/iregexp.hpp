#pragma once
// I-Regexp (RFC 9485), the regular expressions of the JSONPath functions match() and search()
// (RFC 9535 §2.4.6, §2.4.7).
//
// Patterns come from tenant configuration and from documents, so a pattern must never stall or
// crash a worker. It is compiled to a Thompson NFA and run breadth-first, each state at most once
// per character: the work is at most (NFA states × subject code points), never exponential, and
// nothing recurses over the subject. The compiler recurses over the pattern's groups, at most
// k_max_depth deep, and counted repetitions ("a{1000}") are expanded only while the NFA stays
// within k_max_states. std::regex is not used: its backtracking executor can take exponential time
// and recurses per character.
//
// "." matches any character but LF and CR (RFC 9485 §3, as in XSD); \p{..} and \P{..} use the
// Unicode general categories (unicode_category.hpp).
//
// "^" and "$" are anchors (start and end of the subject), as they are once a pattern is mapped to
// ECMAScript or PCRE the way RFC 9485 §5 describes, and as the JSONPath Compliance Test Suite
// expects ("functions, match, explicit caret"); the ABNF alone would read them as ordinary
// characters, and then a habitual "^[0-9]{7}$" would never match anything. A literal "$" or "^"
// is written "[$]" or "\^".
#include <cstddef>
#include <memory>
#include <string_view>

#include "base/expected.hpp"

namespace idp::json::path {

class IRegexp {
 public:
  static constexpr std::size_t k_max_pattern = 4096;  // bytes of pattern
  static constexpr std::size_t k_max_depth = 32;      // nested parentheses
  static constexpr std::size_t k_max_states = 4000;   // NFA states, repetitions expanded

  // A pattern of the RFC 9485 §3 syntax, or a message that says what is wrong and where.
  static Expected<IRegexp> compile(std::string_view pattern);

  enum class Outcome { match, no_match, out_of_budget };

  // RFC 9485 §5.1: whether the whole subject matches (match()), or some substring (search()).
  // Each character costs the number of NFA states active at it; the cost is taken from `budget`,
  // and when that does not cover it the answer is out_of_budget.
  Outcome matches(std::string_view subject, std::size_t& budget) const;
  Outcome search(std::string_view subject, std::size_t& budget) const;

  std::size_t states() const;

  struct Program;

 private:
  explicit IRegexp(std::shared_ptr<const Program> program) : m_program(std::move(program)) {}
  std::shared_ptr<const Program> m_program;
};

}  // namespace idp::json::path
