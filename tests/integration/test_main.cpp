#define BOOST_TEST_MODULE idp_integration
#include <boost/test/unit_test.hpp>
