// The Java behaviour the functions rest on: number text, digits, case mapping, BigDecimal
// comparison, time zones from the TZif files, java.time text, Jayway path spellings.
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "json/mapping/decimal.hpp"
#include "json/mapping/java_text.hpp"
#include "json/mapping/java_time.hpp"
#include "json/mapping/json_path.hpp"
#include "json/mapping/sha1.hpp"
#include "json/mapping/time_zone.hpp"
#include "json/mapping/unicode_normalization.hpp"

namespace java = idp::json::mapping::java;
namespace jtime = idp::json::mapping::jtime;
using idp::json::mapping::Decimal;
using idp::json::mapping::TimeZone;

namespace {

int cmp(std::string_view a, std::string_view b) {
  return compare(*Decimal::parse(a), *Decimal::parse(b));
}

std::int64_t epoch(int y, unsigned m, unsigned d, int h, int mi, int s = 0) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = static_cast<int>(m) - 1;
  tm.tm_mday = static_cast<int>(d);
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return timegm(&tm);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_mapping_java_support)

BOOST_AUTO_TEST_CASE(double_to_string_as_java_prints_it) {
  BOOST_TEST(java::double_to_string(1.0) == "1.0");
  BOOST_TEST(java::double_to_string(0.1) == "0.1");
  BOOST_TEST(java::double_to_string(-2.5) == "-2.5");
  BOOST_TEST(java::double_to_string(1234567.0) == "1234567.0");
  BOOST_TEST(java::double_to_string(1e7) == "1.0E7");
  BOOST_TEST(java::double_to_string(0.001) == "0.001");
  BOOST_TEST(java::double_to_string(0.0001) == "1.0E-4");
  BOOST_TEST(java::double_to_string(1.5e300) == "1.5E300");
  BOOST_TEST(java::double_to_string(0.0) == "0.0");
  BOOST_TEST(java::double_to_string(-0.0) == "-0.0");
  BOOST_TEST(java::double_to_string(NAN) == "NaN");
  BOOST_TEST(java::double_to_string(-INFINITY) == "-Infinity");
}

BOOST_AUTO_TEST_CASE(parse_integer_as_integer_parse_int) {
  BOOST_TEST(*java::parse_integer("42", INT32_MIN, INT32_MAX) == 42);
  BOOST_TEST(*java::parse_integer("+42", INT32_MIN, INT32_MAX) == 42);
  BOOST_TEST(*java::parse_integer("-2147483648", INT32_MIN, INT32_MAX) == INT32_MIN);
  BOOST_TEST(!java::parse_integer("2147483648", INT32_MIN, INT32_MAX));
  BOOST_TEST(*java::parse_integer("-9223372036854775808", INT64_MIN, INT64_MAX) == INT64_MIN);
  BOOST_TEST(*java::parse_integer("٤٢", INT32_MIN, INT32_MAX) == 42);  // Arabic-Indic digits
  for (const char* bad : {"", "-", "+", " 1", "1 ", "1.0", "0x1", "1e3"})
    BOOST_TEST(!java::parse_integer(bad, INT32_MIN, INT32_MAX));
}

BOOST_AUTO_TEST_CASE(parse_double_as_double_parse_double) {
  BOOST_TEST(*java::parse_double(" 1.5 ") == 1.5);
  BOOST_TEST(*java::parse_double("1e3") == 1000.0);
  BOOST_TEST(*java::parse_double(".5") == 0.5);
  BOOST_TEST(*java::parse_double("2.") == 2.0);
  BOOST_TEST(*java::parse_double("1.5d") == 1.5);
  BOOST_TEST(*java::parse_double("-0x1.8p1") == -3.0);
  BOOST_TEST(std::isinf(*java::parse_double("1e400")));
  BOOST_TEST(*java::parse_double("1e-400") == 0.0);
  BOOST_TEST(std::isnan(*java::parse_double("NaN")));
  BOOST_TEST(*java::parse_double("-Infinity") == -INFINITY);
  for (const char* bad : {"", ".", "e5", "1e", "0x10", "１", "1,5", "inf"})
    BOOST_TEST(!java::parse_double(bad));
}

BOOST_AUTO_TEST_CASE(case_mapping_and_folding) {
  BOOST_TEST(java::to_upper("ﬁx ß ǆ") == "FIX SS Ǆ");
  BOOST_TEST(java::to_lower("İ") == "i\u0307");
  BOOST_TEST(java::to_lower("İ", true) == "i");
  BOOST_TEST((java::to_upper_char(U'ａ') == U'Ａ'));
  BOOST_TEST(java::equals_ignore_case(u"ǅ", u"ǆ"));
  BOOST_TEST(java::digit(U'７') == 7);
  BOOST_TEST(java::digit(U'x') == -1);
  BOOST_TEST(java::utf16_length("a😀") == 3u);
}

BOOST_AUTO_TEST_CASE(unicode_normalization_forms) {
  using idp::json::mapping::unicode::NormalForm;
  using idp::json::mapping::unicode::normalize;
  // The examples of idp-server's NormalizeFunction.
  BOOST_TEST(normalize("ﾔﾏﾀﾞ ﾀﾛｳ", NormalForm::nfkc) == "ヤマダ タロウ");
  BOOST_TEST(normalize("ﾔﾏﾀﾞ ﾀﾛｳ", NormalForm::nfc) == "ﾔﾏﾀﾞ ﾀﾛｳ");
  BOOST_TEST(normalize("ｶﾞ", NormalForm::nfkc) == "ガ");
  BOOST_TEST(normalize("ｶﾞ", NormalForm::nfkd) == "カ\u3099");
  BOOST_TEST(normalize("Ａｂｃ１２３", NormalForm::nfkc) == "Abc123");
  BOOST_TEST(normalize("①", NormalForm::nfkc) == "1");
  BOOST_TEST(normalize("㈱", NormalForm::nfkc) == "(株)");
  BOOST_TEST(normalize("１９９０／０４．０１　㏠", NormalForm::nfkc) == "1990/04.01 1日");
  // Canonical reordering and composition, Hangul, the singletons every form folds.
  BOOST_TEST(normalize("e\u0301", NormalForm::nfc) == "\u00e9");
  BOOST_TEST(normalize("\u00e9", NormalForm::nfd) == "e\u0301");
  BOOST_TEST(normalize("a\u0323\u0302", NormalForm::nfd) == "a\u0323\u0302");
  BOOST_TEST(normalize("a\u0302\u0323", NormalForm::nfc) == "\u1ead");
  BOOST_TEST(normalize("\u1100\u1161\u11a8", NormalForm::nfc) == "\uac01");
  BOOST_TEST(normalize("\uac01", NormalForm::nfd) == "\u1100\u1161\u11a8");
  BOOST_TEST(normalize("\u212a", NormalForm::nfc) == "K");
  BOOST_TEST(normalize("\u0301e", NormalForm::nfc) == "\u0301e");
  BOOST_TEST(normalize("", NormalForm::nfkc) == "");
}

BOOST_AUTO_TEST_CASE(big_decimal_comparison) {
  BOOST_TEST(cmp("18", "18.0") == 0);
  BOOST_TEST(cmp("1.8e1", "18") == 0);
  BOOST_TEST(cmp("0.1", "0.10000000000000001") < 0);
  BOOST_TEST(cmp("-0", "0") == 0);
  BOOST_TEST(cmp("-1", "-2") > 0);
  BOOST_TEST(cmp("9007199254740993", "9.007199254740992E15") > 0);
  BOOST_TEST(cmp("1e-999999", "0") > 0);
  BOOST_TEST(cmp("+.5", "0.5") == 0);
  for (const char* bad : {"", ".", "1..2", "abc", "1e", "1e1000000001", " 1", "NaN", "Infinity"})
    BOOST_TEST(!Decimal::parse(bad));
}

BOOST_AUTO_TEST_CASE(time_zones_from_tzif_files) {
  auto tokyo = TimeZone::find("Asia/Tokyo");
  BOOST_REQUIRE(tokyo);
  BOOST_TEST((*tokyo)->offset_at(epoch(2025, 1, 15, 0, 0)).seconds == 9 * 3600);
  BOOST_TEST((*tokyo)->offset_at(epoch(2025, 1, 15, 0, 0)).abbreviation == "JST");
  auto york = TimeZone::find("America/New_York");
  BOOST_REQUIRE(york);
  // 2025-03-09 02:00 EST is 07:00Z; DST ends 2025-11-02 02:00 EDT = 06:00Z.
  BOOST_TEST((*york)->offset_at(epoch(2025, 3, 9, 6, 59, 59)).seconds == -5 * 3600);
  BOOST_TEST((*york)->offset_at(epoch(2025, 3, 9, 7, 0)).seconds == -4 * 3600);
  BOOST_TEST((*york)->offset_at(epoch(2025, 11, 2, 5, 59, 59)).seconds == -4 * 3600);
  BOOST_TEST((*york)->offset_at(epoch(2025, 11, 2, 6, 0)).seconds == -5 * 3600);
  BOOST_TEST((*york)->offset_at(epoch(1800, 1, 1, 0, 0)).abbreviation == "LMT");  // before 1883
  auto howe = TimeZone::find("Australia/Lord_Howe");  // half-hour daylight saving
  BOOST_REQUIRE(howe);
  BOOST_TEST((*howe)->offset_at(epoch(2045, 1, 1, 0, 0)).seconds == 11 * 3600);
  BOOST_TEST((*howe)->offset_at(epoch(2045, 7, 1, 0, 0)).seconds == 10 * 3600 + 1800);
  BOOST_TEST(TimeZone::find("Japan").ok());  // a tz database link, as Java knows it
}

BOOST_AUTO_TEST_CASE(zone_ids_as_zone_id_of) {
  BOOST_TEST((*TimeZone::find("Z"))->id() == "Z");
  BOOST_TEST((*TimeZone::find("+9"))->id() == "+09:00");
  BOOST_TEST((*TimeZone::find("-0330"))->offset_at(0).seconds == -(3 * 3600 + 1800));
  BOOST_TEST((*TimeZone::find("+09:30:15"))->id() == "+09:30:15");
  BOOST_TEST((*TimeZone::find("UTC"))->id() == "UTC");
  BOOST_TEST(!(*TimeZone::find("UTC"))->is_offset());
  BOOST_TEST((*TimeZone::find("UT+01"))->id() == "UT+01:00");
  BOOST_TEST((*TimeZone::find("GMT+0"))->id() == "GMT");
  for (const char* bad : {"", "JST", "+1:00", "+18:01", "Asia/../Tokyo", "/etc/localtime",
                          "localtime", "Asia/Tokyo/", "A", "right/UTC", "zone.tab"})
    BOOST_TEST(!TimeZone::find(bad).ok(), bad);
}

BOOST_AUTO_TEST_CASE(java_time_text) {
  BOOST_TEST(jtime::year_text(2025) == "2025");
  BOOST_TEST(jtime::year_text(5) == "0005");
  BOOST_TEST(jtime::year_text(-1) == "-0001");
  BOOST_TEST(jtime::year_text(10000) == "+10000");
  jtime::LocalDateTime t{2025, 7, 6, 11, 51, 0, 0};
  BOOST_TEST(jtime::to_string(t) == "2025-07-06T11:51");
  t.nano = 1000;
  BOOST_TEST(jtime::to_string(t) == "2025-07-06T11:51:00.000001");
  t.nano = 797165171;
  BOOST_TEST(jtime::to_string(t) == "2025-07-06T11:51:00.797165171");
  BOOST_TEST(!jtime::parse_local_date_time("2025-07-06 11:51"));
  BOOST_TEST(!jtime::parse_local_date_time("2025-07-06."));
  BOOST_TEST(jtime::parse_local_date_time("2025-07-06 11:51:20.1234567")->nano == 123456000u);
  BOOST_TEST(jtime::parse_local_date_time("2025-12-31 24:00:00")->year == 2026);
  BOOST_TEST(!jtime::parse_local_date_time("0000-01-01 00:00:00"));  // no year 0 of the era
  BOOST_TEST(jtime::parse_local_date_time("-0001-01-01T00:00")->year == -1);
  BOOST_TEST(jtime::parse_date_notation("+119900401")->year == 11990);  // "+" allows a fifth digit
  BOOST_TEST(!jtime::parse_date_notation("119900401"));
  BOOST_TEST(jtime::parse_date_notation("+11990-04-01")->year == 11990);
  BOOST_TEST(!jtime::parse_date_notation("11990-04-01"));
}

BOOST_AUTO_TEST_CASE(jayway_path_spellings) {
  using idp::json::mapping::jayway_to_rfc9535;
  BOOST_TEST(jayway_to_rfc9535("$.password-authentication.success_count") ==
             "$['password-authentication'].success_count");
  BOOST_TEST(jayway_to_rfc9535("$.[0].processName") == "$[0].processName");
  BOOST_TEST(jayway_to_rfc9535("$..x-y") == "$..['x-y']");
  BOOST_TEST(jayway_to_rfc9535("$.a[?(@.b == 'x-y.z')].c") == "$.a[?(@.b == 'x-y.z')].c");
  BOOST_TEST(jayway_to_rfc9535("$.it's") == R"($['it\'s'])");
  BOOST_TEST(jayway_to_rfc9535("$.a.b[*]") == "$.a.b[*]");
  BOOST_TEST(idp::json::mapping::compile_path("$.a-b").ok());
  BOOST_TEST(idp::json::mapping::compile_path("$.a[").error().find("invalid JSONPath '$.a['") == 0);
}

BOOST_AUTO_TEST_CASE(sha1_known_answers) {
  auto hex = [](const std::array<std::uint8_t, 20>& d) {
    std::string s;
    for (auto b : d) {
      static const char* k = "0123456789abcdef";
      s += k[b >> 4];
      s += k[b & 15];
    }
    return s;
  };
  BOOST_TEST(hex(idp::json::mapping::sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  BOOST_TEST(hex(idp::json::mapping::sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  BOOST_TEST(hex(idp::json::mapping::sha1(std::string(1000, 'a'))) ==
             "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}

BOOST_AUTO_TEST_SUITE_END()
