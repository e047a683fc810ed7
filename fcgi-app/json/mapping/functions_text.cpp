// String functions: format, case, trim, substring, replace, concat. Strings are measured and
// indexed in UTF-16 code units and cased as java.lang.String does, so that offsets and lengths
// in configurations mean what they mean in idp-server.
#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"
#include "json/reader.hpp"

namespace idp::json::mapping::fn {
namespace {

// CaseFunction.isWordDelimiter
bool word_delimiter(char16_t c, const std::optional<std::u16string>& custom) {
  if (custom) return custom->find(c) != std::u16string::npos;
  return c == u' ' || c == u'_' || c == u'-' || c == u'.' || java::is_whitespace(c);
}

char16_t upper_unit(char16_t c) {
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  char32_t u = java::to_upper_char(c);
  return u > 0xFFFF ? c : static_cast<char16_t>(u);
}

char16_t lower_unit(char16_t c) {
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  char32_t l = java::to_lower_char(c);
  return l > 0xFFFF ? c : static_cast<char16_t>(l);
}

enum class WordCase { title, camel, pascal };

std::u16string word_case(const std::u16string& s, WordCase mode,
                         const std::optional<std::u16string>& delimiter) {
  std::u16string out;
  bool capitalize = mode != WordCase::camel;
  bool first_word = true;
  for (char16_t c : s) {
    if (word_delimiter(c, delimiter)) {
      if (mode == WordCase::title) {
        out += c;
        capitalize = true;
      } else if (mode == WordCase::pascal || !first_word) {
        capitalize = true;
      }
    } else if (capitalize) {
      out += upper_unit(c);
      capitalize = false;
      first_word = false;
    } else {
      out += lower_unit(c);
      first_word = false;
    }
  }
  return out;
}

Status check_case_mode(const std::string& mode) {
  std::string m = java::to_lower(mode);
  if (m == "upper" || m == "lower" || m == "title" || m == "camel" || m == "pascal")
    return ok_status();
  return fail("case: Invalid mode '" + mode +
              "'. Supported modes: upper, lower, title, camel, pascal");
}

// TrimFunction's whitespace list when `whitespace` is on.
constexpr std::u16string_view k_trim_whitespace =
    u" \t\n\r\f\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
    u"\u2028\u2029";

Status check_trim_mode(const std::string& mode) {
  std::string m = java::to_lower(mode);
  if (m == "both" || m == "start" || m == "end") return ok_status();
  return fail("trim: Invalid mode '" + mode + "'. Supported modes: both, start, end");
}

}  // namespace

// format: template with every "{{value}}" replaced by the input's text ("" for null).
Status check_format(const Args& args, std::size_t) {
  if (args.contains("template") && !args.dynamic("template")) {
    const rapidjson::Value* t = args.get("template");
    if (!t || !t->IsString()) return fail("format: 'template' must be a string");
  }
  return ok_status();
}

Expected<Item> apply_format(Item input, const Args& args, CallContext& ctx) {
  std::string_view tmpl = "{{value}}";
  if (args.contains("template")) {
    const rapidjson::Value* t = args.get("template");
    if (!t || !t->IsString()) return fail("format: 'template' must be a string");
    tmpl = view(*t);
  }
  std::string value = input.is_null() ? std::string() : java_string(input);
  static constexpr std::string_view k_marker = "{{value}}";
  // Size first: a long value in a template that repeats the marker must not be built blindly.
  std::size_t count = 0;
  for (std::size_t at = tmpl.find(k_marker); at != std::string_view::npos;
       at = tmpl.find(k_marker, at + k_marker.size()))
    ++count;
  if (Status s = ctx.charge(count * value.size()); !s) return fail(s.error());
  std::string out;
  out.reserve(tmpl.size() + count * value.size());
  std::size_t from = 0;
  for (std::size_t at = tmpl.find(k_marker); at != std::string_view::npos;
       at = tmpl.find(k_marker, from)) {
    out.append(tmpl.substr(from, at - from));
    out += value;
    from = at + k_marker.size();
  }
  out.append(tmpl.substr(from));
  return ctx.text_item(out);
}

// case: upper, lower (String.toUpperCase/toLowerCase with `locale`), title, camel, pascal.
Status check_case(const Args& args, std::size_t) {
  if (args.dynamic("mode")) return ok_status();
  auto mode = args.text("mode");
  if (!mode || mode->empty()) return fail("case: 'mode' argument is required");
  return check_case_mode(*mode);
}

Expected<Item> apply_case(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::string str = java_string(input);
  if (str.empty()) return ctx.text_item(str);
  auto mode = args.text("mode");
  if (!mode || mode->empty()) return fail("case: 'mode' argument is required");
  if (Status s = check_case_mode(*mode); !s) return fail(s.error());
  std::string m = java::to_lower(*mode);
  if (m == "upper")
    return ctx.text_item(java::to_upper(str, java::is_turkic(args.text("locale").value_or(""))));
  if (m == "lower")
    return ctx.text_item(java::to_lower(str, java::is_turkic(args.text("locale").value_or(""))));
  std::optional<std::u16string> delimiter;
  if (auto d = args.text("delimiter")) delimiter = java::to_utf16(*d);
  WordCase mode_case = m == "title"   ? WordCase::title
                       : m == "camel" ? WordCase::camel
                                      : WordCase::pascal;
  return ctx.text_item(java::to_utf8(word_case(java::to_utf16(str), mode_case, delimiter)));
}

// trim: strips `chars` and/or whitespace from both ends, the start or the end; `normalize`
// folds inner whitespace runs to one space.
Status check_trim(const Args& args, std::size_t) {
  if (args.dynamic("mode")) return ok_status();
  auto mode = args.text("mode");
  return mode ? check_trim_mode(*mode) : ok_status();
}

Expected<Item> apply_trim(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::u16string s = java::to_utf16(java_string(input));
  if (s.empty()) return ctx.text_item("");
  std::string mode = args.text("mode").value_or("both");
  if (Status st = check_trim_mode(mode); !st) return fail(st.error());
  auto chars = args.text("chars");
  bool whitespace = bool_arg_text(args, "whitespace", true);
  bool normalize = bool_arg_text(args, "normalize", false);
  std::u16string set;
  if (whitespace) set = k_trim_whitespace;
  if (chars) set += java::to_utf16(*chars);
  auto trimmed = [&](char16_t c) {
    return set.empty() ? whitespace && java::is_whitespace(c) : set.find(c) != std::u16string::npos;
  };
  std::string m = java::to_lower(mode);
  std::size_t b = 0, e = s.size();
  if (m != "end")
    while (b < e && trimmed(s[b])) ++b;
  if (m != "start")
    while (e > b && trimmed(s[e - 1])) --e;
  std::u16string out = s.substr(b, e - b);
  if (normalize) {
    std::u16string folded;
    bool in_space = false;
    for (char16_t c : out) {
      if (java::is_whitespace(c)) {
        if (!in_space) folded += u' ';
        in_space = true;
      } else {
        folded += c;
        in_space = false;
      }
    }
    out = std::move(folded);
  }
  return ctx.text_item(java::to_utf8(out));
}

// substring: start (negative counts from the end), end or length, clamped.
Status check_substring(const Args&, std::size_t) {
  return ok_status();
}

Expected<Item> apply_substring(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::u16string s = java::to_utf16(java_string(input));
  if (s.empty()) return ctx.text_item("");
  const long long length = static_cast<long long>(s.size());
  long long start = int_arg(args, "start", 0);
  std::optional<long long> end, count;
  if (args.contains("end")) end = int_arg(args, "end", static_cast<int>(length));
  if (args.contains("length")) count = int_arg(args, "length", 0);
  start = start < 0 ? std::max(0LL, length + start) : std::min(start, length);
  long long stop = length;
  if (count)
    stop = std::min(start + std::max(0LL, *count), length);
  else if (end)
    stop = *end < 0 ? std::max(start, length + *end) : std::min(*end, length);
  if (start > stop) return ctx.text_item("");
  return ctx.text_item(java::to_utf8(
      s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(stop - start))));
}

// replace: literal target → replacement, all or the first, optionally ignoring case.
Status check_replace(const Args& args, std::size_t) {
  for (const char* name : {"target", "replacement"})
    if (!args.dynamic(name) && !args.get(name))
      return fail(std::string("replace: '") + name + "' argument is required");
  return ok_status();
}

Expected<Item> apply_replace(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::string str = java_string(input);
  auto target = args.text("target");
  auto replacement = args.text("replacement");
  if (!target) return fail("replace: 'target' argument is required");
  if (!replacement) return fail("replace: 'replacement' argument is required");
  if (target->empty() || str.empty()) return ctx.text_item(str);
  bool ignore_case = bool_arg_text(args, "ignoreCase", false);
  bool first_only = bool_arg_text(args, "replaceFirst", false);
  std::u16string s = java::to_utf16(str), t = java::to_utf16(*target);
  std::u16string r = java::to_utf16(*replacement);
  std::u16string out;
  if (!ignore_case) {
    // String.replace / the indexOf-and-cut of replaceFirst.
    std::size_t start = 0;
    for (std::size_t at = s.find(t); at != std::u16string::npos; at = s.find(t, start)) {
      if (Status st = ctx.charge(r.size() * 2); !st) return fail(st.error());
      out.append(s, start, at - start);
      out += r;
      start = at + t.size();
      if (first_only) break;
    }
    out.append(s, start, std::u16string::npos);
    return ctx.text_item(java::to_utf8(out));
  }
  // idp-server searches the lower-cased text and cuts the original at the index found there, with
  // the original target's length; where lower-casing changed lengths Java fails, as here.
  std::u16string haystack = java::to_utf16(java::to_lower(str));
  std::u16string needle = java::to_utf16(java::to_lower(*target));
  const auto out_of_range = [] { return fail("replace: index out of range after lower-casing"); };
  if (first_only) {
    std::size_t at = haystack.find(needle);
    if (at == std::u16string::npos) return ctx.text_item(str);
    if (at + t.size() > s.size()) return out_of_range();
    out = s.substr(0, at) + r + s.substr(at + t.size());
    return ctx.text_item(java::to_utf8(out));
  }
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t at = haystack.find(needle, start);
    if (at == std::u16string::npos) {
      out.append(s, start, std::u16string::npos);
      break;
    }
    if (at > s.size()) return out_of_range();
    if (Status st = ctx.charge(r.size() * 2); !st) return fail(st.error());
    out.append(s, start, at - start);
    out += r;
    start = at + t.size();
  }
  return ctx.text_item(java::to_utf8(out));
}

// concat: the texts of `values` (a list; "$." elements resolved) joined by `separator`.
Status check_concat(const Args& args, std::size_t) {
  if (args.dynamic("values")) return ok_status();
  const rapidjson::Value* values = args.get("values");
  if (!values || !values->IsArray()) return fail("concat: 'values' argument must be a List");
  return ok_status();
}

Expected<Item> apply_concat(Item, const Args& args, CallContext& ctx) {
  const rapidjson::Value* values = args.get("values");
  if (!values || !values->IsArray()) return fail("concat: 'values' argument must be a List");
  std::string separator = args.text("separator").value_or("");
  bool skip_null = bool_arg(args, "skipNull", false);
  bool skip_empty = bool_arg(args, "skipEmpty", false);
  std::string out;
  bool first = true;
  for (const auto& v : values->GetArray()) {
    if (v.IsNull() && skip_null) continue;
    std::string text = v.IsNull() ? std::string() : java_string(v);
    if (skip_empty && text.empty()) continue;
    if (Status st = ctx.charge(text.size() + separator.size()); !st) return fail(st.error());
    if (!first) out += separator;
    out += text;
    first = false;
  }
  return ctx.text_item(out);
}

}  // namespace idp::json::mapping::fn
