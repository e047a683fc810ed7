// Filter expressions (RFC 9535 §2.3.5) and function expressions (§2.4), with the well-typedness
// rules of §2.4.3: what may be compared, what may be tested, what each function parameter takes.
#include <string>

#include "json/path/functions.hpp"
#include "json/path/message.hpp"
#include "json/path/parser.hpp"

namespace idp::json::path {
namespace {

// Restores the nesting depth when a nested expression is done.
class Nested {
 public:
  explicit Nested(std::size_t& depth) : m_depth(depth) { ++m_depth; }
  ~Nested() { --m_depth; }
  Nested(const Nested&) = delete;
  Nested& operator=(const Nested&) = delete;

 private:
  std::size_t& m_depth;
};

std::string called(const Function& f) {
  return message(f.name, "()");
}

std::string type_name(Type t) {
  switch (t) {
    case Type::value:
      return "a value (ValueType)";
    case Type::logical:
      return "a LogicalType";
    case Type::nodes:
      return "a NodesType";
  }
  return {};
}

Expr combine(Expr::Kind kind, Expr first) {
  Expr e;
  e.kind = kind;
  e.offset = first.offset;
  e.operands.push_back(std::move(first));
  return e;
}

}  // namespace

// logical-expr = logical-or-expr
// logical-or-expr = logical-and-expr *(S "||" S logical-and-expr)
// A "bare" expression is a single literal, query or function call without an operator: allowed
// as a function argument (when `bare_allowed`), otherwise it must be a test (§2.3.5.1 test-expr).
bool Parser::logical_expr(Expr& out, bool bare_allowed) {
  Nested nested(m_depth);
  if (m_depth > m_max_nesting)
    return m_lex.fail(m_lex.pos(),
                      message("filters, parentheses and function arguments are nested more than ",
                              std::to_string(m_max_nesting), " deep"));
  bool bare = false;
  if (!logical_and(out, bare)) return false;
  std::size_t before = m_lex.pos();
  m_lex.skip_blank();
  if (m_lex.at("||")) {
    if (bare && !as_test(out)) return false;
    out = combine(Expr::Kind::logical_or, std::move(out));
    while (m_lex.eat("||")) {
      m_lex.skip_blank();
      Expr next;
      if (!logical_and(next, bare) || (bare && !as_test(next))) return false;
      out.operands.push_back(std::move(next));
      before = m_lex.pos();
      m_lex.skip_blank();
    }
    bare = false;
  }
  m_lex.seek(before);
  return !bare || bare_allowed || as_test(out);
}

// logical-and-expr = basic-expr *(S "&&" S basic-expr)
bool Parser::logical_and(Expr& out, bool& bare) {
  if (!basic_expr(out, bare)) return false;
  std::size_t before = m_lex.pos();
  m_lex.skip_blank();
  if (m_lex.at("&&")) {
    if (bare && !as_test(out)) return false;
    out = combine(Expr::Kind::logical_and, std::move(out));
    while (m_lex.eat("&&")) {
      m_lex.skip_blank();
      Expr next;
      bool next_bare = false;
      if (!basic_expr(next, next_bare) || (next_bare && !as_test(next))) return false;
      out.operands.push_back(std::move(next));
      before = m_lex.pos();
      m_lex.skip_blank();
    }
    bare = false;
  }
  m_lex.seek(before);
  return true;
}

// basic-expr = paren-expr / comparison-expr / test-expr
// paren-expr = [logical-not-op S] "(" S logical-expr S ")"
// test-expr = [logical-not-op S] (filter-query / function-expr)
// comparison-expr = comparable S comparison-op S comparable
bool Parser::basic_expr(Expr& out, bool& bare) {
  bare = false;
  const std::size_t start = m_lex.pos();
  if (m_lex.eat('!')) {
    m_lex.skip_blank();
    Expr operand;
    if (m_lex.peek() == '(') {
      if (!parenthesized(operand)) return false;
    } else {
      if (!primary(operand)) return false;
      if (operand.kind == Expr::Kind::literal)
        return m_lex.fail(start, "'!' must be followed by a query, a function or '('");
      if (!as_test(operand)) return false;
      // "!@.a == 1" is not "!(@.a == 1)": logical-not-op only precedes a test or parentheses.
      const std::size_t after = m_lex.pos();
      m_lex.skip_blank();
      for (std::string_view op : {"==", "!=", "<", ">"})
        if (m_lex.at(op))
          return m_lex.fail(start, "'!' cannot negate a comparison: write !(a == b)");
      m_lex.seek(after);
    }
    out = combine(Expr::Kind::logical_not, std::move(operand));
    out.offset = start;
    return true;
  }
  if (m_lex.peek() == '(') return parenthesized(out);
  if (!primary(out)) return false;
  const std::size_t before = m_lex.pos();
  m_lex.skip_blank();
  // comparison-op = "==" / "!=" / "<=" / ">=" / "<" / ">"
  static constexpr std::pair<std::string_view, CompareOp> k_ops[] = {
      {"==", CompareOp::eq}, {"!=", CompareOp::ne}, {"<=", CompareOp::le},
      {">=", CompareOp::ge}, {"<", CompareOp::lt},  {">", CompareOp::gt},
  };
  for (const auto& [text, op] : k_ops) {
    if (!m_lex.eat(text)) continue;
    if (!check_comparable(out)) return false;
    m_lex.skip_blank();
    Expr right;
    if (!primary(right) || !check_comparable(right)) return false;
    out = combine(Expr::Kind::comparison, std::move(out));
    out.op = op;
    out.operands.push_back(std::move(right));
    return true;
  }
  m_lex.seek(before);
  bare = true;
  return true;
}

bool Parser::parenthesized(Expr& out) {
  m_lex.eat('(');
  m_lex.skip_blank();
  if (!logical_expr(out, false)) return false;
  m_lex.skip_blank();
  if (!m_lex.eat(')'))
    return m_lex.fail(m_lex.pos(), "expected an operator, or ')' to close the parenthesis");
  return true;
}

// A comparable, a test or an argument: a query, a literal or a function expression.
bool Parser::primary(Expr& out) {
  const std::size_t start = m_lex.pos();
  out.offset = start;
  const char c = m_lex.peek();
  if (c == '@' || c == '$') {  // filter-query = rel-query / jsonpath-query
    m_lex.eat(c);
    out.kind = Expr::Kind::query;
    out.path.relative = c == '@';
    return segments(out.path.segments);
  }
  if (c == '\'' || c == '"') {
    std::string s;
    if (!m_lex.string_literal(s)) return false;
    out.kind = Expr::Kind::literal;
    out.literal.SetString(s.data(), static_cast<rapidjson::SizeType>(s.size()), m_allocator);
    return true;
  }
  if (c == '-' || Lexer::is_digit(c)) return literal(out, start, {});
  const std::string_view word = m_lex.lowercase_word();
  if (!word.empty() && m_lex.peek() == '(') return function_call(out, word, start);
  if (word == "true" || word == "false" || word == "null") return literal(out, start, word);
  if (!word.empty() && find_function(word) != nullptr && Lexer::is_blank(m_lex.peek()))
    return m_lex.fail(m_lex.pos(), "expected '(' right after the function name (no blank space)");
  if (!word.empty())
    return m_lex.fail(start, message("unknown word: expected true, false, null or a function (",
                                     function_names(), ")"));
  return m_lex.fail(start,
                    "expected a query ('@' or '$'), a literal (a string, a number, true, false, "
                    "null), a function, '!' or '('");
}

// literal = number / string-literal / true / false / null (the string is read by primary()).
bool Parser::literal(Expr& out, std::size_t start, std::string_view word) {
  out.kind = Expr::Kind::literal;
  if (word == "true" || word == "false") {
    out.literal.SetBool(word == "true");
    return true;
  }
  if (word == "null") return true;
  std::string_view number;
  if (!m_lex.number(number)) return false;
  // The grammar of a number is JSON's (RFC 8259 §6), so RapidJSON converts it.
  rapidjson::Document parsed;
  parsed.Parse(number.data(), number.size());
  if (parsed.HasParseError() || !parsed.IsNumber())
    return m_lex.fail(start, "the number is too large");
  out.literal.CopyFrom(parsed, m_allocator);
  return true;
}

// function-expr = function-name "(" S [function-argument *(S "," S function-argument)] S ")"
bool Parser::function_call(Expr& out, std::string_view name, std::size_t start) {
  const Function* f = find_function(name);
  if (f == nullptr)
    return m_lex.fail(
        start, message("unknown function '", name, "' (the functions are ", function_names(), ")"));
  out.kind = Expr::Kind::function;
  out.function = f;
  m_lex.eat('(');
  m_lex.skip_blank();
  if (!m_lex.eat(')')) {
    while (true) {
      Expr arg;
      if (!logical_expr(arg, true)) return false;
      out.operands.push_back(std::move(arg));
      m_lex.skip_blank();
      if (m_lex.eat(')')) break;
      if (!m_lex.eat(','))
        return m_lex.fail(m_lex.pos(),
                          message("expected ',' or ')' after an argument of ", called(*f)));
      m_lex.skip_blank();
    }
  }
  if (out.operands.size() != f->arity)
    return m_lex.fail(start, message(called(*f), " takes ", std::to_string(f->arity),
                                     f->arity == 1 ? " argument" : " arguments", ", not ",
                                     std::to_string(out.operands.size())));
  for (std::size_t i = 0; i < f->arity; ++i)
    if (!check_argument(out.operands[i], *f, i)) return false;
  if (f->regex && out.operands[1].kind == Expr::Kind::literal) {
    out.pattern_known = true;
    const rapidjson::Value& p = out.operands[1].literal;
    if (p.IsString()) {
      auto compiled = IRegexp::compile({p.GetString(), p.GetStringLength()});
      if (compiled) out.pattern = std::move(*compiled);
    }
  }
  return true;
}

// §2.4.3: a test-expr is a query (existence), or a function whose result is LogicalType, or
// NodesType (converted by §2.4.2).
bool Parser::as_test(Expr& e) {
  switch (e.kind) {
    case Expr::Kind::literal:
      return m_lex.fail(e.offset,
                        "a literal must be compared with something (a test needs a "
                        "query or a function returning LogicalType or NodesType)");
    case Expr::Kind::query:
      e = combine(Expr::Kind::exists, std::move(e));
      return true;
    case Expr::Kind::function:
      if (e.function->result == Type::nodes) e = combine(Expr::Kind::exists, std::move(e));
      if (e.type() == Type::value)
        return m_lex.fail(e.offset, message(called(*e.function),
                                            " returns a value, which must be compared with "
                                            "something"));
      return true;
    default:
      return true;
  }
}

// comparable = literal / singular-query / function-expr (of ValueType)
bool Parser::check_comparable(const Expr& e) {
  if (e.kind == Expr::Kind::query && !e.path.singular())
    return m_lex.fail(e.offset,
                      "a query compared with something must be singular: only names "
                      "and indices, one per segment (RFC 9535 §2.3.5.1)");
  if (e.kind == Expr::Kind::function && e.function->result != Type::value)
    return m_lex.fail(e.offset,
                      message(called(*e.function), " returns ", type_name(e.function->result),
                              ", which cannot be compared"));
  return true;
}

// §2.4.3: each argument must suit the declared type of its parameter.
bool Parser::check_argument(Expr& arg, const Function& f, std::size_t index) {
  const std::string which = message("argument ", std::to_string(index + 1), " of ", called(f));
  switch (f.parameters[index]) {
    case Type::value:
      if ((arg.kind == Expr::Kind::query && arg.path.singular()) || arg.type() == Type::value)
        return true;
      return m_lex.fail(arg.offset, message(which,
                                            " must be a value: a literal, a singular query or a "
                                            "function returning a value"));
    case Type::logical:
      if (arg.kind == Expr::Kind::function && arg.function->result == Type::logical) return true;
      return as_test(arg);
    case Type::nodes:
      if (arg.kind == Expr::Kind::query) return true;
      return m_lex.fail(arg.offset, message(which, " must be a query"));
  }
  return false;
}

}  // namespace idp::json::path
