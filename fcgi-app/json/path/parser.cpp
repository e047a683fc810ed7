// Queries, segments and selectors: RFC 9535 §2.1, §2.3 and §2.5.
#include "json/path/parser.hpp"

#include <algorithm>
#include <string>

#include "json/path/utf8.hpp"

namespace idp::json::path {

Parser::Parser(std::string_view text, const Limits& limits,
               rapidjson::MemoryPoolAllocator<>& allocator)
    : m_lex(text),
      m_text(text),
      m_limits(limits),
      m_max_nesting(std::min(limits.max_nesting, k_max_nesting)),
      m_allocator(allocator) {}

// jsonpath-query = root-identifier segments
Expected<Path> Parser::parse() {
  if (m_text.size() > m_limits.max_query_bytes)
    return fail(std::string("the query is longer than ")
                    .append(std::to_string(m_limits.max_query_bytes))
                    .append(" bytes"));
  if (const std::size_t bad = utf8::first_invalid(m_text); bad < m_text.size()) {
    m_lex.fail(bad, "the query is not valid UTF-8");
    return fail(m_lex.error());
  }
  Path path;
  if (!m_lex.eat('$')) {
    m_lex.fail(0, "expected '$' at the start of the query (no blank space before it)");
    return fail(m_lex.error());
  }
  if (segments(path.segments) && !m_lex.at_end())
    m_lex.fail(m_lex.pos(),
               "expected a segment ('.', '..' or '[') or the end of the query (no blank space "
               "after it)");
  if (m_lex.failed()) return fail(m_lex.error());
  return path;
}

// segments = *(S segment). Blank space is consumed only when a segment follows it: after the
// last segment it belongs to whatever encloses the query ("$ " alone is not a query).
bool Parser::segments(std::vector<Segment>& out) {
  while (true) {
    const std::size_t before = m_lex.pos();
    m_lex.skip_blank();
    Segment segment;
    if (m_lex.peek() == '[') {
      if (!bracketed(segment)) return false;
    } else if (m_lex.eat("..")) {
      // descendant-segment = ".." (bracketed-selection / wildcard-selector /
      //                            member-name-shorthand)
      segment.descendant = true;
      if (m_lex.peek() == '[') {
        if (!bracketed(segment)) return false;
      } else if (m_lex.eat('*')) {
        segment.selectors.push_back({Selector::Kind::wildcard, {}, 0, {}, nullptr});
      } else if (std::string_view name = m_lex.name_shorthand(); !name.empty()) {
        segment.selectors.push_back({Selector::Kind::name, std::string(name), 0, {}, nullptr});
      } else {
        return m_lex.fail(m_lex.pos(), "expected '[', '*' or a name right after '..'");
      }
    } else if (m_lex.eat('.')) {
      // "." (wildcard-selector / member-name-shorthand)
      if (m_lex.eat('*')) {
        segment.selectors.push_back({Selector::Kind::wildcard, {}, 0, {}, nullptr});
      } else if (std::string_view name = m_lex.name_shorthand(); !name.empty()) {
        segment.selectors.push_back({Selector::Kind::name, std::string(name), 0, {}, nullptr});
      } else {
        return m_lex.fail(m_lex.pos(), "expected a name or '*' after '.'");
      }
    } else {
      m_lex.seek(before);
      return true;
    }
    out.push_back(std::move(segment));
  }
}

// bracketed-selection = "[" S selector *(S "," S selector) S "]"
bool Parser::bracketed(Segment& out) {
  m_lex.eat('[');
  auto skip_blank = [&] {
    const std::size_t before = m_lex.pos();
    m_lex.skip_blank();
    if (m_lex.pos() != before) out.blank_in_brackets = true;
  };
  skip_blank();
  while (true) {
    Selector s;
    if (!selector(s)) return false;
    const bool filter = s.kind == Selector::Kind::filter;
    out.selectors.push_back(std::move(s));
    skip_blank();
    if (m_lex.eat(']')) return true;
    if (!m_lex.eat(',')) {
      return m_lex.fail(m_lex.pos(), filter ? "expected an operator, or ',' or ']' after the filter"
                                            : "expected ',' or ']' after the selector");
    }
    m_lex.skip_blank();
  }
}

bool Parser::selector(Selector& out) {
  const char c = m_lex.peek();
  if (c == '\'' || c == '"') {  // name-selector = string-literal
    out.kind = Selector::Kind::name;
    return m_lex.string_literal(out.name);
  }
  if (m_lex.eat('*')) {
    out.kind = Selector::Kind::wildcard;
    return true;
  }
  if (m_lex.eat('?')) {  // filter-selector = "?" S logical-expr
    out.kind = Selector::Kind::filter;
    m_lex.skip_blank();
    out.filter = std::make_unique<Expr>();
    return logical_expr(*out.filter, false);
  }
  if (c == '-' || c == ':' || Lexer::is_digit(c)) return index_or_slice(out);
  return m_lex.fail(m_lex.pos(),
                    "expected a selector: a quoted name, '*', an index, a slice, or '?' and a "
                    "filter");
}

// index-selector = int
// slice-selector = [start S] ":" S [end S] [":" [S step ]]
bool Parser::index_or_slice(Selector& out) {
  std::int64_t start = 0;
  const bool has_start = m_lex.peek() != ':';
  if (has_start && !m_lex.integer(start)) return false;
  const std::size_t after_start = m_lex.pos();
  m_lex.skip_blank();
  if (!m_lex.eat(':')) {
    m_lex.seek(after_start);
    out.kind = Selector::Kind::index;
    out.index = start;
    return true;
  }
  out.kind = Selector::Kind::slice;
  if (has_start) out.slice.start = start;
  m_lex.skip_blank();
  auto at_int = [&] { return m_lex.peek() == '-' || Lexer::is_digit(m_lex.peek()); };
  if (at_int()) {
    std::int64_t end = 0;
    if (!m_lex.integer(end)) return false;
    out.slice.end = end;
    m_lex.skip_blank();
  }
  if (m_lex.eat(':')) {
    m_lex.skip_blank();
    if (at_int() && !m_lex.integer(out.slice.step)) return false;
  }
  return true;
}

}  // namespace idp::json::path
