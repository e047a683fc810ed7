// The verified_claims member of the claims parameter as the authorization endpoint checks it
// (oauth/authorization/claims_request.hpp): every request example of OIDC4IDA 1.0 passes, and
// what §6 rules out is an invalid_request.
#include <boost/test/unit_test.hpp>

#include "oauth/authorization/claims_request.hpp"
#include "oidc4ida_examples.hpp"

using namespace idp;
using namespace idp::test;

namespace {

std::string error_of(const std::string& verified_claims) {
  auto ok =
      oauth::check_claims_request(R"({"userinfo":{"verified_claims":)" + verified_claims + "}}");
  return ok ? std::string("(accepted)") : ok.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(oidc_verified_claims_request)

BOOST_AUTO_TEST_CASE(the_specification_s_requests_are_accepted) {
  for (const char* file :
       {"request_6_1_claims.json", "request_6_1_essential.json", "request_6_1_purpose.json",
        "request_6_2_verification.json", "request_6_2_evidence.json",
        "request_6_2_document_details.json", "request_6_3_1_trust_framework_values.json",
        "request_6_3_1_aml.json", "request_6_3_2_max_age.json", "request_6_4_claim_sets.json",
        "request_6_4_claim_sets_same_claims.json", "request_8_14_userinfo.json",
        "request_8_15_id_token.json"}) {
    auto ok = oauth::check_claims_request(read_data(std::string("oidc4ida/") + file));
    BOOST_TEST(ok.ok(), file << ": " << (ok ? "" : ok.error()));
  }
}

BOOST_AUTO_TEST_CASE(an_empty_or_missing_claims_member_is_an_invalid_request) {
  // §6.5.4: "If the claims sub-element is empty, the OP MUST abort the transaction with an
  // invalid_request error."
  const std::string expected =
      "claims.userinfo.verified_claims.claims must be a non-empty object (OIDC4IDA §6.5.4)";
  BOOST_TEST(error_of(R"({"verification":{"trust_framework":null},"claims":{}})") == expected);
  BOOST_TEST(error_of(R"({"verification":{"trust_framework":null}})") == expected);
  BOOST_TEST(error_of(R"({"claims":null})") == expected);
  BOOST_TEST(error_of(R"([{"claims":{"given_name":null}},{"claims":{}}])") ==
             "claims.userinfo.verified_claims[1].claims must be a non-empty object (OIDC4IDA "
             "§6.5.4)");
}

BOOST_AUTO_TEST_CASE(purpose_has_3_to_300_characters) {
  // §6.1: otherwise "the authentication request MUST fail".
  auto with_purpose = [](const std::string& purpose) {
    return error_of(R"({"claims":{"given_name":{"purpose":")" + purpose + "\"}}}");
  };
  BOOST_TEST(with_purpose("abc") == "(accepted)");
  BOOST_TEST(with_purpose("äöü") == "(accepted)", "characters, not bytes");
  BOOST_TEST(with_purpose(std::string(300, 'p')) == "(accepted)");
  BOOST_TEST(with_purpose("ab") ==
             "claims.userinfo.verified_claims.claims.given_name.purpose "
             "must be 3 to 300 characters (OIDC4IDA §6.1)");
  BOOST_TEST(with_purpose(std::string(301, 'p')) != "(accepted)");
  BOOST_TEST(
      error_of(R"({"verification":{"trust_framework":{"purpose":"x"}},"claims":{"a":null}})") !=
      "(accepted)");
}

BOOST_AUTO_TEST_CASE(evidence_entries_name_their_type_with_value) {
  // §6.2: "the RP MUST specify this type by including the type field including a suitable value
  // sub-element value. The values sub-element MUST NOT be used for the evidence/type field."
  const std::string expected =
      "claims.userinfo.verified_claims.verification.evidence[0].type must be an object with "
      "\"value\" (OIDC4IDA §6.2)";
  BOOST_TEST(error_of(R"({"verification":{"evidence":[{"method":null}]},"claims":{"a":null}})") ==
             expected);
  BOOST_TEST(error_of(R"({"verification":{"evidence":[{"type":{"values":["document"]}}]},)"
                      R"("claims":{"a":null}})") == expected);
  BOOST_TEST(error_of(R"({"verification":{"evidence":{"type":{"value":"document"}}},)"
                      R"("claims":{"a":null}})") ==
             "claims.userinfo.verified_claims.verification.evidence must be an array");
}

BOOST_AUTO_TEST_CASE(other_malformed_requests_are_invalid) {
  BOOST_TEST(error_of("[]") ==
             "claims.userinfo.verified_claims must be an object or a non-empty array of objects");
  BOOST_TEST(error_of("[1]") == "claims.userinfo.verified_claims[0] must be an object");
  BOOST_TEST(error_of(R"({"verification":null,"claims":{"a":null}})") ==
             "claims.userinfo.verified_claims.verification must be an object");
  BOOST_TEST(error_of(R"({"verification":{"trust_framework":"eidas"},"claims":{"a":null}})") ==
             "claims.userinfo.verified_claims.verification.trust_framework must be null or an "
             "object");
  BOOST_TEST(error_of(R"({"verification":{"time":{"max_age":-1}},"claims":{"a":null}})") ==
             "claims.userinfo.verified_claims.verification.time.max_age must be a non-negative "
             "number");
  BOOST_TEST(error_of(R"({"claims":{"birthdate":{"max_age":"1y"}}})") != "(accepted)");
  BOOST_TEST(error_of(R"({"claims":{"given_name":true}})") ==
             "claims.userinfo.verified_claims.claims.given_name must be null or an object");
  BOOST_TEST(error_of(R"({"claims":{"given_name":{"values":"Max"}}})") ==
             "claims.userinfo.verified_claims.claims.given_name.values must be an array");
  BOOST_TEST(error_of(R"({"verification":{"evidence":[{"type":{"value":"document"},)"
                      R"("check_details":[1]}]},"claims":{"a":null}})") ==
             "claims.userinfo.verified_claims.verification.evidence[0].check_details[0] must be "
             "an object");
}

BOOST_AUTO_TEST_SUITE_END()
