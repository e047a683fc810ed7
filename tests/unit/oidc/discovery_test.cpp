// The identity assurance members of the discovery document (OIDC4IDA 1.0 §9, as idp-server's
// ServerConfigurationResponseCreator publishes them): verified_claims_supported always, the
// lists only when the extension is on and each only when configured.
#include <boost/test/unit_test.hpp>

#include "domain/authorization_server.hpp"
#include "domain/discovery_document.hpp"
#include "oidc4ida_examples.hpp"

using namespace idp;
using namespace idp::test;

namespace {

const char* const k_lists[] = {"trust_frameworks_supported",
                               "evidence_supported",
                               "documents_supported",
                               "documents_methods_supported",
                               "documents_check_methods_supported",
                               "electronic_records_supported",
                               "claims_in_verified_claims_supported"};

rapidjson::Document test_tenant_server() {
  return parse_or_throw(
      read_data("idp-server-config/examples/e2e/test-tenant/authorization-server/idp-server.json"));
}

rapidjson::Document discovery_of(const rapidjson::Value& config) {
  auto server = domain::parse_authorization_server(config);
  if (!server) throw std::runtime_error(server.error());
  return parse_or_throw(domain::discovery_document(*server));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(oidc_discovery)

BOOST_AUTO_TEST_CASE(the_test_tenant_s_identity_assurance_metadata_is_published_as_configured) {
  auto config = test_tenant_server();
  auto doc = discovery_of(config);
  BOOST_TEST(doc["verified_claims_supported"].GetBool());
  for (const char* name : k_lists) {
    BOOST_REQUIRE_MESSAGE(doc.HasMember(name), name);
    BOOST_TEST(written(doc[name]) == written(config[name]), name);
  }
  for (const char* name : {"id_documents_supported", "id_documents_verification_methods_supported"})
    BOOST_TEST(!doc.HasMember(name), name << ": not configured");
}

BOOST_AUTO_TEST_CASE(lists_that_are_not_configured_are_left_out) {
  auto config = test_tenant_server();
  config.RemoveMember("electronic_records_supported");
  config["documents_check_methods_supported"].SetArray();
  auto doc = discovery_of(config);
  BOOST_TEST(!doc.HasMember("electronic_records_supported"));
  BOOST_TEST(!doc.HasMember("documents_check_methods_supported"), "an empty list is not published");
  BOOST_TEST(doc.HasMember("trust_frameworks_supported"));
}

BOOST_AUTO_TEST_CASE(without_verified_claims_supported_only_the_flag_is_published) {
  auto config = test_tenant_server();
  config["verified_claims_supported"].SetBool(false);
  auto doc = discovery_of(config);
  BOOST_TEST(!doc["verified_claims_supported"].GetBool());
  for (const char* name : k_lists) BOOST_TEST(!doc.HasMember(name), name);
}

BOOST_AUTO_TEST_SUITE_END()
