#include "http/response.hpp"

#include <boost/test/unit_test.hpp>

using namespace idp::http;

BOOST_AUTO_TEST_SUITE(http_response)

BOOST_AUTO_TEST_CASE(responses_default_to_unspecified_caching) {
  Response r = Response::json(200, "{}");
  BOOST_TEST((r.caching == Caching::unspecified));
}

BOOST_AUTO_TEST_CASE(marks_chain_and_clamp) {
  Response r;
  r.mark_cacheable(-5);
  BOOST_TEST((r.caching == Caching::cacheable));
  BOOST_TEST(r.cache_max_age == 0);
  BOOST_TEST((r.mark_token_bearing().caching == Caching::no_store));
}

BOOST_AUTO_TEST_SUITE_END()
