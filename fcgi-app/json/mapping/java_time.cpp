#include "json/mapping/java_time.hpp"

#include "base/civil_time.hpp"
#include "json/mapping/time_zone.hpp"

namespace idp::json::mapping::jtime {
namespace {

constexpr std::int64_t k_max_year = 999999999;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A reader over ASCII text with java.time's strict number parsing.
struct Cursor {
  std::string_view s;
  std::size_t at = 0;

  bool literal(std::string_view text) {
    if (s.substr(at, text.size()) != text) return false;
    at += text.size();
    return true;
  }
  // Exactly `width` digits.
  bool fixed(unsigned width, unsigned& out) {
    out = 0;
    for (unsigned i = 0; i < width; ++i) {
      if (at >= s.size() || !is_digit(s[at])) return false;
      out = out * 10 + static_cast<unsigned>(s[at++] - '0');
    }
    return true;
  }
  // 1..19 digits, as appendValue(field) parses with SignStyle.NORMAL ("-" makes it negative,
  // which no month or day survives).
  bool normal(unsigned& out) {
    if (at < s.size() && s[at] == '-') return false;
    std::size_t start = at;
    std::uint64_t v = 0;
    while (at < s.size() && is_digit(s[at]) && at - start < 19) v = v * 10 + (s[at++] - '0');
    if (at == start) return false;
    out = v > 1000 ? 1000 : static_cast<unsigned>(v);
    return true;
  }
  // A year with at least four digits and SignStyle.EXCEEDS_PAD in strict parsing: "+" is needed
  // (and only allowed) beyond four digits. `reserve` digits are left for adjacent fields.
  bool year(std::int64_t& out, std::size_t reserve = 0) {
    bool negative = false, positive = false;
    if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
      negative = s[at] == '-';
      positive = !negative;
      ++at;
    }
    std::size_t end = at;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end - at < 4 + reserve) return false;
    end -= reserve;
    std::size_t digits = end - at;
    if (digits > 19) return false;
    if (!negative && (digits > 4) != positive) return false;
    std::int64_t v = 0;
    for (; at < end; ++at) {
      v = v * 10 + (s[at] - '0');
      if (v > k_max_year) return false;
    }
    out = negative ? -v : v;
    return true;
  }
  bool done() const { return at == s.size(); }
};

bool valid_date(const LocalDateTime& t) {
  return t.month >= 1 && t.month <= 12 && t.day >= 1 &&
         t.day <= civil::days_in_month(t.year, t.month);
}

std::string two(unsigned v) {
  return std::string{static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
}

}  // namespace

std::optional<LocalDateTime> parse_local_date_time(std::string_view text) {
  LocalDateTime t;
  if (text.find('T') != std::string_view::npos) {
    // ISO_LOCAL_DATE_TIME, resolved strictly.
    Cursor c{text};
    if (!c.year(t.year) || !c.literal("-") || !c.fixed(2, t.month) || !c.literal("-") ||
        !c.fixed(2, t.day) || !(c.literal("T") || c.literal("t")) || !c.fixed(2, t.hour) ||
        !c.literal(":") || !c.fixed(2, t.minute))
      return std::nullopt;
    if (c.literal(":")) {
      if (!c.fixed(2, t.second)) return std::nullopt;
      if (c.literal(".")) {
        unsigned digits = 0;
        while (!c.done() && is_digit(c.s[c.at]) && digits < 9) {
          t.nano = t.nano * 10 + static_cast<std::uint32_t>(c.s[c.at++] - '0');
          ++digits;
        }
        for (unsigned i = digits; i < 9; ++i) t.nano *= 10;
      }
    }
    if (!c.done() || !valid_date(t) || t.hour > 23 || t.minute > 59 || t.second > 59)
      return std::nullopt;
    return t;
  }
  // idp-server pads or cuts the fraction to six digits, then parses
  // "yyyy-MM-dd HH:mm:ss.SSSSSS" with the SMART resolver.
  std::string normalized;
  std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) {
    normalized = std::string(text) + ".000000";
  } else {
    std::string_view fraction = text.substr(dot + 1);
    fraction = fraction.substr(0, fraction.find('.'));
    if (fraction.empty()) return std::nullopt;  // String.split dropped it: no parts[1]
    std::string six(fraction.substr(0, 6));
    six.append(6 - six.size(), '0');
    normalized = std::string(text.substr(0, dot)) + "." + six;
  }
  Cursor c{normalized};
  unsigned micros = 0;
  if (!c.year(t.year) || t.year < 1 || !c.literal("-") || !c.fixed(2, t.month) || !c.literal("-") ||
      !c.fixed(2, t.day) || !c.literal(" ") || !c.fixed(2, t.hour) || !c.literal(":") ||
      !c.fixed(2, t.minute) || !c.literal(":") || !c.fixed(2, t.second) || !c.literal(".") ||
      !c.fixed(6, micros) || !c.done())
    return std::nullopt;
  t.nano = micros * 1000;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.minute > 59 || t.second > 59)
    return std::nullopt;
  // SMART: a day past the end of the month becomes its last day; 24:00 is the next midnight.
  t.day = std::min(t.day, civil::days_in_month(t.year, t.month));
  if (t.hour == 24 && t.minute == 0 && t.second == 0 && t.nano == 0) {
    civil::Date next = civil::civil_from_days(civil::days_from_civil(t.year, t.month, t.day) + 1);
    t.year = next.year, t.month = next.month, t.day = next.day, t.hour = 0;
  }
  if (t.hour > 23) return std::nullopt;
  return t;
}

std::optional<LocalDateTime> parse_date_notation(std::string_view text) {
  static constexpr std::string_view k_separators[][3] = {
      {"-", "-", ""}, {"/", "/", ""}, {".", ".", ""}, {"年", "月", "日"}};
  for (const auto& sep : k_separators) {
    Cursor c{text};
    LocalDateTime t;
    if (c.year(t.year) && c.literal(sep[0]) && c.normal(t.month) && c.literal(sep[1]) &&
        c.normal(t.day) && c.literal(sep[2]) && c.done() && valid_date(t))
      return t;
  }
  // uuuuMMdd: adjacent values, the year leaves four digits to month and day.
  Cursor c{text};
  LocalDateTime t;
  if (c.year(t.year, 4) && c.fixed(2, t.month) && c.fixed(2, t.day) && c.done() && valid_date(t))
    return t;
  return std::nullopt;
}

std::string year_text(std::int64_t year) {
  if (year > -1000 && year < 1000) {
    std::string digits = std::to_string(year < 0 ? -year : year);
    std::string out(year < 0 ? "-" : "");
    out.append(4 - digits.size(), '0');
    return out += digits;
  }
  std::string out(year > 9999 ? "+" : "");
  return out += std::to_string(year);
}

std::string to_string(const LocalDateTime& t) {
  std::string out = year_text(t.year);
  out += '-';
  out += two(t.month);
  out += '-';
  out += two(t.day);
  out += 'T';
  out += two(t.hour);
  out += ':';
  out += two(t.minute);
  if (t.second > 0 || t.nano > 0) {
    out += ':';
    out += two(t.second);
    if (t.nano > 0) {
      std::string nine = std::to_string(1000000000u + t.nano).substr(1);
      out += '.';
      out += nine.substr(0, t.nano % 1000000 == 0 ? 3 : t.nano % 1000 == 0 ? 6 : 9);
    }
  }
  return out;
}

std::string to_string(const ZonedDateTime& t) {
  std::string out = to_string(t.local) + TimeZone::offset_id(t.offset);
  if (!t.zone_is_offset) out += "[" + t.zone_id + "]";
  return out;
}

Item local_date_time_item(const LocalDateTime& t, Allocator& a) {
  // Jackson's LocalDateTimeSerializer with WRITE_DATES_AS_TIMESTAMPS: seconds and nanoseconds
  // are written only when not zero.
  Item item;
  item.temporal = true;
  item.text = to_string(t);
  item.json.SetArray();
  item.json.PushBack(static_cast<std::int64_t>(t.year), a);
  for (unsigned v : {t.month, t.day, t.hour, t.minute}) item.json.PushBack(v, a);
  if (t.second > 0 || t.nano > 0) {
    item.json.PushBack(t.second, a);
    if (t.nano > 0) item.json.PushBack(t.nano, a);
  }
  return item;
}

Item zoned_date_time_item(const ZonedDateTime& t, Allocator&) {
  // Jackson writes a ZonedDateTime as decimal epoch seconds.
  Item item;
  item.temporal = true;
  item.text = to_string(t);
  item.json.SetDouble(static_cast<double>(t.epoch_second) + t.local.nano / 1e9);
  return item;
}

}  // namespace idp::json::mapping::jtime
