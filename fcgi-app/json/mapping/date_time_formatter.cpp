#include "json/mapping/date_time_formatter.hpp"

#include <cstdint>

#include "base/civil_time.hpp"

namespace idp::json::mapping::jtime {

struct DateTimeFormatter::Element {
  enum class Kind { literal, field, open, close } kind = Kind::literal;
  std::string text;  // literal
  char letter = 0;
  int count = 0;
  std::size_t close = 0;  // open: index of its close
};

namespace {

using Element = DateTimeFormatter::Element;

constexpr std::string_view k_months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
constexpr std::string_view k_days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
constexpr std::string_view k_quarters[] = {"1st quarter", "2nd quarter", "3rd quarter",
                                           "4th quarter"};

enum class Need { date, time, zone };

Need need_of(char letter) {
  switch (letter) {
    case 'a':
    case 'h':
    case 'K':
    case 'k':
    case 'H':
    case 'm':
    case 's':
    case 'S':
    case 'A':
    case 'n':
    case 'N':
      return Need::time;
    case 'V':
    case 'z':
    case 'O':
    case 'X':
    case 'x':
    case 'Z':
      return Need::zone;
    default:
      return Need::date;
  }
}

// The largest count of each letter, per DateTimeFormatterBuilder.parseField; 0 = not supported.
int max_count(char letter) {
  switch (letter) {
    case 'G':
    case 'Q':
    case 'q':
    case 'M':
    case 'L':
    case 'E':
    case 'X':
    case 'x':
    case 'Z':
      return 5;
    case 'u':
    case 'y':
    case 'A':
    case 'n':
    case 'N':
      return 19;
    case 'D':
      return 3;
    case 'd':
    case 'h':
    case 'H':
    case 'k':
    case 'K':
    case 'm':
    case 's':
      return 2;
    case 'a':
      return 1;
    case 'S':
      return 9;
    case 'V':
    case 'O':
      return 4;
    case 'z':
      return 3;
    default:
      return 0;
  }
}

Status check_field(char letter, int count) {
  std::string l(1, letter);
  if (std::string_view("YwWecFBgvp").find(letter) != std::string_view::npos)
    return fail("pattern letter " + l + " is not supported");
  int max = max_count(letter);
  if (max == 0) return fail("Unknown pattern letter: " + l);
  if (letter == 'V' && count != 2) return fail("Pattern letter count must be 2: V");
  if (letter == 'O' && count != 1 && count != 4)
    return fail("Pattern letter count must be 1 or 4: O");
  if (letter == 'Z' && count == 4) return ok_status();
  if (count > max) {
    if (letter == 'z') return fail("pattern letter z is supported up to zzz (the short zone name)");
    return fail("Too many pattern letters: " + l);
  }
  return ok_status();
}

void number(std::string& out, std::int64_t value, int min_width, bool exceeds_pad) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (value < 0) {
    out += '-';
  } else if (exceeds_pad && min_width < 19) {
    std::int64_t limit = 1;
    for (int i = 0; i < min_width; ++i) limit *= 10;
    if (value >= limit) out += '+';
  }
  if (static_cast<int>(digits.size()) < min_width) out.append(min_width - digits.size(), '0');
  out += digits;
}

void pad2(std::string& out, std::int32_t v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

// OffsetIdPrinterParser: `type` indexes "+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss",
// "+HH:MM:ss", "+HHMMSS", "+HH:MM:SS", "+HHmmss", "+HH:mm:ss".
void offset_id(std::string& out, std::int32_t total, int type, std::string_view zero) {
  if (total == 0) {
    out += zero;
    return;
  }
  static constexpr bool k_colon[] = {false, false, true, false, true, false,
                                     true,  false, true, false, true};
  std::int32_t a = total < 0 ? -total : total;
  std::int32_t h = a / 3600, m = a / 60 % 60, s = a % 60;
  out += total < 0 ? '-' : '+';
  pad2(out, h);
  if ((type >= 3 && type <= 8) || (type >= 9 && s > 0) || (type >= 1 && m > 0)) {
    if (k_colon[type]) out += ':';
    pad2(out, m);
    if (type == 7 || type == 8 || (type >= 5 && s > 0)) {
      if (k_colon[type]) out += ':';
      pad2(out, s);
    }
  }
}

void localized_offset(std::string& out, std::int32_t total, bool full) {
  out += "GMT";
  if (total == 0) return;
  std::int32_t a = total < 0 ? -total : total;
  std::int32_t h = a / 3600, m = a / 60 % 60, s = a % 60;
  out += total < 0 ? '-' : '+';
  if (full) {
    pad2(out, h);
    out += ':';
    pad2(out, m);
  } else {
    out += std::to_string(h);
    if (m != 0 || s != 0) {
      out += ':';
      pad2(out, m);
    }
  }
  if (s != 0) {
    out += ':';
    pad2(out, s);
  }
}

std::string_view text_form(std::string_view full, int count) {
  if (count == 4) return full;
  if (count == 5) return full.substr(0, 1);
  return full.substr(0, 3);
}

// Prints one field of t; `zone` is nullptr when formatting a LocalDate.
void field(std::string& out, char letter, int count, const LocalDateTime& t,
           const ZonedDateTime* zone) {
  std::int64_t days = civil::days_from_civil(t.year, t.month, t.day);
  unsigned iso_dow = (civil::weekday(days) + 6) % 7;  // 0 = Monday
  unsigned quarter = (t.month - 1) / 3 + 1;
  unsigned hour12 = t.hour % 12;
  switch (letter) {
    case 'G':
      if (count <= 3)
        out += t.year > 0 ? "AD" : "BC";
      else
        out += text_form(t.year > 0 ? "Anno Domini" : "Before Christ", count);
      break;
    case 'u':
    case 'y': {
      std::int64_t y = letter == 'y' && t.year <= 0 ? 1 - t.year : t.year;
      if (count == 2)
        pad2(out, static_cast<std::int32_t>((y < 0 ? -y : y) % 100));
      else
        number(out, y, count, count >= 4);
      break;
    }
    case 'Q':
    case 'q':
      if (count <= 2)
        number(out, quarter, count, false);
      else if (count == 3)
        (out += 'Q') += std::to_string(quarter);
      else if (count == 4)
        out += k_quarters[quarter - 1];
      else
        out += std::to_string(quarter);
      break;
    case 'M':
    case 'L':
      if (count <= 2)
        number(out, t.month, count, false);
      else
        out += text_form(k_months[t.month - 1], count);
      break;
    case 'D':
      number(out, civil::day_of_year(t.year, t.month, t.day), count, false);
      break;
    case 'd':
      number(out, t.day, count, false);
      break;
    case 'E':
      out += text_form(k_days[iso_dow], count);
      break;
    case 'a':
      out += t.hour < 12 ? "AM" : "PM";
      break;
    case 'h':
      number(out, hour12 == 0 ? 12 : hour12, count, false);
      break;
    case 'K':
      number(out, hour12, count, false);
      break;
    case 'k':
      number(out, t.hour == 0 ? 24 : t.hour, count, false);
      break;
    case 'H':
      number(out, t.hour, count, false);
      break;
    case 'm':
      number(out, t.minute, count, false);
      break;
    case 's':
      number(out, t.second, count, false);
      break;
    case 'S':
      out += std::to_string(1000000000u + t.nano).substr(1, static_cast<std::size_t>(count));
      break;
    case 'A':
      number(out, (t.hour * 3600 + t.minute * 60 + t.second) * 1000LL + t.nano / 1000000, count,
             false);
      break;
    case 'n':
      number(out, t.nano, count, false);
      break;
    case 'N':
      number(out, (t.hour * 3600 + t.minute * 60 + t.second) * 1000000000LL + t.nano, count, false);
      break;
    case 'V':
      out += zone->zone_id;
      break;
    case 'z':
      out += zone->zone_abbreviation;
      break;
    case 'O':
      localized_offset(out, zone->offset, count == 4);
      break;
    case 'X':
    case 'x': {
      static constexpr int k_types[] = {1, 3, 4, 5, 6};
      static constexpr std::string_view k_zero_x[] = {"+00", "+0000", "+00:00", "+0000", "+00:00"};
      offset_id(out, zone->offset, k_types[count - 1], letter == 'X' ? "Z" : k_zero_x[count - 1]);
      break;
    }
    case 'Z':
      if (count <= 3)
        offset_id(out, zone->offset, 3, "+0000");
      else if (count == 4)
        localized_offset(out, zone->offset, true);
      else
        offset_id(out, zone->offset, 6, "Z");
      break;
    default:
      break;
  }
}

// Formats elements [begin, end); false when a field is not available (the caller drops an
// optional section, or reports the error).
bool format_range(const std::vector<Element>& e, std::size_t begin, std::size_t end,
                  const LocalDateTime& t, const ZonedDateTime* zone, std::string& out,
                  char& missing) {
  for (std::size_t i = begin; i < end; ++i) {
    const Element& el = e[i];
    switch (el.kind) {
      case Element::Kind::literal:
        out += el.text;
        break;
      case Element::Kind::field:
        if (zone == nullptr && need_of(el.letter) != Need::date) {
          missing = el.letter;
          return false;
        }
        field(out, el.letter, el.count, t, zone);
        break;
      case Element::Kind::open: {
        std::string section;
        char ignored = 0;
        if (format_range(e, i + 1, el.close, t, zone, section, ignored)) out += section;
        i = el.close;
        break;
      }
      case Element::Kind::close:
        break;
    }
  }
  return true;
}

}  // namespace

Expected<DateTimeFormatter> DateTimeFormatter::compile(std::string_view p) {
  auto elements = std::make_shared<std::vector<Element>>();
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < p.size();) {
    char c = p[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      std::size_t j = i;
      while (j < p.size() && p[j] == c) ++j;
      int count = static_cast<int>(j - i);
      if (Status s = check_field(c, count); !s) return fail(s.error());
      Element e;
      e.kind = Element::Kind::field;
      e.letter = c;
      e.count = count;
      elements->push_back(std::move(e));
      i = j;
    } else if (c == '\'') {
      // '' is a quote; 'text' is literal, with '' inside it a quote.
      std::size_t j = i + 1;
      std::string text;
      if (j < p.size() && p[j] == '\'') {
        text = "'";
        j += 1;
      } else {
        for (;;) {
          if (j >= p.size())
            return fail("Pattern ends with an incomplete string literal: " + std::string(p));
          if (p[j] == '\'') {
            if (j + 1 < p.size() && p[j + 1] == '\'') {
              text += '\'';
              j += 2;
              continue;
            }
            ++j;
            break;
          }
          text += p[j++];
        }
      }
      elements->push_back(Element{Element::Kind::literal, text, 0, 0, 0});
      i = j;
    } else if (c == '[') {
      if (open.size() >= 16) return fail("optional sections are nested too deeply");
      open.push_back(elements->size());
      elements->push_back(Element{Element::Kind::open, {}, 0, 0, 0});
      ++i;
    } else if (c == ']') {
      if (open.empty()) return fail("Pattern invalid as it contains ] without previous [");
      (*elements)[open.back()].close = elements->size();
      open.pop_back();
      elements->push_back(Element{Element::Kind::close, {}, 0, 0, 0});
      ++i;
    } else if (c == '{' || c == '}' || c == '#') {
      return fail(std::string("Pattern includes reserved character: '") + c + "'");
    } else {
      elements->push_back(Element{Element::Kind::literal, std::string(1, c), 0, 0, 0});
      ++i;
    }
  }
  // An optional section left open closes at the end, as optionalEnd() does implicitly.
  while (!open.empty()) {
    (*elements)[open.back()].close = elements->size();
    open.pop_back();
    elements->push_back(Element{Element::Kind::close, {}, 0, 0, 0});
  }
  DateTimeFormatter f;
  f.m_elements = std::move(elements);
  return f;
}

std::string DateTimeFormatter::format(const ZonedDateTime& t) const {
  std::string out;
  char missing = 0;
  format_range(*m_elements, 0, m_elements->size(), t.local, &t, out, missing);
  return out;
}

Expected<std::string> DateTimeFormatter::format_date(const LocalDateTime& date) const {
  std::string out;
  char missing = 0;
  if (!format_range(*m_elements, 0, m_elements->size(), date, nullptr, out, missing))
    return fail(std::string("the pattern needs a time or a zone (pattern letter ") + missing +
                "), which a date does not have");
  return out;
}

bool DateTimeFormatter::needs_time() const {
  std::size_t depth = 0;
  for (const Element& e : *m_elements) {
    if (e.kind == Element::Kind::open) ++depth;
    if (e.kind == Element::Kind::close) --depth;
    if (e.kind == Element::Kind::field && depth == 0 && need_of(e.letter) != Need::date)
      return true;
  }
  return false;
}

}  // namespace idp::json::mapping::jtime
