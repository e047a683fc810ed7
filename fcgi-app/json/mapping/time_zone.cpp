#include "json/mapping/time_zone.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <mutex>
#include <unordered_map>

#include "base/civil_time.hpp"

namespace idp::json::mapping {

// A POSIX TZ string ("JST-9", "EST5EDT,M3.2.0,M11.1.0"): standard time, and optionally daylight
// time between two dates of every year.
struct TimeZone::Rule {
  struct When {
    char kind = 'M';  // 'J': Jn (1..365, no Feb 29), 'D': n (0..365), 'M': Mm.w.d
    int month = 0, week = 0, weekday = 0, day = 0;
    std::int32_t time = 7200;  // seconds after local midnight
  };
  Offset standard, daylight;
  bool has_daylight = false;
  When start, end;

  // The instant `w` falls on in `year`, read in local time of offset `utc_offset`.
  static std::int64_t instant(const When& w, std::int64_t year, std::int32_t utc_offset) {
    std::int64_t days = 0;
    if (w.kind == 'J') {
      days = civil::days_from_civil(year, 1, 1) + w.day - 1 + (civil::is_leap(year) && w.day >= 60);
    } else if (w.kind == 'D') {
      days = civil::days_from_civil(year, 1, 1) + w.day;
    } else {
      std::int64_t first = civil::days_from_civil(year, static_cast<unsigned>(w.month), 1);
      int offset = (w.weekday - static_cast<int>(civil::weekday(first)) + 7) % 7;
      int day = 1 + offset + (w.week - 1) * 7;
      int last = static_cast<int>(civil::days_in_month(year, static_cast<unsigned>(w.month)));
      while (day > last) day -= 7;
      days = first + day - 1;
    }
    return days * 86400 + w.time - utc_offset;
  }

  const Offset& at(std::int64_t t) const {
    if (!has_daylight) return standard;
    std::int64_t year = civil::civil_from_days(civil::floor_div(t + standard.seconds, 86400)).year;
    std::int64_t begin = instant(start, year, standard.seconds);
    std::int64_t finish = instant(end, year, daylight.seconds);
    bool dst = begin < finish ? (t >= begin && t < finish) : !(t >= finish && t < begin);
    return dst ? daylight : standard;
  }
};

namespace {

constexpr std::size_t k_max_file = 1 << 18;
constexpr std::size_t k_max_cached = 512;
constexpr const char* k_zoneinfo = "/usr/share/zoneinfo/";

std::uint32_t be32(std::string_view d, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(d[at])} << 24) |
         (std::uint32_t{static_cast<unsigned char>(d[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(d[at + 2])} << 8) |
         std::uint32_t{static_cast<unsigned char>(d[at + 3])};
}

std::int64_t be64(std::string_view d, std::size_t at) {
  return static_cast<std::int64_t>((std::uint64_t{be32(d, at)} << 32) | be32(d, at + 4));
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// [+-]h[h...][:mm[:ss]] for POSIX offsets and rule times; hours up to 167 (RFC 8536 §3.3.1).
bool posix_time(std::string_view& s, std::int32_t& out) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  std::int32_t parts[3] = {0, 0, 0};
  for (int part = 0; part < 3; ++part) {
    if (part > 0) {
      if (s.empty() || s[0] != ':') break;
      s.remove_prefix(1);
    }
    std::size_t n = 0;
    while (n < s.size() && n < 3 && is_digit(s[n])) parts[part] = parts[part] * 10 + (s[n++] - '0');
    if (n == 0) return false;
    s.remove_prefix(n);
  }
  if (parts[0] > 167 || parts[1] > 59 || parts[2] > 59) return false;
  out = parts[0] * 3600 + parts[1] * 60 + parts[2];
  if (negative) out = -out;
  return true;
}

bool posix_name(std::string_view& s, std::string& out) {
  std::size_t n = 0;
  if (!s.empty() && s[0] == '<') {
    n = s.find('>');
    if (n == std::string_view::npos) return false;
    out = std::string(s.substr(1, n - 1));
    s.remove_prefix(n + 1);
  } else {
    while (n < s.size() && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z'))) ++n;
    out = std::string(s.substr(0, n));
    s.remove_prefix(n);
  }
  return out.size() >= 3;
}

bool posix_when(std::string_view& s, TimeZone::Rule::When& w) {
  auto number = [&](int& v) {
    std::size_t n = 0;
    v = 0;
    while (n < s.size() && n < 3 && is_digit(s[n])) v = v * 10 + (s[n++] - '0');
    s.remove_prefix(n);
    return n > 0;
  };
  if (!s.empty() && s[0] == 'M') {
    s.remove_prefix(1);
    w.kind = 'M';
    if (!number(w.month) || s.empty() || s[0] != '.') return false;
    s.remove_prefix(1);
    if (!number(w.week) || s.empty() || s[0] != '.') return false;
    s.remove_prefix(1);
    if (!number(w.weekday)) return false;
    if (w.month < 1 || w.month > 12 || w.week < 1 || w.week > 5 || w.weekday > 6) return false;
  } else if (!s.empty() && s[0] == 'J') {
    s.remove_prefix(1);
    w.kind = 'J';
    if (!number(w.day) || w.day < 1 || w.day > 365) return false;
  } else {
    w.kind = 'D';
    if (!number(w.day) || w.day > 365) return false;
  }
  if (!s.empty() && s[0] == '/') {
    s.remove_prefix(1);
    if (!posix_time(s, w.time)) return false;
  }
  return true;
}

bool parse_rule(std::string_view s, TimeZone::Rule& rule) {
  std::int32_t posix_offset = 0;
  if (!posix_name(s, rule.standard.abbreviation) || !posix_time(s, posix_offset)) return false;
  rule.standard.seconds = -posix_offset;  // POSIX counts west of UTC
  if (s.empty()) return true;
  rule.has_daylight = true;
  if (!posix_name(s, rule.daylight.abbreviation)) return false;
  rule.daylight.seconds = rule.standard.seconds + 3600;
  if (!s.empty() && s[0] != ',') {
    if (!posix_time(s, posix_offset)) return false;
    rule.daylight.seconds = -posix_offset;
  }
  if (s.empty()) {
    // No dates: POSIX leaves them to the implementation; the US rules are the usual choice.
    s = ",M3.2.0,M11.1.0";
  }
  if (s[0] != ',') return false;
  s.remove_prefix(1);
  if (!posix_when(s, rule.start) || s.empty() || s[0] != ',') return false;
  s.remove_prefix(1);
  return posix_when(s, rule.end) && s.empty();
}

// Region names as ZoneRegion accepts them, minus paths the tz database does not name zones with.
bool is_region_name(std::string_view id) {
  if (id.size() < 2 || id.size() > 100) return false;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (!letter(id[0])) return false;
  for (char c : id)
    if (!letter(c) && !is_digit(c) && c != '~' && c != '/' && c != '.' && c != '_' && c != '+' &&
        c != '-')
      return false;
  if (id.find("..") != std::string_view::npos || id.find("//") != std::string_view::npos ||
      id.back() == '/')
    return false;
  for (std::string_view excluded : {"posix/", "right/"})
    if (id.substr(0, excluded.size()) == excluded) return false;
  return id != "localtime" && id != "posixrules" && id != "Factory";
}

struct Cache {
  std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const TimeZone>> zones;
  std::unordered_map<std::string, std::string> failures;
};

Cache& cache() {
  static Cache c;
  return c;
}

}  // namespace

Expected<std::int32_t> TimeZone::parse_offset(std::string_view t) {
  if (t == "Z") return 0;
  auto bad = [&] { return fail("invalid ID for ZoneOffset, invalid format: " + std::string(t)); };
  if (t.size() < 2 || (t[0] != '+' && t[0] != '-')) return bad();
  auto two = [&](std::size_t at, int& v) {
    if (at + 2 > t.size() || !is_digit(t[at]) || !is_digit(t[at + 1])) return false;
    v = (t[at] - '0') * 10 + (t[at + 1] - '0');
    return true;
  };
  int h = 0, m = 0, s = 0;
  bool ok = false;
  switch (t.size()) {
    case 2:
      ok = is_digit(t[1]);
      h = t[1] - '0';
      break;
    case 3:
      ok = two(1, h);
      break;
    case 5:
      ok = two(1, h) && two(3, m);
      break;
    case 6:
      ok = two(1, h) && t[3] == ':' && two(4, m);
      break;
    case 7:
      ok = two(1, h) && two(3, m) && two(5, s);
      break;
    case 9:
      ok = two(1, h) && t[3] == ':' && two(4, m) && t[6] == ':' && two(7, s);
      break;
    default:
      break;
  }
  if (!ok) return bad();
  if (h > 18 || m > 59 || s > 59 || (h == 18 && (m > 0 || s > 0)))
    return fail("zone offset not in valid range: -18:00 to +18:00");
  std::int32_t total = h * 3600 + m * 60 + s;
  return t[0] == '-' ? -total : total;
}

std::string TimeZone::offset_id(std::int32_t seconds) {
  if (seconds == 0) return "Z";
  std::int32_t a = seconds < 0 ? -seconds : seconds;
  auto two = [](std::int32_t v) {
    return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
  };
  std::string out(1, seconds < 0 ? '-' : '+');
  (out += two(a / 3600)) += ':';
  out += two(a / 60 % 60);
  if (a % 60 != 0) (out += ':') += two(a % 60);
  return out;
}

TimeZone::Offset TimeZone::offset_at(std::int64_t t) const {
  if (m_types.empty()) return Offset{m_fixed, m_is_offset ? m_id : m_id};
  if (m_times.empty() || t < m_times.front()) {
    if (m_times.empty() && m_rule) return m_rule->at(t);
    return m_types[0];
  }
  auto it = std::upper_bound(m_times.begin(), m_times.end(), t);
  std::size_t index = static_cast<std::size_t>(it - m_times.begin()) - 1;
  if (index + 1 == m_times.size() && m_rule) return m_rule->at(t);
  return m_types[m_type_of[index]];
}

Status TimeZone::parse_tzif(std::string_view d) {
  auto bad = [] { return fail("not a valid TZif file"); };
  if (d.size() < 44 || d.substr(0, 4) != "TZif") return bad();
  char version = d[4];
  std::size_t at = 0;
  auto header = [&](std::size_t& isut, std::size_t& isstd, std::size_t& leap, std::size_t& time,
                    std::size_t& type, std::size_t& chars) {
    if (at + 44 > d.size() || d.substr(at, 4) != "TZif") return false;
    isut = be32(d, at + 20), isstd = be32(d, at + 24), leap = be32(d, at + 28);
    time = be32(d, at + 32), type = be32(d, at + 36), chars = be32(d, at + 40);
    at += 44;
    return type >= 1 && type <= 256 && chars >= 1 && time <= 100000 && leap <= 10000 &&
           isut <= type && isstd <= type;
  };
  std::size_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
  if (!header(isut, isstd, leap, time, type, chars)) return bad();
  std::size_t width = 4;
  if (version >= '2') {
    // Skip the 32-bit block; the 64-bit one after it is complete.
    at += time * 5 + type * 6 + chars + leap * 8 + isstd + isut;
    if (!header(isut, isstd, leap, time, type, chars)) return bad();
    width = 8;
  }
  std::size_t block = time * (width + 1) + type * 6 + chars + leap * (width + 4) + isstd + isut;
  if (at + block > d.size()) return bad();
  for (std::size_t i = 0; i < time; ++i) {
    std::int64_t t =
        width == 8 ? be64(d, at + i * 8) : static_cast<std::int32_t>(be32(d, at + i * 4));
    if (!m_times.empty() && t <= m_times.back()) return bad();
    m_times.push_back(t);
  }
  std::size_t index_at = at + time * width;
  std::size_t types_at = index_at + time;
  std::size_t chars_at = types_at + type * 6;
  for (std::size_t i = 0; i < time; ++i) {
    std::uint8_t ix = static_cast<std::uint8_t>(d[index_at + i]);
    if (ix >= type) return bad();
    m_type_of.push_back(ix);
  }
  std::string_view abbreviations = d.substr(chars_at, chars);
  for (std::size_t i = 0; i < type; ++i) {
    Offset o;
    o.seconds = static_cast<std::int32_t>(be32(d, types_at + i * 6));
    std::size_t ai = static_cast<unsigned char>(d[types_at + i * 6 + 5]);
    if (ai >= chars || o.seconds < -89999 || o.seconds > 93599) return bad();
    o.abbreviation = std::string(abbreviations.substr(ai, abbreviations.find('\0', ai) - ai));
    m_types.push_back(std::move(o));
  }
  at += block;
  if (width == 8 && at < d.size() && d[at] == '\n') {
    std::size_t end = d.find('\n', at + 1);
    if (end == std::string_view::npos) return bad();
    std::string_view footer = d.substr(at + 1, end - at - 1);
    if (!footer.empty()) {
      auto rule = std::make_shared<Rule>();
      if (!parse_rule(footer, *rule)) return bad();
      m_rule = std::move(rule);
    }
  }
  return ok_status();
}

Expected<std::shared_ptr<const TimeZone>> TimeZone::read_region(const std::string& id) {
  std::ifstream in(std::string(k_zoneinfo) + id, std::ios::binary);
  if (!in) return fail("unknown time-zone ID: " + id);
  std::string data;
  data.resize(k_max_file + 1);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  data.resize(static_cast<std::size_t>(in.gcount()));
  if (data.size() > k_max_file) return fail("unknown time-zone ID: " + id);
  auto zone = std::make_shared<TimeZone>();
  zone->m_id = id;
  if (Status parsed = zone->parse_tzif(data); !parsed)
    return fail("unknown time-zone ID: " + id + " (" + parsed.error() + ")");
  return std::shared_ptr<const TimeZone>(std::move(zone));
}

Expected<std::shared_ptr<const TimeZone>> TimeZone::find(std::string_view id) {
  auto fixed = [](std::string zone_id, std::int32_t seconds, bool is_offset) {
    auto zone = std::make_shared<TimeZone>();
    zone->m_id = std::move(zone_id);
    zone->m_is_offset = is_offset;
    zone->m_fixed = seconds;
    return std::shared_ptr<const TimeZone>(std::move(zone));
  };
  if (id == "Z" || (!id.empty() && (id[0] == '+' || id[0] == '-'))) {
    auto seconds = parse_offset(id);
    if (!seconds) return fail(seconds.error());
    return fixed(offset_id(*seconds), *seconds, true);
  }
  for (std::string_view prefix : {"UTC", "GMT", "UT"}) {
    if (id == prefix) return fixed(std::string(prefix), 0, false);
    if (id.size() > prefix.size() && id.substr(0, prefix.size()) == prefix &&
        (id[prefix.size()] == '+' || id[prefix.size()] == '-')) {
      auto seconds = parse_offset(id.substr(prefix.size()));
      if (!seconds) return fail(seconds.error());
      std::string zone_id(prefix);
      if (*seconds != 0) zone_id += offset_id(*seconds);
      return fixed(zone_id, *seconds, false);
    }
  }
  std::string name(id);
  if (!is_region_name(id)) return fail("invalid time-zone ID: " + name);
  Cache& c = cache();
  {
    std::lock_guard<std::mutex> lock(c.mutex);
    if (auto it = c.zones.find(name); it != c.zones.end()) return it->second;
    if (auto it = c.failures.find(name); it != c.failures.end()) return fail(it->second);
  }
  auto zone = read_region(name);
  std::lock_guard<std::mutex> lock(c.mutex);
  if (c.zones.size() + c.failures.size() < k_max_cached) {
    if (zone)
      c.zones.emplace(name, *zone);
    else
      c.failures.emplace(name, zone.error());
  }
  return zone;
}

}  // namespace idp::json::mapping
