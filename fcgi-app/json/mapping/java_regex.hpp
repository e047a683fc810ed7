#pragma once
// The regular expressions of the `regex` condition, `regex_replace` and `split`, which idp-server
// runs with java.util.regex. Patterns are read with ECMAScript syntax (what Java and ECMAScript
// share: classes, groups, quantifiers, \d \w \s, anchors); Java-only syntax (possessive
// quantifiers, \p{…}, inline flags, named groups) is refused when the configuration is compiled.
//
// Configured patterns must not stall a worker: json::schema::EcmaRegex first checks each one
// (length, nesting, expanded size, no back-references, lookaheads only at the start), then it runs
// on libstdc++'s breadth-first executor, whose time grows with pattern × subject, never
// exponentially. Subjects are limited to EcmaRegex::k_max_subject code points, and a search
// through a subject (replace, split) to a bounded amount of work. One difference in results
// remains: where alternatives both match, the executor may prefer the longer one ("a|ab" on
// "ab" matches "ab"; Java matches "a").
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace idp::json::mapping {

class JavaRegex {
 public:
  enum Flag : unsigned { case_insensitive = 1, multiline = 2, dotall = 4, comments = 8 };

  // Compiled once per (pattern, flags) and shared: a process-wide cache.
  static Expected<std::shared_ptr<const JavaRegex>> compile(std::string_view pattern,
                                                            unsigned flags = 0);

  // Pattern.matches: whether the whole subject matches. A subject longer than the limit does not
  // match (fail closed).
  bool matches(std::string_view subject) const;

  struct Match {
    std::size_t begin = 0, end = 0;             // code point offsets
    std::vector<std::pair<long, long>> groups;  // per group: [begin, end), or -1 when unmatched
  };
  // The successive matches Matcher.find() reports (at most `max`), over code points.
  Expected<std::vector<Match>> find_all(const std::u32string& subject, std::size_t max) const;

  std::size_t group_count() const { return m_groups; }

  struct Compiled;

 private:
  std::shared_ptr<const Compiled> m_compiled;
  std::size_t m_groups = 0;
  std::size_t m_cost = 1;  // EcmaRegex's estimate: steps of one pass per character, scaled
};

}  // namespace idp::json::mapping
