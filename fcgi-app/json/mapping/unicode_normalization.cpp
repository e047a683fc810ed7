#include "json/mapping/unicode_normalization.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "json/mapping/java_text.hpp"

namespace idp::json::mapping::unicode {
namespace {

// Hangul syllables decompose and compose by arithmetic (Unicode §3.12).
constexpr char32_t k_s_base = 0xAC00, k_l_base = 0x1100, k_v_base = 0x1161, k_t_base = 0x11A7;
constexpr char32_t k_l_count = 19, k_v_count = 21, k_t_count = 28;
constexpr char32_t k_n_count = k_v_count * k_t_count, k_s_count = k_l_count * k_n_count;

// Where each decomposition starts in its flat table, and the composition pairs; built once.
struct Index {
  std::unordered_map<char32_t, std::size_t> canonical, compatibility;
  std::unordered_map<std::uint64_t, char32_t> compose;

  static void fill(std::unordered_map<char32_t, std::size_t>& map, const std::uint32_t* t,
                   std::size_t n) {
    for (std::size_t i = 0; i < n; i += 1 + (t[i] >> 21)) map.emplace(t[i] & 0x1FFFFF, i);
  }
  Index() {
    fill(canonical, k_canonical, k_canonical_size);
    fill(compatibility, k_compatibility, k_compatibility_size);
    for (std::size_t i = 0; i + 2 < k_compositions_size; i += 3)
      compose.emplace(std::uint64_t{k_compositions[i]} << 21 | k_compositions[i + 1],
                      k_compositions[i + 2]);
  }
};

const Index& index() {
  static const Index i;  // thread-safe initialization
  return i;
}

int combining_class(char32_t c) {
  // Triples (first, last, class) sorted by first.
  std::size_t lo = 0, hi = k_combining_size / 3;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (k_combining[mid * 3 + 1] < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < k_combining_size / 3 && k_combining[lo * 3] <= c)
    return static_cast<int>(k_combining[lo * 3 + 2]);
  return 0;
}

void decompose(char32_t c, bool compatibility, std::u32string& out) {
  if (c >= k_s_base && c < k_s_base + k_s_count) {
    char32_t s = c - k_s_base;
    out += k_l_base + s / k_n_count;
    out += k_v_base + s % k_n_count / k_t_count;
    if (s % k_t_count != 0) out += k_t_base + s % k_t_count;
    return;
  }
  const Index& ix = index();
  const std::uint32_t* table = nullptr;
  std::size_t at = 0;
  if (compatibility) {
    if (auto it = ix.compatibility.find(c); it != ix.compatibility.end())
      table = k_compatibility, at = it->second;
  }
  if (!table) {
    if (auto it = ix.canonical.find(c); it != ix.canonical.end())
      table = k_canonical, at = it->second;
  }
  if (!table) {
    out += c;
    return;
  }
  std::size_t length = table[at] >> 21;
  for (std::size_t k = 1; k <= length; ++k) out += static_cast<char32_t>(table[at + k]);
}

// Canonical ordering: each run of non-starters sorted by class, stably.
void reorder(std::u32string& s) {
  for (std::size_t i = 0; i < s.size();) {
    if (combining_class(s[i]) == 0) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && combining_class(s[end]) != 0) ++end;
    std::stable_sort(
        s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(end),
        [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
    i = end;
  }
}

char32_t composite(char32_t a, char32_t b) {
  if (a >= k_l_base && a < k_l_base + k_l_count && b >= k_v_base && b < k_v_base + k_v_count)
    return k_s_base + ((a - k_l_base) * k_v_count + (b - k_v_base)) * k_t_count;
  if (a >= k_s_base && a < k_s_base + k_s_count && (a - k_s_base) % k_t_count == 0 &&
      b > k_t_base && b < k_t_base + k_t_count)
    return a + (b - k_t_base);
  const Index& ix = index();
  auto it = ix.compose.find(std::uint64_t{a} << 21 | b);
  return it == ix.compose.end() ? 0 : it->second;
}

// Canonical composition: a character joins the last starter unless something between them
// blocks it (a starter, or a mark of the same or a higher class).
void compose(std::u32string& s) {
  if (s.empty()) return;
  std::size_t starter = 0, out = 1;
  int last = combining_class(s[0]) == 0 ? 0 : 256;
  for (std::size_t i = 1; i < s.size(); ++i) {
    char32_t c = s[i];
    int klass = combining_class(c);
    char32_t joined = composite(s[starter], c);
    if (joined != 0 && (last < klass || last == 0)) {
      s[starter] = joined;
      continue;
    }
    if (klass == 0) starter = out;
    last = klass;
    s[out++] = c;
  }
  s.resize(out);
}

}  // namespace

std::string normalize(std::string_view utf8, NormalForm form) {
  bool compatibility = form == NormalForm::nfkc || form == NormalForm::nfkd;
  std::u32string decomposed;
  for (char32_t c : java::to_utf32(utf8)) decompose(c, compatibility, decomposed);
  reorder(decomposed);
  if (form == NormalForm::nfc || form == NormalForm::nfkc) compose(decomposed);
  std::string out;
  out.reserve(decomposed.size());
  for (char32_t c : decomposed) java::append_utf8(out, c);
  return out;
}

}  // namespace idp::json::mapping::unicode
