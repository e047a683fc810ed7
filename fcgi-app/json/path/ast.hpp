#pragma once
// A compiled query (RFC 9535 §2): what the parser builds and the evaluator walks. Immutable once
// built; the string literals live in the allocator of Query::Compiled.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "json/path/iregexp.hpp"

namespace idp::json::path {

struct Expr;
struct Function;

// §2.3.4: absent bounds take their defaults (§2.3.4.2.1) when the array length is known.
struct Slice {
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> end;
  std::int64_t step = 1;
};

// §2.3: one selector of a segment.
struct Selector {
  enum class Kind { name, wildcard, index, slice, filter };
  Kind kind = Kind::name;
  std::string name;              // name: the unescaped member name
  std::int64_t index = 0;        // index: may be negative (§2.3.3.2)
  Slice slice;                   // slice
  std::unique_ptr<Expr> filter;  // filter: a logical expression (§2.3.5)
};

// §2.5: a child segment, or a descendant segment ("..", §2.5.2).
struct Segment {
  bool descendant = false;
  std::vector<Selector> selectors;
  // "[ 'a' ]": blank space inside the brackets. Such a segment selects one node at most but is
  // not a name-segment or index-segment, so its query is not a singular-query (§2.3.5.1 ABNF).
  bool blank_in_brackets = false;
};

// A query: the whole query from "$", or one inside a filter from "@" or "$".
struct Path {
  bool relative = false;
  std::vector<Segment> segments;

  // Only child segments of one name or index selector each: selects at most one node.
  bool selects_at_most_one() const {
    for (const Segment& s : segments)
      if (s.descendant || s.selectors.size() != 1 ||
          (s.selectors[0].kind != Selector::Kind::name &&
           s.selectors[0].kind != Selector::Kind::index))
        return false;
    return true;
  }

  // §2.3.5.1 singular-query, which may be compared and passed as a value: also written without
  // blank space inside its brackets.
  bool singular() const {
    for (const Segment& s : segments)
      if (s.blank_in_brackets) return false;
    return selects_at_most_one();
  }
};

// §2.4.1: the types of function parameters and results.
enum class Type { value, logical, nodes };

// §2.3.5.2.2
enum class CompareOp { eq, ne, lt, le, gt, ge };

// A node of a filter expression (§2.3.5.1).
struct Expr {
  enum class Kind {
    logical_or,   // operands: two or more
    logical_and,  // operands: two or more
    logical_not,  // operands[0]
    comparison,   // operands[0] op operands[1]
    exists,    // operands[0], a query or a NodesType function, selects a node (§2.3.5.2, §2.4.2)
    literal,   // literal
    query,     // path
    function,  // function(operands...)
  };
  Kind kind = Kind::literal;
  std::size_t offset = 0;  // where the expression starts in the query text (bytes)
  std::vector<Expr> operands;
  CompareOp op = CompareOp::eq;
  rapidjson::Value literal;
  Path path;
  const Function* function = nullptr;
  // The I-Regexp argument of match() and search(), compiled with the query when it is a string
  // literal (pattern_known); std::nullopt then means the literal is not a valid I-Regexp.
  bool pattern_known = false;
  std::optional<IRegexp> pattern;

  Type type() const;
};

}  // namespace idp::json::path
