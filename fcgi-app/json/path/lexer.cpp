#include "json/path/lexer.hpp"

#include "json/path/utf8.hpp"

namespace idp::json::path {
namespace {

constexpr std::int64_t k_max_int = (std::int64_t{1} << 53) - 1;  // I-JSON (RFC 7493 §2.2)

std::string hex_byte(unsigned char c) {
  const char* digits = "0123456789ABCDEF";
  return std::string("U+00") + digits[c >> 4] + digits[c & 0xF];
}

}  // namespace

bool Lexer::eat(char c) {
  if (peek() != c || at_end()) return false;
  ++m_pos;
  return true;
}

bool Lexer::eat(std::string_view s) {
  if (!at(s)) return false;
  m_pos += s.size();
  return true;
}

void Lexer::skip_blank() {
  while (!at_end() && is_blank(m_text[m_pos])) ++m_pos;
}

// §2.3.1.1: string-literal = %x22 *double-quoted %x22 / %x27 *single-quoted %x27
bool Lexer::string_literal(std::string& out) {
  const std::size_t start = m_pos;
  const char quote = m_text[m_pos++];
  out.clear();
  while (true) {
    if (at_end()) return fail(start, std::string("the string has no closing ") + quote);
    const char c = m_text[m_pos];
    if (c == quote) {
      ++m_pos;
      return true;
    }
    if (c == '\\') {
      if (!escape(quote, out)) return false;
      continue;
    }
    // unescaped = %x20-21 / %x23-26 / %x28-5B / %x5D-D7FF / %xE000-10FFFF
    if (static_cast<unsigned char>(c) < 0x20)
      return fail(m_pos, hex_byte(static_cast<unsigned char>(c)) +
                             " must be escaped in a string (\\b \\t \\n \\f \\r or \\u00XX)");
    out += c;
    ++m_pos;
  }
}

// ESC escapable, or ESC and the string's own quote.
bool Lexer::escape(char quote, std::string& out) {
  const std::size_t start = m_pos++;
  if (at_end()) return fail(start, "the escape sequence is incomplete");
  const char c = m_text[m_pos++];
  switch (c) {
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case '/':
    case '\\':
      out += c;
      return true;
    case 'u':
      break;
    default:
      if (c == quote) {
        out += c;
        return true;
      }
      return fail(start, std::string("expected an escape: \\b \\f \\n \\r \\t \\/ \\\\ \\") +
                             quote + " or \\uXXXX");
  }
  std::uint32_t cp = 0;
  if (!hex4(cp)) return false;
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail(start, "a low surrogate \\uDC00-\\uDFFF must follow a high surrogate");
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    // hexchar = non-surrogate / (high-surrogate "\" %x75 low-surrogate)
    std::uint32_t low = 0;
    if (!eat("\\u")) return fail(start, "a high surrogate must be followed by \\u and a low one");
    const std::size_t low_at = m_pos - 2;
    if (!hex4(low)) return false;
    if (low < 0xDC00 || low > 0xDFFF)
      return fail(low_at, "expected a low surrogate \\uDC00-\\uDFFF after a high surrogate");
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  utf8::append(out, cp);
  return true;
}

bool Lexer::hex4(std::uint32_t& out) {
  out = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = peek();
    std::uint32_t d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<std::uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      d = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      d = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return fail(m_pos, "expected four hexadecimal digits after \\u");
    }
    out = out * 16 + d;
    ++m_pos;
  }
  return true;
}

bool Lexer::integer(std::int64_t& out) {
  const std::size_t start = m_pos;
  const bool negative = eat('-');
  if (!is_digit(peek())) return fail(m_pos, "expected a digit");
  if (peek() == '0') {
    if (negative) return fail(start, "-0 is not an integer here (RFC 9535 §2.3.3)");
    if (is_digit(peek(1))) return fail(start, "an integer has no leading zeros");
  }
  std::int64_t value = 0;
  bool too_big = false;
  while (is_digit(peek())) {
    if (!too_big) {
      value = value * 10 + (m_text[m_pos] - '0');
      too_big = value > k_max_int;
    }
    ++m_pos;
  }
  if (too_big)
    return fail(start, "the integer is outside the range -(2^53-1) to 2^53-1 (RFC 9535 §2.1)");
  out = negative ? -value : value;
  return true;
}

bool Lexer::number(std::string_view& out) {
  const std::size_t start = m_pos;
  eat('-');
  if (!is_digit(peek())) return fail(m_pos, "expected a digit");
  if (eat('0')) {
    if (is_digit(peek())) return fail(start, "a number has no leading zeros");
  } else {
    while (is_digit(peek())) ++m_pos;
  }
  if (eat('.')) {
    if (!is_digit(peek())) return fail(m_pos, "expected a digit after the decimal point");
    while (is_digit(peek())) ++m_pos;
  }
  if (eat('e') || eat('E')) {  // ABNF strings are case-insensitive: "e" is e or E
    if (!eat('-')) eat('+');
    if (!is_digit(peek())) return fail(m_pos, "expected a digit in the exponent");
    while (is_digit(peek())) ++m_pos;
  }
  out = m_text.substr(start, m_pos - start);
  return true;
}

std::string_view Lexer::name_shorthand() {
  const std::size_t start = m_pos;
  if (at_end() || !is_name_first(m_text[m_pos])) return {};
  while (!at_end() && (is_name_first(m_text[m_pos]) || is_digit(m_text[m_pos]))) ++m_pos;
  return m_text.substr(start, m_pos - start);
}

std::string_view Lexer::lowercase_word() {
  const std::size_t start = m_pos;
  if (!(peek() >= 'a' && peek() <= 'z')) return {};
  while ((peek() >= 'a' && peek() <= 'z') || peek() == '_' || is_digit(peek())) ++m_pos;
  return m_text.substr(start, m_pos - start);
}

bool Lexer::fail(std::size_t at, std::string message) {
  if (!m_failed) {
    m_failed = true;
    m_error_at = at;
    m_error = std::move(message);
  }
  return false;
}

std::string Lexer::error() const {
  // The offset in characters: the bytes before it that do not continue a UTF-8 sequence.
  std::size_t characters = 0;
  for (std::size_t i = 0; i < m_error_at && i < m_text.size(); ++i)
    if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++characters;
  return std::string("at ").append(std::to_string(characters)).append(": ").append(m_error);
}

}  // namespace idp::json::path
