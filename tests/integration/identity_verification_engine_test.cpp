// Which processes vendors may call back.
#include <boost/test/unit_test.hpp>

#include "ekyc_tenant.hpp"

namespace {

using namespace idp::test;

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_callback)

// investment-account-opening.json gives Basic credentials to its callback-* processes only. Its
// other processes (cancel, request-ekyc, …) are the user's: run through the callback path they
// would let anybody who knows an application id cancel it or call the vendor, as idp-server
// allows. Here they are no callbacks at all.
BOOST_AUTO_TEST_CASE(a_process_without_basic_credentials_is_no_callback) {
  EkycTenant t;
  std::string id = t.applied();
  for (const char* process : {"cancel", "request-ekyc"}) {
    auto by_path = t.callback(process, "{}", "", "", id);
    BOOST_TEST(by_path.status == 404, process << ": " << by_path.body);
    auto by_vendor_id = t.callback(process, R"({"application_id":")" + t.external_id(id) + "\"}",
                                   "test_user", "test_user001");
    BOOST_TEST(by_vendor_id.status == 404, process << ": " << by_vendor_id.body);
  }
  auto application = t.application(id);
  BOOST_TEST(application["status"].GetString() == std::string("requested"));
  BOOST_TEST(!application["processes"].HasMember("cancel"));
  BOOST_TEST(!application["processes"].HasMember("request-ekyc"));
}

BOOST_AUTO_TEST_SUITE_END()
