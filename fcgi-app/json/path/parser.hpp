#pragma once
// Recursive-descent parser of RFC 9535 queries (the ABNF of its Appendix A), with the
// well-typedness checks of §2.4.3: a query that is not well-formed and valid is refused with the
// offset of the offending character and what was expected there.
//
// The parser recurses once per filter, parenthesis and function argument nested in another, and
// stops at Limits::max_nesting (at most k_max_nesting); everything else (segments, selectors,
// operands of && and ||) is a loop.
#include <rapidjson/document.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "json/path/ast.hpp"
#include "json/path/lexer.hpp"
#include "json/path/query.hpp"

namespace idp::json::path {

class Parser {
 public:
  static constexpr std::size_t k_max_nesting = 256;  // whatever Limits::max_nesting says

  // String literals are copied into `allocator`, which must outlive the result.
  Parser(std::string_view text, const Limits& limits, rapidjson::MemoryPoolAllocator<>& allocator);

  Expected<Path> parse();

 private:
  // parser.cpp: queries, segments and selectors (§2.1, §2.3, §2.5)
  bool segments(std::vector<Segment>& out);
  bool bracketed(Segment& out);
  bool selector(Selector& out);
  bool index_or_slice(Selector& out);

  // filter_parser.cpp: filter expressions (§2.3.5) and function expressions (§2.4)
  bool logical_expr(Expr& out, bool bare_allowed);
  bool logical_and(Expr& out, bool& bare);
  bool basic_expr(Expr& out, bool& bare);
  bool parenthesized(Expr& out);
  bool primary(Expr& out);
  bool function_call(Expr& out, std::string_view name, std::size_t start);
  bool literal(Expr& out, std::size_t start, std::string_view word);
  bool as_test(Expr& e);
  bool check_comparable(const Expr& e);
  bool check_argument(Expr& arg, const Function& f, std::size_t index);

  Lexer m_lex;
  std::string_view m_text;
  const Limits& m_limits;
  std::size_t m_max_nesting;
  rapidjson::MemoryPoolAllocator<>& m_allocator;
  std::size_t m_depth = 0;
};

}  // namespace idp::json::path
