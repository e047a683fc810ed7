// What an approval leaves in verified_claims when the vendor's examination result lacks some of
// what the template's result rules map.
#include <boost/test/unit_test.hpp>

#include "ekyc_tenant.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace {

using namespace idp::test;

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_claims)

// investment-account-opening.json maps 23 members; a result with one piece of evidence and
// three claims must give exactly those: no null for a missing value, no empty shell around one.
BOOST_AUTO_TEST_CASE(members_the_examination_result_lacks_are_left_out_not_null) {
  EkycTenant t;
  std::string id = t.applied();
  std::string external = t.external_id(id);
  BOOST_REQUIRE_EQUAL(
      t.callback("callback-examination", R"({"application_id":")" + external + R"("})").status,
      200);
  auto result = t.callback("callback-result", R"({"application_id":")" + external + R"(",
    "verification": {"evidence": [{"type": "electronic_record", "time": "2025-06-01T10:00:00Z"}]},
    "claims": {"given_name": "Ichiro", "family_name": "Ito", "address": {"country": "JP"}}})");
  BOOST_REQUIRE_MESSAGE(result.status == 200, result.body);
  auto results = t.results();
  BOOST_REQUIRE_EQUAL(results["total_count"].GetInt(), 1);
  auto expected = idp::json::parse(R"({"verification": {"trust_framework": "jp_aml",
      "evidence": [{"type": "electronic_record", "time": "2025-06-01T10:00:00Z"}]},
    "claims": {"given_name": "Ichiro", "family_name": "Ito", "address": {"country": "JP"}}})");
  BOOST_REQUIRE(expected.ok());
  // Stored as JSONB: compared as JSON, whatever the member order.
  BOOST_TEST((results["list"][0]["verified_claims"] == *expected),
             idp::json::write(results["list"][0]["verified_claims"]));
}

BOOST_AUTO_TEST_SUITE_END()
