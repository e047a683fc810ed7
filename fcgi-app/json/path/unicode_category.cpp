#include "json/path/unicode_category.hpp"

#include <algorithm>

namespace idp::json::path {
namespace {

constexpr std::string_view k_names[] = {
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
};

}  // namespace

GeneralCategory general_category(char32_t code_point) {
  if (code_point > 0x10FFFF) return GeneralCategory::Cn;
  const std::uint32_t* begin = k_general_category_runs;
  const std::uint32_t* end = begin + k_general_category_run_count;
  // The last run that starts at or before the code point; entries compare by their start because
  // the category sits in the low 5 bits.
  const std::uint32_t key = (static_cast<std::uint32_t>(code_point) << 5) | 0x1F;
  const std::uint32_t* run = std::upper_bound(begin, end, key) - 1;
  return static_cast<GeneralCategory>(*run & 0x1F);
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
