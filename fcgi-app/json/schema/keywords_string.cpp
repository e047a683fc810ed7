// maxLength, minLength, pattern (draft-07 validation §6.3) and format (§7).
#include "json/reader.hpp"
#include "json/schema/formats.hpp"
#include "json/schema/keywords.hpp"
#include "json/writer.hpp"

namespace idp::json::schema {
namespace {

// draft-07 §6.3.1: the length of a string is its number of characters (Unicode code points), not
// of bytes: the UTF-8 bytes that do not continue a sequence.
std::uint64_t code_points(std::string_view s) {
  std::uint64_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

class LengthKeyword final : public Keyword {
 public:
  LengthKeyword(std::string_view name, std::string location, std::uint64_t limit, bool maximum)
      : Keyword(name, std::move(location)),
        m_limit(limit),
        m_maximum(maximum),
        m_message(std::string(maximum ? "must be at most " : "must be at least ") +
                  count_of(limit, "character")) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsString()) return true;
    std::uint64_t length = code_points(view(instance));
    if (m_maximum ? length <= m_limit : length >= m_limit) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  std::uint64_t m_limit;
  bool m_maximum;
  std::string m_message;
};

class PatternKeyword final : public Keyword {
 public:
  PatternKeyword(std::string location, EcmaRegex regex)
      : Keyword("pattern", std::move(location)), m_regex(std::move(regex)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsString()) return true;
    if (!ev.spend(m_regex.steps(instance.GetStringLength()))) return false;
    switch (m_regex.search(view(instance))) {
      case EcmaRegex::Result::match:
        return true;
      case EcmaRegex::Result::no_match:
        ev.report(*this, "does not match the pattern " + quote(m_regex.pattern()));
        return false;
      case EcmaRegex::Result::too_long:
        ev.report(*this, "is longer than " + std::to_string(EcmaRegex::k_max_subject) +
                             " characters, too long to be checked against the pattern " +
                             quote(m_regex.pattern()));
        return false;
    }
    return false;
  }

 private:
  EcmaRegex m_regex;
};

class FormatKeyword final : public Keyword {
 public:
  FormatKeyword(std::string location, const Format& format)
      : Keyword("format", std::move(location)),
        m_format(format),
        m_message("is not a valid " + std::string(format.description)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsString() || m_format.matches(view(instance))) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  const Format& m_format;
  std::string m_message;
};

}  // namespace

Status compile_length(KeywordSite& site) {
  auto limit = site.non_negative_integer();
  if (!limit) return fail(limit.error());
  site.add(
      std::make_unique<LengthKeyword>(site.name, site.location, *limit, site.name == "maxLength"));
  return ok_status();
}

Status compile_pattern(KeywordSite& site) {
  auto regex = site.compiler.regex(site.value, site.location);
  if (!regex) return fail(regex.error());
  site.add(std::make_unique<PatternKeyword>(site.location, *regex));
  return ok_status();
}

Status compile_format(KeywordSite& site) {
  if (!site.value.IsString()) return site.malformed("must be a string");
  if (!site.compiler.options().assert_format) return ok_status();
  const Format* format = find_format(view(site.value));
  if (format == nullptr) return ok_status();  // not asserted: an annotation (draft-07 §7.2)
  if (format->name == "uri" && site.compiler.options().uri_references)
    format = find_format("uri-reference");
  site.add(std::make_unique<FormatKeyword>(site.location, *format));
  return ok_status();
}

}  // namespace idp::json::schema
