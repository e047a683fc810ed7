#pragma once
// The NFA an I-Regexp compiles to (iregexp.cpp) and the matcher runs (iregexp_match.cpp).
#include <cstdint>
#include <utility>
#include <vector>

#include "json/path/iregexp.hpp"
#include "json/path/unicode_category.hpp"

namespace idp::json::path {

// One position of the pattern that consumes a character: a literal, ".", an escape or a
// bracketed class.
struct CharClass {
  std::vector<std::pair<char32_t, char32_t>> ranges;  // sorted, disjoint, inclusive
  CategoryMask categories = 0;                        // \p{..}
  std::vector<CategoryMask> complements;              // each \P{..}
  bool negated = false;                               // [^..] and "."

  bool matches(char32_t c) const;
  // Sorts and merges the ranges, so that matches() can search them.
  void normalize();
};

enum class Op : std::uint8_t {
  consume,       // the character must be in classes[a]; then go to the next instruction
  split,         // go on at both a and b
  jump,          // go on at a
  assert_start,  // "^": go on only at the start of the subject
  assert_end,    // "$": go on only at the end of the subject
  accept,
};

struct Instruction {
  Op op;
  std::uint32_t a = 0;
  std::uint32_t b = 0;
};

struct IRegexp::Program {
  std::vector<Instruction> code;  // starts at 0
  std::vector<CharClass> classes;
};

}  // namespace idp::json::path
