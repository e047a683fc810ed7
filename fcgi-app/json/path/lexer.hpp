#pragma once
// The characters of a query, and the tokens RFC 9535 spells out character by character: blank
// space (§2.1), string literals (§2.3.1.1), integers (§2.3.3), number literals (§2.3.5.1),
// member-name-shorthand (§2.5.1.1) and function names (§2.4). The parser above it decides what
// may come where.
//
// The text has been checked to be UTF-8 before, so a byte >= 0x80 is always part of a valid
// non-ASCII character. Errors name the character offset (0-based, in code points) and what was
// expected there; the first error is kept.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace idp::json::path {

class Lexer {
 public:
  explicit Lexer(std::string_view text) : m_text(text) {}

  std::size_t pos() const { return m_pos; }
  void seek(std::size_t pos) { m_pos = pos; }
  bool at_end() const { return m_pos >= m_text.size(); }
  // The byte `ahead` bytes on, or '\0' past the end (a NUL in the query is invalid anywhere, so
  // it never matches what the parser looks for).
  char peek(std::size_t ahead = 0) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
  }
  bool at(std::string_view s) const { return m_text.substr(m_pos, s.size()) == s; }
  bool eat(char c);
  bool eat(std::string_view s);

  // S = *B, B = space / tab / LF / CR
  void skip_blank();
  static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  // name-first = ALPHA / "_" / non-ASCII
  static bool is_name_first(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  // At a quote: the unescaped string.
  bool string_literal(std::string& out);
  // int = "0" / (["-"] DIGIT1 *DIGIT), within ±(2^53−1) (§2.1).
  bool integer(std::int64_t& out);
  // number = (int / "-0") [ frac ] [ exp ]: its text.
  bool number(std::string_view& out);
  // member-name-shorthand; empty when there is none here.
  std::string_view name_shorthand();
  // LCALPHA *( LCALPHA / "_" / DIGIT ); empty when there is none here.
  std::string_view lowercase_word();

  bool fail(std::size_t at, std::string message);
  bool failed() const { return m_failed; }
  // "at 7: expected a name or '*' after '.'"
  std::string error() const;

 private:
  bool escape(char quote, std::string& out);
  bool hex4(std::uint32_t& out);

  std::string_view m_text;
  std::size_t m_pos = 0;
  bool m_failed = false;
  std::size_t m_error_at = 0;
  std::string m_error;
};

}  // namespace idp::json::path
