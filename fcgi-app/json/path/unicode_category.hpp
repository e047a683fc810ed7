#pragma once
// Unicode General Category of a code point, for the \p{..} and \P{..} escapes of I-Regexp
// (RFC 9485 §3: charProp = IsCategory). The table is generated (unicode_category_table.cpp).
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace idp::json::path {

// The order is the table's encoding: do not reorder without regenerating the table.
// clang-format off
enum class GeneralCategory : std::uint8_t {
  Lu, Ll, Lt, Lm, Lo,          // letters
  Mn, Mc, Me,                  // marks
  Nd, Nl, No,                  // numbers
  Pc, Pd, Ps, Pe, Pi, Pf, Po,  // punctuation
  Sm, Sc, Sk, So,              // symbols
  Zs, Zl, Zp,                  // separators
  Cc, Cf, Cs, Co, Cn,          // others (Cn: unassigned)
};
// clang-format on

// A set of categories as a bit mask (bit n = category n).
using CategoryMask = std::uint32_t;

GeneralCategory general_category(char32_t code_point);

// The categories an RFC 9485 charProp names ("L" is Lu|Ll|Lt|Lm|Lo, "Lu" is Lu alone), or 0 when
// `name` is not one of them.
CategoryMask category_mask(std::string_view name);

inline bool in_categories(CategoryMask mask, char32_t code_point) {
  return (mask >> static_cast<unsigned>(general_category(code_point))) & 1u;
}

extern const std::uint32_t k_general_category_runs[];
extern const std::size_t k_general_category_run_count;

}  // namespace idp::json::path
