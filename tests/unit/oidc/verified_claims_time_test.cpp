// The dates and timestamps max_age is measured from (OIDC4IDA 1.0 §6.3.2: "starting from the
// last valid second of the date value").
#include "oidc/verified_claims_time.hpp"

#include <boost/test/unit_test.hpp>

using idp::oidc::last_valid_second;

BOOST_AUTO_TEST_SUITE(oidc_verified_claims_time)

BOOST_AUTO_TEST_CASE(a_date_ends_at_23_59_59_utc) {
  BOOST_TEST(last_valid_second("2010-03-23").value_or(0) == 1269388799);  // §8 date_of_issuance
  BOOST_TEST(last_valid_second("2024-02-29").value_or(0) == 1709251199);
  BOOST_TEST(last_valid_second("1969-12-31").value_or(0) == -1);
}

BOOST_AUTO_TEST_CASE(a_timestamp_ends_at_the_last_second_it_covers) {
  BOOST_TEST(last_valid_second("2012-04-23T18:25Z").value_or(0) == 1335205559);  // §8 time
  BOOST_TEST(last_valid_second("2012-04-23T18Z").value_or(0) == 1335207599);
  BOOST_TEST(last_valid_second("2021-06-06T05:33:59Z").value_or(0) == 1622957639);
  BOOST_TEST(last_valid_second("2021-06-06T05:33:59.250Z").value_or(0) == 1622957639);
  BOOST_TEST(last_valid_second("2021-06-06T05:33:59").value_or(0) == 1622957639, "read as UTC");
}

BOOST_AUTO_TEST_CASE(time_zone_offsets_are_applied) {
  BOOST_TEST(last_valid_second("2012-04-23T18:25:43+02:00").value_or(0) == 1335198343);
  BOOST_TEST(last_valid_second("2012-04-23T18:25:43+0200").value_or(0) == 1335198343);
  BOOST_TEST(last_valid_second("2012-04-23T14:25:43-02:00").value_or(0) == 1335198343);
}

BOOST_AUTO_TEST_CASE(anything_else_is_not_a_date) {
  for (const char* text :
       {"", "Max", "1956", "2012-4-23", "2012-04-23T", "2012-13-01", "2023-02-29", "2012-04-31",
        "2012-04-23T24:00Z", "2012-04-23T18:60Z", "2012-04-23T18:25:61Z", "2012-04-23T18:25Zx",
        "2012-04-23 18:25Z", "2012-04-23T18:25+25:00", "2012-04-23T18:25:00.Z", "2012-04-23x"})
    BOOST_TEST(!last_valid_second(text).has_value(), text);
}

BOOST_AUTO_TEST_SUITE_END()
