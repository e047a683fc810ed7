#include "json/schema/ecma_regex.hpp"

#include <algorithm>
#include <vector>

#include "json/path/utf8.hpp"

namespace idp::json::schema {
namespace {

#if defined(__GLIBCXX__)
constexpr auto k_flags = std::regex_constants::ECMAScript | std::regex_constants::nosubs |
                         std::regex_constants::__polynomial;
#else
#error "EcmaRegex relies on libstdc++'s polynomial regex executor"
#endif

// UTF-8 to code points; a malformed sequence becomes U+FFFD. Stops after `limit` code points and
// reports whether the text was longer.
std::wstring decode(std::string_view s, std::size_t limit, bool& longer) {
  std::wstring out;
  longer = false;
  std::size_t i = 0;
  while (i < s.size()) {
    if (out.size() == limit) {
      longer = true;
      break;
    }
    out += static_cast<wchar_t>(path::utf8::next(s, i).code_point);
  }
  return out;
}

// Saturating arithmetic for the size estimate.
std::size_t add(std::size_t a, std::size_t b) {
  std::size_t r = a + b;
  return r < a ? SIZE_MAX : r;
}
std::size_t mul(std::size_t a, std::size_t b) {
  if (a != 0 && b > SIZE_MAX / a) return SIZE_MAX;
  return a * b;
}

// Reads "{n}", "{n,}" or "{n,m}" at p[i]; on success `i` is past it and `count` is the largest
// number of copies the NFA holds.
bool counted_repetition(const std::wstring& p, std::size_t& i, std::size_t& count) {
  std::size_t j = i + 1;
  auto number = [&](std::size_t& value) {
    std::size_t start = j;
    value = 0;
    while (j < p.size() && p[j] >= L'0' && p[j] <= L'9') {
      value = std::min<std::size_t>(add(mul(value, 10), static_cast<std::size_t>(p[j] - L'0')),
                                    1000000);
      ++j;
    }
    return j > start;
  };
  std::size_t low = 0, high = 0;
  if (!number(low)) return false;
  high = low;
  if (j < p.size() && p[j] == L',') {
    ++j;
    if (!number(high)) high = low + 1;
  }
  if (j >= p.size() || p[j] != L'}') return false;
  i = j + 1;
  count = std::max(low, high);
  return true;
}

// Estimates the NFA the pattern expands to and checks the limits; "" when it is acceptable.
// `cost` receives the estimate (NFA elements examined per character of a subject).
std::string complexity_problem(const std::wstring& p, std::size_t& cost) {
  struct Frame {
    std::size_t size = 0;
    std::size_t last_atom = 0;
    bool lookahead = false;
  };
  // Lookaheads run a nested pass over the rest of the string each time they are reached; at
  // the start of the pattern, after "^", they are reached once. Anywhere else they could be
  // reached at every position, and the time would grow with the square of the string length.
  enum class Prefix { start, anchored, body };
  Prefix prefix = Prefix::start;
  std::vector<Frame> frames(1);
  std::size_t lookahead_total = 0;
  std::size_t i = 0;
  auto atom = [&](std::size_t n) {
    frames.back().size = add(frames.back().size, n);
    frames.back().last_atom = n;
  };
  while (i < p.size()) {
    wchar_t c = p[i];
    bool top = frames.size() == 1;
    if (top && c != L'^' && c != L'|' && c != L'(') prefix = Prefix::body;
    switch (c) {
      case L'\\': {
        std::size_t skip = 2;
        if (i + 1 < p.size()) {
          if (p[i + 1] == L'x') skip = 4;
          if (p[i + 1] == L'u') skip = 6;
          if (p[i + 1] == L'c') skip = 3;
        }
        i += skip;
        atom(1);
        break;
      }
      case L'[': {
        // A class is one atom; in ECMA-262 the first unescaped "]" closes it.
        ++i;
        if (i < p.size() && p[i] == L'^') ++i;
        while (i < p.size() && p[i] != L']') i += p[i] == L'\\' ? 2 : 1;
        ++i;
        atom(1);
        break;
      }
      case L'(': {
        if (frames.size() > EcmaRegex::k_max_groups_depth)
          return "groups are nested more than " + std::to_string(EcmaRegex::k_max_groups_depth) +
                 " levels deep";
        Frame f;
        ++i;
        if (i + 1 < p.size() && p[i] == L'?' && (p[i + 1] == L'=' || p[i + 1] == L'!')) {
          if (!top || prefix != Prefix::anchored)
            return "a lookahead is supported only at the start of the pattern, right after \"^\"";
          f.lookahead = true;
          i += 2;
        } else {
          if (top) prefix = Prefix::body;
          if (i + 1 < p.size() && p[i] == L'?' && p[i + 1] == L':') i += 2;
        }
        frames.push_back(f);
        break;
      }
      case L')': {
        ++i;
        if (frames.size() == 1) break;  // unbalanced: std::regex reports it
        Frame f = frames.back();
        frames.pop_back();
        if (f.lookahead) lookahead_total = add(lookahead_total, f.size);
        atom(add(f.size, 2));
        break;
      }
      case L'|':
        ++i;
        if (top) prefix = Prefix::start;
        frames.back().size = add(frames.back().size, 1);
        frames.back().last_atom = 0;
        break;
      case L'^':
        ++i;
        if (top) prefix = prefix == Prefix::start ? Prefix::anchored : Prefix::body;
        atom(1);
        break;
      case L'*':
      case L'+':
      case L'?':
        ++i;
        frames.back().size = add(frames.back().size, 2);
        frames.back().last_atom = 0;
        break;
      case L'{': {
        std::size_t count = 0;
        if (counted_repetition(p, i, count)) {
          Frame& f = frames.back();
          std::size_t extra = mul(f.last_atom, count == 0 ? 0 : count - 1);
          f.size = add(f.size, add(extra, 2));
          f.last_atom = 0;
        } else {
          ++i;
          atom(1);
        }
        break;
      }
      default:
        ++i;
        atom(1);
        break;
    }
    std::size_t total = 0;
    for (const auto& f : frames) total = add(total, f.size);
    if (total > EcmaRegex::k_max_expanded)
      return "the pattern expands to more than " + std::to_string(EcmaRegex::k_max_expanded) +
             " elements (counted repetitions multiply)";
    if (lookahead_total > EcmaRegex::k_max_lookahead)
      return "the lookaheads expand to more than " + std::to_string(EcmaRegex::k_max_lookahead) +
             " elements";
    cost = total;
  }
  return {};
}

bool is_ascii_letter(wchar_t c) {
  return (c >= L'A' && c <= L'Z') || (c >= L'a' && c <= L'z');
}

// ECMA-262 escapes that libstdc++'s grammar lacks: "\cX" (ECMA-262 §22.2.1 ControlEscape, the
// letter's code modulo 32) becomes "\xHH". Unicode property escapes ("\p{Letter}", which the
// "u" flag semantics of JSON Schema patterns give) are refused with a message that says so.
Expected<std::wstring> rewrite(const std::wstring& p) {
  std::wstring out;
  out.reserve(p.size());
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] != L'\\' || i + 1 >= p.size()) {
      out += p[i];
      continue;
    }
    wchar_t next = p[i + 1];
    if (next == L'c' && i + 2 < p.size() && is_ascii_letter(p[i + 2])) {
      static constexpr wchar_t k_hex[] = L"0123456789ABCDEF";
      unsigned code = static_cast<unsigned>(p[i + 2]) % 32;
      out += L"\\x";
      out += k_hex[code >> 4];
      out += k_hex[code & 15];
      i += 2;
      continue;
    }
    if ((next == L'p' || next == L'P') && i + 2 < p.size() && p[i + 2] == L'{')
      return fail("Unicode property escapes (\\p{…}, \\P{…}) are not supported");
    out += p[i];
    out += next;
    ++i;
  }
  return out;
}

}  // namespace

Expected<EcmaRegex> EcmaRegex::compile(std::string_view pattern) {
  bool longer = false;
  std::wstring wide = decode(pattern, k_max_pattern, longer);
  if (longer)
    return fail("pattern is longer than " + std::to_string(k_max_pattern) + " characters");
  std::size_t cost = 0;
  if (std::string problem = complexity_problem(wide, cost); !problem.empty())
    return fail("pattern is too complex: " + problem);
  auto rewritten = rewrite(wide);
  if (!rewritten) return fail("pattern " + rewritten.error());
  wide = std::move(*rewritten);
  EcmaRegex result;
  result.m_pattern = std::string(pattern);
  result.m_cost = cost + 1;
  try {
    // The pattern alone first, so that an unbalanced ")" cannot close the wrapper's group.
    std::wregex alone(wide, k_flags);
    result.m_regex =
        std::make_shared<const std::wregex>(L"[\\s\\S]*(?:" + wide + L")[\\s\\S]*", k_flags);
  } catch (const std::regex_error& e) {
    if (e.code() == std::regex_constants::error_complexity)
      return fail("pattern uses a back-reference, which is not supported");
    return fail(std::string("pattern is not a valid regular expression: ") + e.what());
  }
  return result;
}

EcmaRegex::Result EcmaRegex::search(std::string_view subject) const {
  bool longer = false;
  std::wstring wide = decode(subject, k_max_subject, longer);
  if (longer) return Result::too_long;
  return std::regex_match(wide, *m_regex) ? Result::match : Result::no_match;
}

}  // namespace idp::json::schema
