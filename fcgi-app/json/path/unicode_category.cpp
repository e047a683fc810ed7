#include "json/path/unicode_category.hpp"

#include <algorithm>
#include <array>

namespace idp::json::path {
namespace {

constexpr std::string_view k_names[] = {
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
};

GeneralCategory search_table(char32_t code_point) {
  const std::uint32_t* begin = k_general_category_runs;
  const std::uint32_t* end = begin + k_general_category_run_count;
  // The last run that starts at or before the code point; entries compare by their start because
  // the category sits in the low 5 bits.
  const std::uint32_t key = (static_cast<std::uint32_t>(code_point) << 5) | 0x1F;
  const std::uint32_t* run = std::upper_bound(begin, end, key) - 1;
  return static_cast<GeneralCategory>(*run & 0x1F);
}

}  // namespace

GeneralCategory general_category(char32_t code_point) {
  // Most subjects are mostly Latin-1: a direct table spares the binary search over ~4000 runs.
  static const std::array<GeneralCategory, 256> k_latin1 = [] {
    std::array<GeneralCategory, 256> table{};
    for (char32_t c = 0; c < table.size(); ++c) table[c] = search_table(c);
    return table;
  }();
  if (code_point < k_latin1.size()) return k_latin1[code_point];
  if (code_point > 0x10FFFF) return GeneralCategory::Cn;
  return search_table(code_point);
}

CategoryMask category_mask(std::string_view name) {
  // RFC 9485 §3: a one-letter name is the union of its two-letter categories; the two-letter names
  // are those of the ABNF (Cs, surrogates, is not among them: no string holds one).
  if (name.size() == 1) {
    CategoryMask mask = 0;
    for (std::size_t i = 0; i < std::size(k_names); ++i)
      if (k_names[i][0] == name[0] && k_names[i] != "Cs") mask |= CategoryMask{1} << i;
    return mask;
  }
  if (name.size() != 2 || name == "Cs") return 0;
  for (std::size_t i = 0; i < std::size(k_names); ++i)
    if (k_names[i] == name) return CategoryMask{1} << i;
  return 0;
}

}  // namespace idp::json::path
