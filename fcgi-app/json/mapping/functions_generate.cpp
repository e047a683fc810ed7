// Generated values and dates: random_string (and its older name randomString), uuid4, uuid5,
// uuid_short, now, date. Randomness and the clock come from the Environment.
#include <chrono>

#include "base/civil_time.hpp"
#include "json/mapping/date_time_formatter.hpp"
#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"
#include "json/mapping/sha1.hpp"
#include "json/mapping/time_zone.hpp"
#include "json/mapping/unicode_normalization.hpp"

namespace idp::json::mapping::fn {
namespace {

constexpr std::string_view k_alphanumeric =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

// RandomStringFunction: length (16) characters drawn from the charset.
struct RandomArgs {
  std::int64_t length = 16;
  std::u16string charset;
};

Expected<RandomArgs> random_args(const Args& args, std::string_view charset_name,
                                 std::size_t max_length) {
  RandomArgs r;
  if (args.contains("length")) {
    const rapidjson::Value* l = args.get("length");
    if (!l || !l->IsNumber()) return fail("random_string: 'length' must be a number");
    r.length = java_int_value(*l);
  }
  if (r.length < 0) return fail("random_string: 'length' must not be negative");
  if (static_cast<std::uint64_t>(r.length) > max_length)
    return fail("random_string: 'length' is larger than " + std::to_string(max_length));
  r.charset = java::to_utf16(k_alphanumeric);
  if (args.contains(charset_name)) {
    const rapidjson::Value* c = args.get(charset_name);
    if (c && !c->IsString())
      return fail("random_string: '" + std::string(charset_name) + "' must be a string");
    if (!c) {
      if (r.length > 0) return fail("random_string: '" + std::string(charset_name) + "' is null");
    } else {
      r.charset = java::to_utf16(std::string_view(c->GetString(), c->GetStringLength()));
    }
  }
  if (r.charset.empty() && r.length > 0)
    return fail("random_string: '" + std::string(charset_name) + "' is empty");
  return r;
}

Status check_random(const Args& args, std::string_view charset_name) {
  if (args.dynamic("length") || args.dynamic(charset_name)) return ok_status();
  auto r = random_args(args, charset_name, Limits{}.max_random_length);
  return r ? ok_status() : Status(fail(r.error()));
}

Expected<Item> apply_random(const Args& args, std::string_view charset_name, CallContext& ctx) {
  auto r = random_args(args, charset_name, ctx.limits.max_random_length);
  if (!r) return fail(r.error());
  std::u16string out;
  for (std::int64_t i = 0; i < r->length; ++i)
    out += r->charset[ctx.env.uniform(static_cast<std::uint32_t>(r->charset.size()))];
  return ctx.text_item(java::to_utf8(out));
}

std::string uuid_text(const std::uint8_t* b) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += k_hex[b[i] >> 4];
    out += k_hex[b[i] & 0xF];
  }
  return out;
}

// UUID.fromString: five dash-separated hexadecimal fields, each masked to its width.
std::optional<std::array<std::uint8_t, 16>> parse_uuid(std::string_view s) {
  if (java::utf16_length(s) > 36) return std::nullopt;
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (std::size_t at = s.find('-'); fields.size() < 4 && at != std::string_view::npos;
       at = s.find('-', start)) {
    fields.push_back(s.substr(start, at - start));
    start = at + 1;
  }
  if (fields.size() != 4 || s.find('-', start) != std::string_view::npos) return std::nullopt;
  fields.push_back(s.substr(start));
  static constexpr int k_bits[] = {32, 16, 16, 16, 48};
  std::uint64_t value[5] = {};
  for (int f = 0; f < 5; ++f) {
    std::string_view text = fields[static_cast<std::size_t>(f)];
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);  // Long.parseLong accepts it
    if (text.empty() || text.size() > 16) return std::nullopt;
    std::uint64_t v = 0;
    for (char c : text) {
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return std::nullopt;
      v = v << 4 | static_cast<std::uint64_t>(d);
    }
    if (text.size() == 16 && v > 0x7FFFFFFFFFFFFFFFULL) return std::nullopt;  // beyond a long
    value[f] = v & ((1ULL << k_bits[f]) - 1);
  }
  std::uint64_t msb = value[0] << 32 | value[1] << 16 | value[2];
  std::uint64_t lsb = value[3] << 48 | value[4];
  std::array<std::uint8_t, 16> out{};
  for (int i = 0; i < 8; ++i) {
    out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(msb >> (56 - 8 * i));
    out[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(lsb >> (56 - 8 * i));
  }
  return out;
}

Expected<std::array<std::uint8_t, 16>> uuid5_namespace(const Args& args) {
  const rapidjson::Value* ns = args.get("namespace");
  if (ns && !ns->IsString()) return fail("uuid5: 'namespace' must be a string");
  std::string text = ns ? std::string(ns->GetString(), ns->GetStringLength()) : std::string();
  if (text.empty()) return fail("uuid5: 'namespace' is required");
  std::string key = java::to_upper(java::trim(text));
  static constexpr std::pair<std::string_view, std::string_view> k_standard[] = {
      {"DNS", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
      {"URL", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"},
      {"OID", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"},
      {"X500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"}};
  for (const auto& [name, uuid] : k_standard)
    if (key == name) return *parse_uuid(uuid);
  auto parsed = parse_uuid(text);
  if (!parsed) return fail("uuid5: Invalid namespace '" + text + "'");
  return *parsed;
}

Expected<jtime::DateTimeFormatter> date_format(const Args& args) {
  auto format = args.text("format");
  std::string pattern = format && !java::trim(*format).empty() ? *format : "uuuu-MM-dd";
  auto f = jtime::DateTimeFormatter::compile(pattern);
  if (!f) return fail("date: invalid format '" + pattern + "': " + f.error());
  if (f->needs_time())
    return fail("date: the format '" + pattern +
                "' needs a time of day or a zone, which a date has not");
  return f;
}

}  // namespace

Status check_random_string(const Args& args, std::size_t) {
  return check_random(args, "charset");
}
Expected<Item> apply_random_string(Item, const Args& args, CallContext& ctx) {
  return apply_random(args, "charset", ctx);
}
Status check_random_string_legacy(const Args& args, std::size_t) {
  return check_random(args, "alphabet");
}
Expected<Item> apply_random_string_legacy(Item, const Args& args, CallContext& ctx) {
  return apply_random(args, "alphabet", ctx);
}

// uuid4: a random version 4 UUID.
Status check_uuid4(const Args&, std::size_t) {
  return ok_status();
}
Expected<Item> apply_uuid4(Item, const Args&, CallContext& ctx) {
  std::uint8_t b[16];
  ctx.env.random(b, sizeof b);
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
  return ctx.text_item(uuid_text(b));
}

// uuid5: SHA-1 of namespace (a UUID or DNS, URL, OID, X500) and name (default: the input's text).
Status check_uuid5(const Args& args, std::size_t) {
  if (args.dynamic("namespace")) return ok_status();
  if (!args.dynamic("name"))
    if (const rapidjson::Value* n = args.get("name"); n && !n->IsString())
      return fail("uuid5: 'name' must be a string");
  auto ns = uuid5_namespace(args);
  return ns ? ok_status() : Status(fail(ns.error()));
}

Expected<Item> apply_uuid5(Item input, const Args& args, CallContext& ctx) {
  auto ns = uuid5_namespace(args);
  if (!ns) return fail(ns.error());
  const rapidjson::Value* n = args.get("name");
  if (n && !n->IsString()) return fail("uuid5: 'name' must be a string");
  std::string name = n                 ? std::string(n->GetString(), n->GetStringLength())
                     : input.is_null() ? std::string()
                                       : java_string(input);
  std::string data(ns->begin(), ns->end());
  data += java::to_utf8(java::to_utf16(name));
  auto hash = sha1(data);
  hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);
  hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);
  return ctx.text_item(uuid_text(hash.data()));
}

// uuid_short: length (8, from 4 to 32) characters, without 0 O 1 l unless exclude_ambiguous is
// false, upper case with uppercase.
Status check_uuid_short(const Args& args, std::size_t) {
  if (args.dynamic("length")) return ok_status();
  int length = int_arg(args, "length", 8);
  if (length < 4 || length > 32)
    return fail("uuid_short: Length must be between 4 and 32, got: " + std::to_string(length));
  return ok_status();
}

Expected<Item> apply_uuid_short(Item, const Args& args, CallContext& ctx) {
  int length = int_arg(args, "length", 8);
  if (length < 4 || length > 32)
    return fail("uuid_short: Length must be between 4 and 32, got: " + std::to_string(length));
  bool upper = bool_arg_text(args, "uppercase", false);
  bool safe = bool_arg_text(args, "exclude_ambiguous", true);
  std::string_view alphabet =
      safe ? "abcdefghijkmnpqrstuvwxyz23456789" : "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  for (int i = 0; i < length; ++i)
    out += alphabet[ctx.env.uniform(static_cast<std::uint32_t>(alphabet.size()))];
  return ctx.text_item(upper ? java::to_upper(out) : out);
}

// now: the current time in `zone` (UTC), formatted with `pattern`, or without one the
// ZonedDateTime itself (JSON: epoch seconds; text: its toString()).
namespace {
struct NowArgs {
  std::shared_ptr<const TimeZone> zone;
  std::optional<jtime::DateTimeFormatter> pattern;
};

Expected<NowArgs> now_args(const Args& args) {
  NowArgs r;
  std::string zone = "UTC";
  if (args.contains("zone")) {
    const rapidjson::Value* z = args.get("zone");
    if (!z || !z->IsString()) return fail("now: 'zone' must be a string");
    zone = std::string(z->GetString(), z->GetStringLength());
  }
  auto found = TimeZone::find(zone);
  if (!found) return fail("now: " + found.error());
  r.zone = *found;
  if (const rapidjson::Value* p = args.get("pattern")) {
    if (!p->IsString()) return fail("now: 'pattern' must be a string");
    if (p->GetStringLength() > 0) {
      auto f =
          jtime::DateTimeFormatter::compile(std::string_view(p->GetString(), p->GetStringLength()));
      if (!f) return fail("now: invalid pattern: " + f.error());
      r.pattern = *f;
    }
  }
  return r;
}
}  // namespace

Status check_now(const Args& args, std::size_t) {
  if (args.dynamic("zone") || args.dynamic("pattern")) return ok_status();
  auto r = now_args(args);
  return r ? ok_status() : Status(fail(r.error()));
}

Expected<Item> apply_now(Item, const Args& args, CallContext& ctx) {
  auto r = now_args(args);
  if (!r) return fail(r.error());
  // Java's clock on Linux ticks in microseconds.
  auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(ctx.env.clock().time_since_epoch())
          .count();
  jtime::ZonedDateTime t;
  t.epoch_second = civil::floor_div(micros, 1000000);
  TimeZone::Offset offset = r->zone->offset_at(t.epoch_second);
  t.offset = offset.seconds;
  t.zone_id = r->zone->id();
  t.zone_is_offset = r->zone->is_offset();
  t.zone_abbreviation = offset.abbreviation;
  std::int64_t local = t.epoch_second + offset.seconds;
  civil::Date d = civil::civil_from_days(civil::floor_div(local, 86400));
  std::int64_t sod = civil::floor_mod(local, 86400);
  t.local =
      jtime::LocalDateTime{d.year,
                           d.month,
                           d.day,
                           static_cast<unsigned>(sod / 3600),
                           static_cast<unsigned>(sod / 60 % 60),
                           static_cast<unsigned>(sod % 60),
                           static_cast<std::uint32_t>(civil::floor_mod(micros, 1000000) * 1000)};
  if (r->pattern) return ctx.text_item(r->pattern->format(t));
  return jtime::zoned_date_time_item(t, ctx.alloc);
}

// date: a calendar date in any of the usual notations (1990-04-01, 1990/4/1, 19900401,
// 1990年4月1日, fullwidth too) written with `format` (uuuu-MM-dd); null when unreadable.
Status check_date(const Args& args, std::size_t) {
  if (args.dynamic("format")) return ok_status();
  auto f = date_format(args);
  return f ? ok_status() : Status(fail(f.error()));
}

Expected<Item> apply_date(Item input, const Args& args, CallContext& ctx) {
  auto format = date_format(args);
  if (!format) return fail(format.error());
  if (input.is_null()) return input;
  std::string folded = unicode::normalize(java_string(input), unicode::NormalForm::nfkc);
  auto date = jtime::parse_date_notation(java::trim(folded));
  if (!date) return Item();
  auto text = format->format_date(*date);
  if (!text) return fail("date: " + text.error());
  return ctx.text_item(*text);
}

}  // namespace idp::json::mapping::fn
