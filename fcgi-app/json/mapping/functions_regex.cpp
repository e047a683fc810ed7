// regex_replace and split: Matcher.replaceAll/replaceFirst with Java's replacement syntax, and
// String.split / Pattern.split with their treatment of limits and empty pieces.
#include "json/mapping/functions.hpp"
#include "json/mapping/java_regex.hpp"
#include "json/mapping/java_text.hpp"

namespace idp::json::mapping::fn {
namespace {

// SplitFunction refuses longer regular expressions.
constexpr std::size_t k_max_split_regex = 100;

unsigned regex_flags(const std::optional<std::string>& text) {
  unsigned flags = 0;
  if (!text) return flags;
  for (char c : java::to_lower(*text)) {
    if (c == 'i') flags |= JavaRegex::case_insensitive;
    if (c == 'm') flags |= JavaRegex::multiline;
    if (c == 's') flags |= JavaRegex::dotall;
    if (c == 'x') flags |= JavaRegex::comments;
    // 'd' (UNIX_LINES) changes only which characters end a line; other letters are ignored.
  }
  return flags;
}

// A replacement string: literal text and group references ("$1"), as Matcher reads it.
struct Piece {
  std::u32string text;
  long group = -1;
};

Expected<std::vector<Piece>> parse_replacement(const std::u32string& r, std::size_t groups) {
  std::vector<Piece> out(1);
  for (std::size_t i = 0; i < r.size(); ++i) {
    char32_t c = r[i];
    if (c == U'\\') {
      if (++i == r.size()) return fail("character to be escaped is missing");
      out.back().text += r[i];
    } else if (c == U'$') {
      if (++i == r.size()) return fail("Illegal group reference: group index is missing");
      if (r[i] == U'{') return fail("named group references are not supported");
      if (r[i] < U'0' || r[i] > U'9') return fail("Illegal group reference");
      long ref = r[i] - U'0';
      if (static_cast<std::size_t>(ref) > groups) return fail("No group " + std::to_string(ref));
      // More digits belong to the reference while the group exists.
      while (i + 1 < r.size() && r[i + 1] >= U'0' && r[i + 1] <= U'9') {
        long next = ref * 10 + (r[i + 1] - U'0');
        if (static_cast<std::size_t>(next) > groups) break;
        ref = next;
        ++i;
      }
      out.push_back(Piece{{}, ref});
      out.emplace_back();
    } else {
      out.back().text += c;
    }
  }
  return out;
}

Expected<std::shared_ptr<const JavaRegex>> compile_for(std::string_view function,
                                                       const std::string& pattern, unsigned flags) {
  auto regex = JavaRegex::compile(pattern, flags);
  if (!regex)
    return fail(std::string(function) + ": Invalid regex pattern '" + pattern +
                "': " + regex.error());
  return regex;
}

// Pattern.split over `matches`: no empty leading piece for a zero-width match at 0, at most
// `limit` pieces when limit > 0, trailing empty pieces dropped when limit == 0.
std::vector<std::u32string> split_at(
    const std::u32string& s, const std::vector<std::pair<std::size_t, std::size_t>>& matches,
    int limit) {
  std::vector<std::u32string> pieces;
  std::size_t index = 0;
  bool limited = limit > 0;
  bool any = false;
  for (const auto& [begin, end] : matches) {
    if (!limited || pieces.size() < static_cast<std::size_t>(limit) - 1) {
      if (index == 0 && begin == 0 && begin == end) continue;
      pieces.push_back(s.substr(index, begin - index));
      index = end;
      any = true;
    } else if (pieces.size() == static_cast<std::size_t>(limit) - 1) {
      pieces.push_back(s.substr(index));
      index = end;
      any = true;
    }
  }
  if (!any && index == 0) return {s};
  if (!limited || pieces.size() < static_cast<std::size_t>(limit))
    pieces.push_back(s.substr(std::min(index, s.size())));
  if (limit == 0)
    while (!pieces.empty() && pieces.back().empty()) pieces.pop_back();
  return pieces;
}

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) java::append_utf8(out, c);
  return out;
}

}  // namespace

// regex_replace: pattern (with flags i, m, s, x) → replacement ($n groups, \ escapes).
Status check_regex_replace(const Args& args, std::size_t) {
  for (const char* name : {"pattern", "replacement"})
    if (!args.dynamic(name) && !args.get(name))
      return fail(std::string("regex_replace: '") + name + "' argument is required");
  if (args.dynamic("pattern") || args.dynamic("flags")) return ok_status();
  auto regex = compile_for("regex_replace", *args.text("pattern"), regex_flags(args.text("flags")));
  if (!regex) return fail(regex.error());
  if (args.dynamic("replacement")) return ok_status();
  auto pieces =
      parse_replacement(java::to_utf32(*args.text("replacement")), (*regex)->group_count());
  if (!pieces) return fail("regex_replace: " + pieces.error());
  return ok_status();
}

Expected<Item> apply_regex_replace(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  auto pattern = args.text("pattern");
  auto replacement = args.text("replacement");
  if (!pattern) return fail("regex_replace: 'pattern' argument is required");
  if (!replacement) return fail("regex_replace: 'replacement' argument is required");
  std::string str = java_string(input);
  if (str.empty()) return ctx.text_item(str);
  auto regex = compile_for("regex_replace", *pattern, regex_flags(args.text("flags")));
  if (!regex) return fail(regex.error());
  auto pieces = parse_replacement(java::to_utf32(*replacement), (*regex)->group_count());
  if (!pieces) return fail("regex_replace: " + pieces.error());
  std::u32string s = java::to_utf32(str);
  bool first_only = bool_arg_text(args, "replaceFirst", false);
  auto matches = (*regex)->find_all(s, first_only ? 1 : s.size() + 1);
  if (!matches) return fail("regex_replace: " + matches.error());
  std::u32string out;
  std::size_t at = 0;
  for (const auto& m : *matches) {
    out.append(s, at, m.begin - at);
    for (const Piece& p : *pieces) {
      out += p.text;
      if (p.group == 0) {
        out.append(s, m.begin, m.end - m.begin);
      } else if (p.group > 0) {
        const auto& [b, e] = m.groups[static_cast<std::size_t>(p.group - 1)];
        if (b >= 0) out.append(s, static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
      }
    }
    if (Status st = ctx.charge(out.size()); !st) return fail(st.error());
    at = m.end;
  }
  out.append(s, at, std::u32string::npos);
  return ctx.text_item(utf8(out));
}

// split: by a literal separator (default ",") or, with regex, a pattern; limit, trim,
// removeEmpty.
Status check_split(const Args& args, std::size_t) {
  if (args.dynamic("separator") || args.dynamic("regex")) return ok_status();
  if (!bool_arg(args, "regex", false)) return ok_status();
  std::string separator = args.text("separator").value_or(",");
  if (separator.size() > k_max_split_regex)
    return fail("split: Regex pattern too long (max 100 characters)");
  auto regex = compile_for("split", separator, 0);
  return regex ? ok_status() : Status(fail(regex.error()));
}

Expected<Item> apply_split(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::u32string s = java::to_utf32(java_string(input));
  rapidjson::Value list(rapidjson::kArrayType);
  if (s.empty()) return Item(std::move(list));
  std::string separator = args.text("separator").value_or(",");
  bool trim = bool_arg(args, "trim", false);
  bool remove_empty = bool_arg(args, "removeEmpty", false);
  bool regex = bool_arg(args, "regex", false);
  int limit = -1;
  if (const rapidjson::Value* l = args.get("limit")) {
    if (l->IsNumber())
      limit = java_int_value(*l);
    else if (l->IsString())
      limit =
          static_cast<int>(java::parse_integer(l->GetString(), INT32_MIN, INT32_MAX).value_or(-1));
  }
  std::vector<std::pair<std::size_t, std::size_t>> matches;
  if (regex) {
    if (separator.size() > k_max_split_regex)
      return fail("split: Regex pattern too long (max 100 characters)");
    auto compiled = compile_for("split", separator, 0);
    if (!compiled) return fail(compiled.error());
    auto found = (*compiled)->find_all(s, s.size() + 1);
    if (!found) return fail("split: " + found.error());
    for (const auto& m : *found) matches.emplace_back(m.begin, m.end);
  } else {
    std::u32string sep = java::to_utf32(separator);
    if (sep.empty()) {
      for (std::size_t i = 0; i <= s.size(); ++i) matches.emplace_back(i, i);
    } else {
      for (std::size_t at = s.find(sep); at != std::u32string::npos;
           at = s.find(sep, at + sep.size()))
        matches.emplace_back(at, at + sep.size());
    }
  }
  for (std::u32string& piece : split_at(s, matches, limit > 0 ? limit : 0)) {
    std::string text = utf8(piece);
    if (trim) text = std::string(java::trim(text));
    if (remove_empty && text.empty()) continue;
    auto v = ctx.string(text);
    if (!v) return fail(v.error());
    list.PushBack(std::move(*v), ctx.alloc);
  }
  return Item(std::move(list));
}

}  // namespace idp::json::mapping::fn
