#include "json/mapping/java_regex.hpp"

#include <mutex>
#include <regex>
#include <unordered_map>

#include "json/mapping/java_text.hpp"
#include "json/schema/ecma_regex.hpp"

namespace idp::json::mapping {

struct JavaRegex::Compiled {
  std::wregex regex;
};

namespace {

using schema::EcmaRegex;

// Work of one find_all in EcmaRegex steps (about twenty NFA visits each): every search may run
// from each start position to the end, so up to n passes over n characters.
constexpr std::size_t k_max_search_steps = 2000000;
constexpr std::size_t k_max_cached = 256;

std::wstring wide(std::string_view utf8) {
  std::u32string cps = java::to_utf32(utf8);
  return std::wstring(cps.begin(), cps.end());
}

// Flags that std::regex lacks, applied to the pattern text: DOTALL turns "." outside classes
// into "[\s\S]"; COMMENTS drops white space and "#…" comments outside classes.
std::string rewrite(std::string_view p, unsigned flags) {
  if ((flags & (JavaRegex::dotall | JavaRegex::comments)) == 0) return std::string(p);
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      out += c;
      out += p[++i];
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
    } else if ((flags & JavaRegex::comments) &&
               (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
    } else if ((flags & JavaRegex::comments) && c == '#') {
      while (i + 1 < p.size() && p[i + 1] != '\n') ++i;
    } else if ((flags & JavaRegex::dotall) && c == '.') {
      out += "[\\s\\S]";
    } else {
      out += c;
    }
  }
  return out;
}

struct Cache {
  std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const JavaRegex>> entries;
};

Cache& cache() {
  static Cache c;
  return c;
}

}  // namespace

Expected<std::shared_ptr<const JavaRegex>> JavaRegex::compile(std::string_view pattern,
                                                              unsigned flags) {
  std::string key = std::to_string(flags) + ":" + std::string(pattern);
  {
    std::lock_guard<std::mutex> lock(cache().mutex);
    if (auto it = cache().entries.find(key); it != cache().entries.end()) return it->second;
  }
  std::string text = rewrite(pattern, flags);
  // The anchored form is what is checked: Java's matches() anchors the pattern, so a lookahead
  // at its start is one evaluation, as after "^".
  auto checked = EcmaRegex::compile("^" + text);
  if (!checked) return fail(checked.error());
  auto regex = std::make_shared<JavaRegex>();
  auto compiled = std::make_shared<Compiled>();
  auto syntax = std::regex_constants::ECMAScript | std::regex_constants::__polynomial;
  if (flags & case_insensitive) syntax |= std::regex_constants::icase;
  if (flags & multiline) syntax |= std::regex_constants::multiline;
  try {
    compiled->regex = std::wregex(wide(text), syntax);
  } catch (const std::regex_error& e) {
    return fail(std::string("pattern is not a valid regular expression: ") + e.what());
  }
  regex->m_groups = compiled->regex.mark_count();
  regex->m_cost = checked->steps(20);
  regex->m_compiled = std::move(compiled);
  std::shared_ptr<const JavaRegex> shared = std::move(regex);
  std::lock_guard<std::mutex> lock(cache().mutex);
  if (cache().entries.size() >= k_max_cached) cache().entries.clear();
  cache().entries.emplace(std::move(key), shared);
  return shared;
}

bool JavaRegex::matches(std::string_view subject) const {
  std::u32string cps = java::to_utf32(subject);
  if (cps.size() > EcmaRegex::k_max_subject) return false;
  std::wstring w(cps.begin(), cps.end());
  try {
    return std::regex_match(w, m_compiled->regex);
  } catch (const std::regex_error&) {
    return false;
  }
}

Expected<std::vector<JavaRegex::Match>> JavaRegex::find_all(const std::u32string& subject,
                                                            std::size_t max) const {
  const std::size_t n = subject.size();
  if (n > EcmaRegex::k_max_subject)
    return fail("the text is longer than " + std::to_string(EcmaRegex::k_max_subject) +
                " characters, the most a regular expression is run on");
  // m_cost is the steps of a 20-character pass; scale to n characters, times n passes.
  std::size_t pass = 1 + n * m_cost / 20;
  if (n > 0 && pass > k_max_search_steps / n)
    return fail("the pattern is too complex for a text of this length");
  std::wstring w(subject.begin(), subject.end());
  std::vector<Match> out;
  try {
    auto flags = std::regex_constants::match_default;
    auto begin = w.cbegin();
    std::wsmatch m;
    while (out.size() < max && std::regex_search(begin, w.cend(), m, m_compiled->regex, flags)) {
      Match match;
      match.begin = static_cast<std::size_t>(m[0].first - w.cbegin());
      match.end = static_cast<std::size_t>(m[0].second - w.cbegin());
      for (std::size_t g = 1; g < m.size(); ++g) {
        if (m[g].matched)
          match.groups.emplace_back(m[g].first - w.cbegin(), m[g].second - w.cbegin());
        else
          match.groups.emplace_back(-1, -1);
      }
      out.push_back(std::move(match));
      // After an empty match the next search starts one further on, as Matcher.find() does.
      auto next = m[0].second;
      if (m[0].first == m[0].second) {
        if (next == w.cend()) break;
        ++next;
      }
      begin = next;
      flags = std::regex_constants::match_prev_avail;
    }
  } catch (const std::regex_error& e) {
    return fail(std::string("regular expression failed: ") + e.what());
  }
  return out;
}

}  // namespace idp::json::mapping
