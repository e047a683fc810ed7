#include "base/time_text.hpp"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(time_text)

BOOST_AUTO_TEST_CASE(utc_timestamps_with_and_without_the_zone) {
  BOOST_TEST(idp::utc_timestamp(1'750'000'000'123) == "2025-06-15T15:06:40.123Z");
  BOOST_TEST(idp::utc_timestamp(1'750'000'000'005, false) == "2025-06-15T15:06:40.005");
  BOOST_TEST(idp::utc_timestamp(0) == "1970-01-01T00:00:00.000Z");
  BOOST_TEST(idp::utc_timestamp(-1) == "1969-12-31T23:59:59.999Z");
}

BOOST_AUTO_TEST_SUITE_END()
