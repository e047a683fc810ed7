// I-Regexp parser and compiler (RFC 9485 §3 syntax) to the NFA of iregexp_program.hpp.
#include "json/path/iregexp.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "json/path/iregexp_program.hpp"
#include "json/path/utf8.hpp"

namespace idp::json::path {
namespace {

constexpr std::uint32_t k_unbounded = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t k_too_many = IRegexp::k_max_states + 1;

// Saturating at k_too_many, so that sizes of huge expansions never overflow.
std::size_t add(std::size_t a, std::size_t b) {
  return std::min(a + b, k_too_many);
}
std::size_t mul(std::size_t a, std::size_t b) {
  if (a != 0 && b > k_too_many / a) return k_too_many;
  return std::min(a * b, k_too_many);
}

// The pattern as a tree, before it becomes instructions.
struct Node {
  enum class Kind { character, anchor, sequence, alternation, repetition };
  Kind kind = Kind::sequence;
  std::uint32_t class_index = 0;   // character
  Op anchor = Op::assert_start;    // anchor
  std::uint32_t min = 1, max = 1;  // repetition; max may be k_unbounded
  std::vector<Node> children;
  std::size_t states = 0;  // instructions it compiles to
};

class Parser {
 public:
  Parser(std::u32string pattern, IRegexp::Program& program)
      : m_p(std::move(pattern)), m_program(program) {}

  bool parse(Node& root) {
    if (!alternation(root, 0)) return false;
    if (m_i < m_p.size()) return fail("')' without a matching '('");
    return true;
  }

  std::string error() const {
    return std::string("at ").append(std::to_string(m_error_at)).append(": ").append(m_error);
  }

 private:
  // i-regexp = branch *( "|" branch )
  bool alternation(Node& out, std::size_t depth) {
    if (depth > IRegexp::k_max_depth)
      return fail(std::string("groups are nested more than ")
                      .append(std::to_string(IRegexp::k_max_depth))
                      .append(" deep"));
    Node first;
    if (!branch(first, depth)) return false;
    if (!at('|')) {
      out = std::move(first);
      return true;
    }
    out.kind = Node::Kind::alternation;
    out.states = first.states;
    out.children.push_back(std::move(first));
    while (at('|')) {
      ++m_i;
      Node next;
      if (!branch(next, depth)) return false;
      out.states = add(out.states, add(next.states, 2));  // a split and a jump per branch
      out.children.push_back(std::move(next));
    }
    return within_limit(out.states);
  }

  // branch = *piece; piece = atom [ quantifier ]
  bool branch(Node& out, std::size_t depth) {
    out.kind = Node::Kind::sequence;
    while (m_i < m_p.size() && !at('|') && !at(')')) {
      Node piece;
      if (!atom(piece, depth) || !quantifier(piece)) return false;
      out.states = add(out.states, piece.states);
      if (!within_limit(out.states)) return false;
      out.children.push_back(std::move(piece));
    }
    return true;
  }

  bool atom(Node& out, std::size_t depth) {
    const char32_t c = m_p[m_i];
    CharClass cls;
    switch (c) {
      case '(':
        ++m_i;
        if (!alternation(out, depth + 1)) return false;
        if (!at(')')) return fail("expected ')'");
        ++m_i;
        return true;
      case '.':  // RFC 9485 §5.3: any character but LF and CR
        ++m_i;
        cls.negated = true;
        cls.ranges = {{'\n', '\n'}, {'\r', '\r'}};
        break;
      case '[':
        if (!bracketed(cls)) return false;
        break;
      case '\\':
        if (m_i + 1 < m_p.size() && (m_p[m_i + 1] == 'p' || m_p[m_i + 1] == 'P')) {
          if (!category(cls)) return false;
        } else {
          ++m_i;
          char32_t e = 0;
          if (!single_escape(e)) return false;
          cls.ranges = {{e, e}};
        }
        break;
      case '*':
      case '+':
      case '?':
      case '{':
        return fail(std::string("nothing to repeat before '") + static_cast<char>(c) + '\'');
      case '^':
      case '$':
        ++m_i;
        out.kind = Node::Kind::anchor;
        out.anchor = c == '^' ? Op::assert_start : Op::assert_end;
        out.states = 1;
        return true;
      case ']':
      case '}':
        return fail(std::string(1, '\'') + static_cast<char>(c) + "' must be escaped");
      default:  // NormalChar
        ++m_i;
        cls.ranges = {{c, c}};
        break;
    }
    out.kind = Node::Kind::character;
    out.class_index = static_cast<std::uint32_t>(m_program.classes.size());
    out.states = 1;
    cls.normalize();
    m_program.classes.push_back(std::move(cls));
    return true;
  }

  // quantifier = "*" / "+" / "?" / "{" QuantExact [ "," [ QuantExact ] ] "}"
  bool quantifier(Node& piece) {
    if (m_i >= m_p.size()) return true;
    const char32_t c = m_p[m_i];
    std::uint32_t min = 0, max = 0;
    if (c == '*' || c == '+' || c == '?') {
      ++m_i;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : k_unbounded;
    } else if (c == '{') {
      ++m_i;
      if (!number(min)) return fail("expected a number after '{'");
      max = min;
      if (at(',')) {
        ++m_i;
        max = k_unbounded;
        if (m_i < m_p.size() && m_p[m_i] >= '0' && m_p[m_i] <= '9') number(max);
      }
      if (!at('}')) return fail("expected '}' to close the repetition");
      ++m_i;
      if (max < min) return fail("the upper bound of a repetition is below its lower bound");
    } else {
      return true;
    }
    Node repeated;
    repeated.kind = Node::Kind::repetition;
    repeated.min = min;
    repeated.max = max;
    const std::size_t s = piece.states;
    if (s != 0)
      repeated.states = add(mul(min, s), max == k_unbounded ? s + 2 : mul(max - min, s + 1));
    repeated.children.push_back(std::move(piece));
    piece = std::move(repeated);
    return within_limit(piece.states);
  }

  // QuantExact, saturated just below k_unbounded: beyond a few thousand it is refused anyway
  // (unless what it repeats is empty, when it does not matter).
  bool number(std::uint32_t& out) {
    const std::size_t start = m_i;
    std::uint64_t value = 0;
    while (m_i < m_p.size() && m_p[m_i] >= '0' && m_p[m_i] <= '9')
      value = std::min<std::uint64_t>(value * 10 + (m_p[m_i++] - '0'), k_unbounded - 1);
    out = static_cast<std::uint32_t>(value);
    return m_i > start;
  }

  // charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"
  // CCE1 = ( CCchar [ "-" CCchar ] ) / charClassEsc
  bool bracketed(CharClass& out) {
    ++m_i;
    if (at('^')) {
      out.negated = true;
      ++m_i;
    }
    for (bool first = true;; first = false) {
      if (m_i >= m_p.size()) return fail("expected ']' to close the class");
      const char32_t c = m_p[m_i];
      if (c == ']') {
        if (first) return fail("a class needs at least one character");
        ++m_i;
        return true;
      }
      if (c == '-') {
        // Unescaped, "-" is a character only first or last in the class.
        if (!first && !(m_i + 1 < m_p.size() && m_p[m_i + 1] == ']'))
          return fail("'-' must be escaped, or be first or last in a class");
        out.ranges.emplace_back('-', '-');
        ++m_i;
        continue;
      }
      if (c == '\\' && m_i + 1 < m_p.size() && (m_p[m_i + 1] == 'p' || m_p[m_i + 1] == 'P')) {
        if (!category(out)) return false;
        continue;
      }
      char32_t low = 0, high = 0;
      if (!class_char(low)) return false;
      high = low;
      if (at('-') && m_i + 1 < m_p.size() && m_p[m_i + 1] != ']') {
        ++m_i;
        if (!class_char(high)) return false;
        if (high < low) return fail("the range ends before it starts");
      }
      out.ranges.emplace_back(low, high);
    }
  }

  // CCchar: any character but "-", "[", "\", "]", or a SingleCharEsc.
  bool class_char(char32_t& out) {
    const char32_t c = m_p[m_i];
    if (c == '\\') {
      ++m_i;
      return single_escape(out);
    }
    if (c == '-' || c == '[' || c == ']')
      return fail(std::string(1, '\'') + static_cast<char>(c) + "' must be escaped in a class");
    out = c;
    ++m_i;
    return true;
  }

  // SingleCharEsc, after its "\".
  bool single_escape(char32_t& out) {
    if (m_i >= m_p.size()) return fail("'\\' at the end of the pattern");
    const char32_t c = m_p[m_i];
    static constexpr std::u32string_view k_itself = U"()*+-.?[\\]^{|}";
    if (k_itself.find(c) != std::u32string_view::npos) {
      out = c;
    } else if (c == 'n') {
      out = '\n';
    } else if (c == 'r') {
      out = '\r';
    } else if (c == 't') {
      out = '\t';
    } else {
      return fail("unknown escape (I-Regexp has no \\d, \\w, \\s, \\u or back-references)");
    }
    ++m_i;
    return true;
  }

  // catEsc = "\p{" charProp "}", complEsc = "\P{" charProp "}"
  bool category(CharClass& out) {
    const bool complement = m_p[m_i + 1] == 'P';
    m_i += 2;
    if (!at('{')) return fail("expected '{' after \\p or \\P");
    ++m_i;
    std::string name;
    while (m_i < m_p.size() && m_p[m_i] != '}' && name.size() < 3) {
      const char32_t c = m_p[m_i++];
      name += c < 0x80 ? static_cast<char>(c) : '?';
    }
    const CategoryMask mask = category_mask(name);
    if (mask == 0) return fail("unknown Unicode category (expected L, Lu, Nd, P, …)");
    if (!at('}')) return fail("expected '}' after the category");
    ++m_i;
    if (complement)
      out.complements.push_back(mask);
    else
      out.categories |= mask;
    return true;
  }

  bool within_limit(std::size_t states) {
    if (states < k_too_many) return true;
    return fail(std::string("the pattern expands to more than ")
                    .append(std::to_string(IRegexp::k_max_states))
                    .append(" states (counted repetitions multiply)"));
  }

  bool at(char32_t c) const { return m_i < m_p.size() && m_p[m_i] == c; }

  bool fail(std::string message) {
    if (m_error.empty()) {
      m_error = std::move(message);
      m_error_at = m_i;
    }
    return false;
  }

  std::u32string m_p;
  std::size_t m_i = 0;
  IRegexp::Program& m_program;
  std::string m_error;
  std::size_t m_error_at = 0;
};

void emit(const Node& n, std::vector<Instruction>& code) {
  auto here = [&] { return static_cast<std::uint32_t>(code.size()); };
  switch (n.kind) {
    case Node::Kind::character:
      code.push_back({Op::consume, n.class_index, 0});
      return;
    case Node::Kind::anchor:
      code.push_back({n.anchor, 0, 0});
      return;
    case Node::Kind::sequence:
      for (const Node& child : n.children) emit(child, code);
      return;
    case Node::Kind::alternation: {
      std::vector<std::uint32_t> jumps;
      for (std::size_t i = 0; i < n.children.size(); ++i) {
        if (i + 1 == n.children.size()) {
          emit(n.children[i], code);
          break;
        }
        const std::uint32_t split = here();
        code.push_back({Op::split, split + 1, 0});
        emit(n.children[i], code);
        jumps.push_back(here());
        code.push_back({Op::jump, 0, 0});
        code[split].b = here();
      }
      for (std::uint32_t j : jumps) code[j].a = here();
      return;
    }
    case Node::Kind::repetition: {
      const Node& body = n.children.front();
      if (body.states == 0) return;  // "(){1000}" repeats nothing
      for (std::uint32_t i = 0; i < n.min; ++i) emit(body, code);
      if (n.max == k_unbounded) {
        const std::uint32_t loop = here();
        code.push_back({Op::split, loop + 1, 0});
        emit(body, code);
        code.push_back({Op::jump, loop, 0});
        code[loop].b = here();
        return;
      }
      std::vector<std::uint32_t> splits;
      for (std::uint32_t i = n.min; i < n.max; ++i) {
        splits.push_back(here());
        code.push_back({Op::split, here() + 1, 0});
        emit(body, code);
      }
      for (std::uint32_t s : splits) code[s].b = here();
      return;
    }
  }
}

}  // namespace

Expected<IRegexp> IRegexp::compile(std::string_view pattern) {
  if (pattern.size() > k_max_pattern)
    return fail(std::string("the pattern is longer than ")
                    .append(std::to_string(k_max_pattern))
                    .append(" bytes"));
  std::u32string decoded;
  for (std::size_t i = 0; i < pattern.size();) {
    const utf8::Decoded d = utf8::next(pattern, i);
    if (!d.valid)
      return fail(
          std::string("at ").append(std::to_string(decoded.size())).append(": not valid UTF-8"));
    decoded += d.code_point;
  }
  auto program = std::make_shared<Program>();
  Parser parser(std::move(decoded), *program);
  Node root;
  if (!parser.parse(root)) return fail(parser.error());
  program->code.reserve(root.states + 1);
  emit(root, program->code);
  program->code.push_back({Op::accept, 0, 0});
  return IRegexp(std::move(program));
}

std::size_t IRegexp::states() const {
  return m_program->code.size();
}

}  // namespace idp::json::path
