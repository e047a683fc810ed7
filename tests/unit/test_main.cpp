#define BOOST_TEST_MODULE idp_unit
#include <boost/test/unit_test.hpp>
