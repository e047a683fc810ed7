// Selecting verified_claims (OIDC4IDA 1.0 §6) with the specification's own examples: the answers
// of §8.14 and §8.15, and what the rules of §6.2 to §6.5 leave of the §8 example data.
#include "oidc/verified_claims.hpp"

#include <boost/test/unit_test.hpp>
#include <optional>

#include "oidc4ida_examples.hpp"

using namespace idp;
using namespace idp::test;

namespace {

constexpr std::int64_t k_now = 1704067200;  // 2024-01-01T00:00:00Z

struct Selector {
  std::int64_t now = k_now;
  std::vector<std::string> supported{};

  // The selection written as JSON; nullopt when the element is omitted.
  std::optional<std::string> operator()(const rapidjson::Value& request,
                                        const rapidjson::Value& stored) const {
    rapidjson::Document out;
    auto v = oidc::select_verified_claims(request, stored, {now, &supported}, out.GetAllocator());
    if (!v) return std::nullopt;
    return written(*v);
  }
};

// The verified_claims of request example `request_file` (its userinfo member) against the stored
// data of response example `stored_file`.
std::optional<std::string> select(const std::string& request_file, const std::string& stored_file,
                                  const Selector& selector = {}) {
  auto request = oidc4ida_example(request_file);
  auto stored = oidc4ida_example(stored_file);
  const char* target = request.HasMember("userinfo") ? "userinfo" : "id_token";
  return selector(verified_claims_of(request, target), verified_claims_of(stored));
}

std::optional<std::string> select_text(const std::string& request, const std::string& stored_file,
                                       const Selector& selector = {}) {
  auto stored = oidc4ida_example(stored_file);
  return selector(parse_or_throw(request), verified_claims_of(stored));
}

rapidjson::Document parsed(const std::optional<std::string>& s) {
  BOOST_REQUIRE(s.has_value());
  return parse_or_throw(*s);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(oidc_verified_claims)

BOOST_AUTO_TEST_CASE(the_userinfo_example_of_section_8_14) {
  // §8.14: trust_framework and three Claims, from data that has more (§8.3).
  auto out = select("request_8_14_userinfo.json", "response_8_3_document_verifier.json");
  BOOST_TEST(out.value_or("(omitted)") == written_file_member("response_8_14_userinfo.json"));
}

BOOST_AUTO_TEST_CASE(the_id_token_example_of_section_8_15_in_the_spec_s_order) {
  // §8.15: the requested verification elements, the evidence shaped by its template (no verifier),
  // the document details asked for; verification before claims, elements in request order.
  auto out = select("request_8_15_id_token.json", "response_8_3_document_verifier.json");
  BOOST_TEST(out.value_or("(omitted)") == written_file_member("response_8_15_id_token.json"));
}

BOOST_AUTO_TEST_CASE(only_the_requested_claims_are_returned) {
  auto v = parsed(select("request_6_1_claims.json", "response_8_3_document_verifier.json"));
  BOOST_TEST(v["claims"].MemberCount() == 3u);
  BOOST_TEST(!v["claims"].HasMember("address"));
  BOOST_TEST(v["verification"].MemberCount() == 1u, "only trust_framework was requested");
}

BOOST_AUTO_TEST_CASE(essential_and_purpose_do_not_change_the_selection) {
  auto plain = select("request_6_1_claims.json", "response_8_3_document_verifier.json");
  BOOST_REQUIRE(plain.has_value());
  for (const char* file : {"request_6_1_essential.json", "request_6_1_purpose.json"})
    BOOST_TEST(select(file, "response_8_3_document_verifier.json").value_or("(omitted)") == *plain,
               file);
}

BOOST_AUTO_TEST_CASE(verification_elements_are_returned_only_when_requested) {
  auto v = parsed(select("request_6_2_verification.json", "response_8_3_document_verifier.json"));
  BOOST_TEST(written(v["verification"]) ==
             R"({"trust_framework":"de_aml","time":"2012-04-23T18:25Z"})");
}

BOOST_AUTO_TEST_CASE(trust_framework_is_returned_even_when_not_requested) {
  // The schema requires it (§6.5.3: a verification without it would be invalid).
  auto v = parsed(select_text(R"({"verification":{"time":null},"claims":{"given_name":null}})",
                              "response_8_3_document_verifier.json"));
  BOOST_TEST(written(v["verification"]) ==
             R"({"trust_framework":"de_aml","time":"2012-04-23T18:25Z"})");
  auto bare = parsed(
      select_text(R"({"claims":{"given_name":null}})", "response_8_3_document_verifier.json"));
  BOOST_TEST(written(bare["verification"]) == R"({"trust_framework":"de_aml"})");
}

BOOST_AUTO_TEST_CASE(evidence_entries_are_shaped_by_the_request_template) {
  auto v = parsed(select("request_6_2_evidence.json", "response_8_3_document_verifier.json"));
  BOOST_TEST(written(v["verification"]["evidence"]) ==
             R"([{"type":"document","method":"pipp","document_details":{"type":"idcard"}}])");
  auto details =
      parsed(select("request_6_2_document_details.json", "response_8_3_document_verifier.json"));
  BOOST_TEST(written(details["verification"]["evidence"][0]["document_details"]) ==
             R"({"type":"idcard","issuer":{"country":"DE","name":"Stadt Augsburg"},)"
             R"("document_number":"53554554","date_of_issuance":"2010-03-23"})");
}

BOOST_AUTO_TEST_CASE(evidence_of_another_type_omits_the_whole_element) {
  // §6.5.2: a requirement within verification not met (type document, the data has an
  // electronic_record) omits verified_claims, without an error.
  BOOST_TEST(!select("request_6_2_evidence.json", "response_8_10_electronic_record.json"));
}

BOOST_AUTO_TEST_CASE(trust_framework_values_filter_the_element) {
  BOOST_TEST(
      !select("request_6_3_1_trust_framework_values.json", "response_8_3_document_verifier.json"));
  auto stored = oidc4ida_example("response_8_3_document_verifier.json");
  stored["verified_claims"]["verification"]["trust_framework"].SetString("silver");
  auto request = oidc4ida_example("request_6_3_1_trust_framework_values.json");
  auto v = parsed(Selector{}(verified_claims_of(request, "userinfo"), verified_claims_of(stored)));
  BOOST_TEST(written(v["claims"]) == R"({"given_name":"Max","family_name":"Meier"})");
}

BOOST_AUTO_TEST_CASE(the_aml_example_needs_its_document_element) {
  // §6.3.1's example constrains evidence/document/type: met by the §8.1 data (document element),
  // not by the §8.3 data, which has document_details only (§6.5.2: the requirement is not met).
  auto v = parsed(select("request_6_3_1_aml.json", "response_8_1_id_document.json"));
  BOOST_TEST(written(v["verification"]["evidence"]) ==
             R"([{"type":"document","method":"pipp","document":{"type":"idcard"}}])");
  BOOST_TEST(!select("request_6_3_1_aml.json", "response_8_3_document_verifier.json"));
}

BOOST_AUTO_TEST_CASE(max_age_on_verification_time_omits_the_element_when_too_old) {
  auto request = oidc4ida_example("request_6_3_2_max_age.json");
  auto stored = oidc4ida_example("response_8_3_document_verifier.json");
  BOOST_TEST(!Selector{}(verified_claims_of(request, "userinfo"), verified_claims_of(stored)),
             "trust_framework de_aml is not jp_aml");
  stored["verified_claims"]["verification"]["trust_framework"].SetString("jp_aml");
  // time 2012-04-23T18:25Z: its last valid second is 18:25:59.
  const std::int64_t last = 1335205559;
  Selector fresh{last + 63113852};
  auto v = parsed(fresh(verified_claims_of(request, "userinfo"), verified_claims_of(stored)));
  BOOST_TEST(written(v["verification"]) ==
             R"({"trust_framework":"jp_aml","time":"2012-04-23T18:25Z"})");
  Selector stale{last + 63113853};
  BOOST_TEST(!stale(verified_claims_of(request, "userinfo"), verified_claims_of(stored)),
             "§6.5.2: max_age not met within verification omits the whole element");
}

BOOST_AUTO_TEST_CASE(a_claim_that_misses_its_requirement_is_dropped_alone) {
  // §6.5.2: outside verification only the Claim is omitted.
  auto v = parsed(select_text(R"({"verification":{"trust_framework":null},"claims":{
      "given_name":{"value":"Moritz"},"family_name":{"values":["Meier","Maier"]},
      "birthdate":{"max_age":3600},"nationalities":{"max_age":1}}})",
                              "response_8_3_document_verifier.json"));
  BOOST_TEST(written(v["claims"]) == R"({"family_name":"Meier","nationalities":["DE"]})",
             "max_age applies to dates only");
}

BOOST_AUTO_TEST_CASE(no_available_claim_omits_the_element_never_an_empty_claims) {
  // §6.5.1 and §6.5.4.
  BOOST_TEST(!select_text(R"({"verification":{"trust_framework":null},"claims":{"title":null}})",
                          "response_8_3_document_verifier.json"));
  BOOST_TEST(!select_text(
      R"({"verification":{"trust_framework":null},"claims":{"given_name":{"value":"Moritz"}}})",
      "response_8_3_document_verifier.json"));
}

BOOST_AUTO_TEST_CASE(data_without_trust_framework_is_never_returned) {
  auto stored = oidc4ida_example("response_8_9_eidas.json");
  stored["verified_claims"]["verification"].RemoveMember("trust_framework");
  auto request = parse_or_throw(R"({"claims":{"given_name":null}})");
  BOOST_TEST(!Selector{}(request, verified_claims_of(stored)));
}

BOOST_AUTO_TEST_CASE(unavailable_verification_elements_are_left_out) {
  // §6.5.1 for a verification element without requirement; with one it cannot be met (§6.5.2).
  auto v = parsed(select_text(
      R"({"verification":{"trust_framework":null,"assurance_level":null},"claims":{"given_name":null}})",
      "response_8_3_document_verifier.json"));
  BOOST_TEST(written(v["verification"]) == R"({"trust_framework":"de_aml"})");
  BOOST_TEST(!select_text(
      R"({"verification":{"assurance_level":{"value":"high"}},"claims":{"given_name":null}})",
      "response_8_3_document_verifier.json"));
}

BOOST_AUTO_TEST_CASE(claims_not_in_claims_in_verified_claims_supported_are_never_returned) {
  Selector s;
  s.supported = {"given_name", "family_name"};
  auto v = parsed(select("request_6_1_claims.json", "response_8_3_document_verifier.json", s));
  BOOST_TEST(written(v["claims"]) == R"({"given_name":"Max","family_name":"Meier"})");
  s.supported = {"nationalities"};
  BOOST_TEST(!select("request_6_1_claims.json", "response_8_3_document_verifier.json", s));
}

BOOST_AUTO_TEST_CASE(claim_sets_with_different_requirements_are_processed_one_by_one) {
  // §6.4 against §8.13: only the second set (high or substantial) is met, by the eIDAS data; the
  // answer to a request array is an array.
  auto out = select("request_6_4_claim_sets.json", "response_8_13_multiple_verified_claims.json");
  BOOST_TEST(out.value_or("(omitted)") ==
             R"([{"verification":{"trust_framework":"eidas","assurance_level":"substantial"},)"
             R"("claims":{"birthdate":"1956-01-28"}}])");
  BOOST_TEST(select("request_6_4_claim_sets.json", "response_8_9_eidas.json").value_or("") ==
             out.value_or("(omitted)"));
  BOOST_TEST(!select("request_6_4_claim_sets_same_claims.json",
                     "response_8_13_multiple_verified_claims.json"));
}

BOOST_AUTO_TEST_CASE(every_stored_object_that_fulfils_a_request_answers_it) {
  // One request object against §8.13's two objects: each returns what it has.
  auto one = select("request_6_1_claims.json", "response_8_13_multiple_verified_claims.json");
  BOOST_TEST(one.value_or("(omitted)") ==
             R"({"verification":{"trust_framework":"eidas"},"claims":{"given_name":"Max",)"
             R"("family_name":"Meier","birthdate":"1956-01-28"}})");
  auto both =
      parsed(select_text(R"({"verification":{"trust_framework":null},"claims":{"given_name":null,
                     "address":null}})",
                         "response_8_13_multiple_verified_claims.json"));
  BOOST_REQUIRE(both.IsArray());
  BOOST_TEST(both.Size() == 2u);
  BOOST_TEST(written(both[1]["claims"]).find("Maxstadt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(check_details_are_filtered_and_assurance_details_returned_whole) {
  auto v = parsed(select_text(
      R"({"verification":{"trust_framework":null,
          "assurance_process":{"assurance_details":[{"assurance_type":{"value":"verification"}}]},
          "evidence":[{"type":{"value":"document"},"check_details":[{"check_method":{"value":"pvp"}}]}]},
          "claims":{"given_name":null}})",
      "response_8_2_document.json"));
  BOOST_TEST(v["verification"]["assurance_process"]["assurance_details"].Size() == 2u,
             "§6.2: requesting assurance_type has no filtering effect");
  BOOST_TEST(written(v["verification"]["evidence"]) ==
             R"([{"type":"document","check_details":[{"check_method":"pvp"}]}])");
  BOOST_TEST(!select_text(
      R"({"verification":{"evidence":[{"type":{"value":"document"},
          "check_details":[{"check_method":{"value":"kbv"}}]}]},"claims":{"given_name":null}})",
      "response_8_2_document.json"));
}

BOOST_AUTO_TEST_CASE(values_compare_as_json_not_as_text) {
  BOOST_TEST(!select_text(
      R"({"verification":{"trust_framework":null},"claims":{"nationalities":{"value":"DE"}}})",
      "response_8_3_document_verifier.json"));
  BOOST_TEST(
      select_text(
          R"({"verification":{"trust_framework":null},"claims":{"nationalities":{"value":["DE"]}}})",
          "response_8_3_document_verifier.json")
          .has_value());
}

BOOST_AUTO_TEST_CASE(what_is_not_a_request_selects_nothing) {
  auto stored = oidc4ida_example("response_8_3_document_verifier.json");
  for (const char* request : {"null", "\"x\"", "[]", R"({"verification":{}})", R"([1])"})
    BOOST_TEST(!Selector{}(parse_or_throw(request), verified_claims_of(stored)), request);
  BOOST_TEST(!Selector{}(parse_or_throw(R"({"claims":{"given_name":null}})"), parse_or_throw("7")));
}

BOOST_AUTO_TEST_CASE(scopes_become_a_request_for_claims_and_opt_in_verification_elements) {
  rapidjson::Document d;
  const std::vector<std::string> scopes = {"openid",
                                           "verified_claims:given_name",
                                           "verified_claims:family_name",
                                           "verified_claims:verification:evidence",
                                           "verified_claims:given_name",
                                           "verified_claims:"};
  BOOST_TEST(oidc::has_verified_claims_scope(scopes));
  auto request = oidc::scope_verified_claims_request(scopes, d.GetAllocator());
  BOOST_REQUIRE(request.has_value());
  BOOST_TEST(written(*request) == R"({"verification":{"trust_framework":null,"evidence":null},)"
                                  R"("claims":{"given_name":null,"family_name":null}})");
  auto stored = oidc4ida_example("response_8_3_document_verifier.json");
  auto v = parsed(Selector{}(*request, verified_claims_of(stored)));
  BOOST_TEST(v["verification"]["evidence"][0].HasMember("verifier"), "the element whole");
  BOOST_TEST(!v["verification"].HasMember("time"));

  BOOST_TEST(!oidc::scope_verified_claims_request(
      {"verified_claims:verification:trust_framework", "openid"}, d.GetAllocator()));
  BOOST_TEST(!oidc::has_verified_claims_scope({"openid", "claims:status"}));
}

BOOST_AUTO_TEST_SUITE_END()
