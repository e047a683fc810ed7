#pragma once
// The regular expressions of "pattern", "patternProperties" and the "regex" format: ECMA-262
// syntax (draft-07 validation §4.3), run by std::wregex with the ECMAScript grammar.
//
// Hostile patterns and long strings must not stall a worker or overflow its stack, so:
// - matching uses libstdc++'s breadth-first (Thompson) executor (`__polynomial`): time grows with
//   pattern size × string length, never exponentially, and backtracking-only features
//   (back-references) are refused when the schema is compiled;
// - the pattern runs as one anchored pass `[\s\S]*(?:pattern)[\s\S]*` rather than a search from
//   every start position, which would be quadratic;
// - patterns are limited in length, group nesting and expanded size (counted repetitions
//   multiply), which bounds the libstdc++ compiler's recursion and the cost of each character;
// - a lookahead runs a nested pass over the rest of the string wherever it is reached, so it is
//   accepted only at the start of the pattern, right after "^" (as in password rules
//   "^(?=.*[A-Z])(?=.*\d).+$"), where it is reached once;
// - strings longer than k_max_subject code points are not matched at all: search() reports
//   too_long, which the validator turns into a violation (fail closed).
// Matching works on Unicode code points (the UTF-8 text is decoded), so "." and character ranges
// such as [ァ-ヶ] see whole characters; "\cX" control escapes are rewritten for std::regex.
// Differences from ECMA-262 that remain: \s matches only ASCII white space (not U+00A0, U+3000,
// …); Unicode property escapes ("\p{Letter}") are refused; the web-compatibility forms of Annex
// B (a lone "{", "[\d-z]", a quantified lookahead) are refused as malformed, and "\Z"-style
// identity escapes of letters are accepted as the letter.
#include <cstddef>
#include <memory>
#include <regex>
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::json::schema {

class EcmaRegex {
 public:
  static constexpr std::size_t k_max_subject = 1000;     // code points matched at most
  static constexpr std::size_t k_max_pattern = 1000;     // code points of pattern
  static constexpr std::size_t k_max_groups_depth = 32;  // nested parentheses
  static constexpr std::size_t k_max_expanded = 4000;    // atoms after counted repetition
  static constexpr std::size_t k_max_lookahead = 200;    // expanded atoms inside lookaheads

  enum class Result { match, no_match, too_long };

  // Refuses what std::regex refuses (with its message) and what exceeds the limits above.
  static Expected<EcmaRegex> compile(std::string_view pattern);

  // Whether the pattern matches anywhere in `subject` (ECMA-262 RegExp.prototype.test).
  Result search(std::string_view subject) const;

  const std::string& pattern() const { return m_pattern; }

  // Work of one search, in validation steps (Limits::max_steps): a step is about 20 NFA element
  // visits, roughly the time of one subschema evaluation, and each character costs about 20
  // visits of fixed overhead whatever the pattern.
  std::size_t steps(std::size_t subject_bytes) const {
    std::size_t chars = subject_bytes < k_max_subject ? subject_bytes : k_max_subject;
    return 1 + chars * (m_cost + 20) / 20;
  }

 private:
  std::string m_pattern;
  std::size_t m_cost = 1;  // estimated NFA elements per character
  std::shared_ptr<const std::wregex> m_regex;
};

}  // namespace idp::json::schema
