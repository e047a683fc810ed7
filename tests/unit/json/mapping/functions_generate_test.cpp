// Generated values and dates: random_string, uuid4, uuid5, uuid_short, now, date. The clock and
// the random bytes come from a fixed test environment.
#include <boost/test/unit_test.hpp>
#include <set>

#include "json/mapping/mapping_test_support.hpp"

using mapping_test::call;
using mapping_test::map;

namespace {

// Random bytes all zero: every draw is the first character of the alphabet.
const idp::json::mapping::Environment& zero_environment() {
  static idp::json::mapping::Environment env = [] {
    auto e = mapping_test::fixed_environment(mapping_test::test_instant());
    e.random = [](unsigned char* out, std::size_t n) { std::fill(out, out + n, 0); };
    return e;
  }();
  return env;
}

std::chrono::system_clock::time_point utc(int y, int mo, int d, int h, int mi) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_mapping_functions_generate)

BOOST_AUTO_TEST_CASE(random_string_draws_from_the_charset) {
  // Bytes 00 01 02 03 → 66051 % 62 = 21 → "V", and so on.
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": 6}})", "null") == R"("VFzjTD")");
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": 4, "charset": "x"}})", "null") ==
             R"("xxxx")");
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": 0, "charset": ""}})", "null") ==
             R"("")");
  BOOST_TEST(call(R"({"name": "random_string"})", "null", zero_environment()) ==
             R"("AAAAAAAAAAAAAAAA")");
  // The older name, with its "alphabet".
  BOOST_TEST(call(R"({"name": "randomString", "args": {"length": 3, "alphabet": "z"}})", "null") ==
             R"("zzz")");
}

BOOST_AUTO_TEST_CASE(random_string_is_spread_over_the_charset_with_the_system_environment) {
  auto env = idp::json::mapping::Environment::system();
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i)
    seen.insert(call(R"({"name": "random_string", "args": {"length": 16}})", "null", env));
  BOOST_TEST(seen.size() == 20u);
}

BOOST_AUTO_TEST_CASE(random_string_refuses_bad_arguments) {
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": "6"}})", "null") ==
             "compile error: random_string: 'length' must be a number");
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": -1}})", "null") ==
             "compile error: random_string: 'length' must not be negative");
  BOOST_TEST(call(R"({"name": "random_string", "args": {"length": 99999999}})", "null") ==
             "compile error: random_string: 'length' is larger than 4096");
  BOOST_TEST(call(R"({"name": "random_string", "args": {"charset": ""}})", "null") ==
             "compile error: random_string: 'charset' is empty");
}

BOOST_AUTO_TEST_CASE(uuid4_sets_version_and_variant) {
  BOOST_TEST(call(R"({"name": "uuid4"})", "null") == R"("00010203-0405-4607-8809-0a0b0c0d0e0f")");
  BOOST_TEST(call(R"({"name": "uuid4"})", "null", zero_environment()) ==
             R"("00000000-0000-4000-8000-000000000000")");
}

BOOST_AUTO_TEST_CASE(uuid5_is_rfc_4122_name_based) {
  BOOST_TEST(call(R"({"name": "uuid5", "args": {"namespace": "DNS", "name": "example.com"}})",
                  "null") == R"("cfbff0d1-9375-5685-968c-48ce8b15ae17")");
  BOOST_TEST(call(R"({"name": "uuid5", "args": {"namespace": " url "}})",
                  R"("https://example.com/x")") == R"("49517db3-5541-5e91-9cd4-395dd68a97ac")");
  BOOST_TEST(
      call(R"({"name": "uuid5", "args": {"namespace": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}})",
           R"("山田")") == R"("d90fe3d5-6a4a-581e-8478-3045443e14ca")");
  // UUID.fromString is lenient about field widths: c04fd430c8 is read as 00c04fd430c8, the DNS
  // namespace.
  BOOST_TEST(
      call(R"({"name": "uuid5", "args": {"namespace": "6ba7b810-9dad-11d1-80b4-c04fd430c8"}})",
           R"("x")") == call(R"({"name": "uuid5", "args": {"namespace": "DNS"}})", R"("x")"));
  BOOST_TEST(call(R"({"name": "uuid5", "args": {"namespace": "not-a-uuid"}})", "null") ==
             "compile error: uuid5: Invalid namespace 'not-a-uuid'");
  BOOST_TEST(call(R"({"name": "uuid5", "args": {}})", "null") ==
             "compile error: uuid5: 'namespace' is required");
}

BOOST_AUTO_TEST_CASE(uuid_short_alphabets_and_length) {
  BOOST_TEST(call(R"({"name": "uuid_short"})", "null", zero_environment()) == R"("aaaaaaaa")");
  BOOST_TEST(call(R"({"name": "uuid_short", "args": {"length": 12, "uppercase": true}})", "null",
                  zero_environment()) == R"("AAAAAAAAAAAA")");
  std::string s = call(R"({"name": "uuid_short", "args": {"length": 32}})", "null");
  BOOST_TEST(s.size() == 34u);
  BOOST_TEST(s.find_first_of("01lo") == std::string::npos);
  BOOST_TEST(call(R"({"name": "uuid_short", "args": {"length": 3}})", "null") ==
             "compile error: uuid_short: Length must be between 4 and 32, got: 3");
}

BOOST_AUTO_TEST_CASE(now_formats_in_a_zone) {
  // The test clock: 2025-01-15T01:30:00.123456Z, a Wednesday.
  BOOST_TEST(
      call(R"({"name": "now", "args": {"zone": "Asia/Tokyo", "pattern": "yyyy-MM-dd HH:mm:ss"}})",
           "null") == R"("2025-01-15 10:30:00")");
  BOOST_TEST(
      call(
          R"({"name": "now", "args": {"zone": "Asia/Tokyo", "pattern": "yyyy-MM-dd'T'HH:mm:ssXXX"}})",
          "null") == R"("2025-01-15T10:30:00+09:00")");
  BOOST_TEST(
      call(R"({"name": "now", "args": {"zone": "UTC", "pattern": "yyyy-MM-dd'T'HH:mm:ss'Z'"}})",
           "null") == R"("2025-01-15T01:30:00Z")");
  BOOST_TEST(call(R"({"name": "now", "args": {"pattern": "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"}})",
                  "null") == R"("2025-01-15T01:30:00.123Z")");
  BOOST_TEST(
      call(
          R"({"name": "now", "args": {"zone": "America/New_York", "pattern": "yyyy-MM-dd HH:mm z Z"}})",
          "null") == R"("2025-01-14 20:30 EST -0500")");
  BOOST_TEST(
      call(
          R"({"name": "now", "args": {"zone": "Asia/Tokyo", "pattern": "EEE, d MMM yyyy h:mm a zzz '('VV')'"}})",
          "null") == R"x("Wed, 15 Jan 2025 10:30 AM JST (Asia/Tokyo)")x");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "+05:30", "pattern": "HH:mm xxx O"}})",
                  "null") == R"("07:00 +05:30 GMT+5:30")");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "GMT+9", "pattern": "HH:mm VV"}})", "null") ==
             R"("10:30 GMT+09:00")");
}

BOOST_AUTO_TEST_CASE(now_follows_daylight_saving_time) {
  auto summer = mapping_test::fixed_environment(utc(2025, 7, 15, 12, 0));
  BOOST_TEST(
      call(R"({"name": "now", "args": {"zone": "America/New_York", "pattern": "HH:mm zzz XXX"}})",
           "null", summer) == R"("08:00 EDT -04:00")");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "Europe/London", "pattern": "HH:mm z"}})",
                  "null", summer) == R"("13:00 BST")");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "Australia/Sydney", "pattern": "HH:mm z"}})",
                  "null", summer) == R"("22:00 AEST")");
  auto far = mapping_test::fixed_environment(utc(2099, 7, 15, 12, 0));  // past the last transition
  BOOST_TEST(
      call(R"({"name": "now", "args": {"zone": "America/New_York", "pattern": "yyyy HH:mm z"}})",
           "null", far) == R"("2099 08:00 EDT")");
}

BOOST_AUTO_TEST_CASE(now_without_a_pattern_is_a_zoned_date_time) {
  BOOST_TEST(call(R"({"name": "now"})", "null") == "1736904600.123456");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "Asia/Tokyo"}}, {"name": "format"})",
                  "null") == R"("2025-01-15T10:30:00.123456+09:00[Asia/Tokyo]")");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "+09:00"}}, {"name": "format"})", "null") ==
             R"("2025-01-15T10:30:00.123456+09:00")");
}

BOOST_AUTO_TEST_CASE(now_refuses_unknown_zones_and_bad_patterns) {
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "Mars/Olympus"}})", "null") ==
             "compile error: now: unknown time-zone ID: Mars/Olympus");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "../../etc/passwd"}})", "null") ==
             "compile error: now: invalid time-zone ID: ../../etc/passwd");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "posix/Asia/Tokyo"}})", "null") ==
             "compile error: now: invalid time-zone ID: posix/Asia/Tokyo");
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "asia/tokyo"}})", "null")
                 .rfind("compile error: now: unknown time-zone ID", 0) == 0);
  BOOST_TEST(call(R"({"name": "now", "args": {"zone": "+19:00"}})", "null") ==
             "compile error: now: zone offset not in valid range: -18:00 to +18:00");
  BOOST_TEST(call(R"({"name": "now", "args": {"pattern": "yyyy-bb"}})", "null") ==
             "compile error: now: invalid pattern: Unknown pattern letter: b");
  BOOST_TEST(call(R"({"name": "now", "args": {"pattern": "HHH"}})", "null") ==
             "compile error: now: invalid pattern: Too many pattern letters: H");
  BOOST_TEST(
      call(R"({"name": "now", "args": {"pattern": "'open"}})", "null")
          .rfind(
              "compile error: now: invalid pattern: Pattern ends with an incomplete string literal",
              0) == 0);
  BOOST_TEST(call(R"({"name": "now", "args": {"pattern": "YYYY"}})", "null") ==
             "compile error: now: invalid pattern: pattern letter Y is not supported");
}

BOOST_AUTO_TEST_CASE(date_reads_the_usual_notations) {
  BOOST_TEST(call(R"({"name": "date"})", R"("１９９０／０４／０１")") == R"("1990-04-01")");
  BOOST_TEST(call(R"({"name": "date"})", R"("1990年4月1日")") == R"("1990-04-01")");
  BOOST_TEST(call(R"({"name": "date"})", R"(" 1990.4.1 ")") == R"("1990-04-01")");
  BOOST_TEST(call(R"({"name": "date", "args": {"format": "uuuu/MM/dd"}})", R"("19900401")") ==
             R"("1990/04/01")");
  BOOST_TEST(call(R"x({"name": "date", "args": {"format": "d MMMM uuuu (EEEE)"}})x",
                  R"("2000-02-29")") == R"x("29 February 2000 (Tuesday)")x");
  for (const char* unreadable : {R"("H2.4.1")", R"("1990-02-30")", R"("01/04/1990")",
                                 R"("1990-13-01")", R"("19900230")", R"("")"})
    BOOST_TEST(call(R"({"name": "date"})", unreadable) == "null");
  BOOST_TEST(call(R"({"name": "date"})", "null") == "null");
  BOOST_TEST(call(R"({"name": "date", "args": {"format": "uuuu-MM-dd HH"}})", R"("1990-04-01")")
                 .rfind("compile error: date: the format", 0) == 0);
  BOOST_TEST(call(R"({"name": "date", "args": {"format": "uuuu-MM-dd[ HH]"}})",
                  R"("1990-04-01")") == R"("1990-04-01")");
}

BOOST_AUTO_TEST_SUITE_END()
