// Pairwise subject identifiers (OIDC Core §8.1) and the sector_identifier_uri document
// (OIDC Registration §5). Expected identifiers were computed with
// `printf '%s%s%s' host sub salt | openssl dgst -sha256 -binary | base64url`.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "oauth/pairwise.hpp"

using namespace idp;

namespace {

const std::string k_salt = "s3cr3t-salt";
const std::string k_sub = "248289761001";  // OIDC Core's example subject

domain::Client client_with(std::vector<std::string> redirect_uris,
                           std::optional<std::string> sector_identifier_uri = std::nullopt) {
  domain::Client c;
  c.client_id = "client";
  c.redirect_uris = std::move(redirect_uris);
  c.sector_identifier_uri = std::move(sector_identifier_uri);
  c.subject_type = domain::SubjectType::pairwise;
  return c;
}

std::string message_of(const Status& s) {
  return s ? std::string() : s.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pairwise_subjects)

BOOST_AUTO_TEST_CASE(subject_matches_the_sha256_construction_of_core_8_1) {
  BOOST_TEST(oauth::pairwise_subject("client.example.org", k_sub, k_salt) ==
             "R08FdTxe3L1GgVgE9i8gDmZgwxZGsIYsoCDar7VKxEA");
  BOOST_TEST(oauth::pairwise_subject("other.example.net", k_sub, k_salt) ==
             "WiTaDtSSLViAK2jt6mNdLPYpjBNwLG-h9uAbL7ueaYU");
}

BOOST_AUTO_TEST_CASE(subject_is_stable_per_sector_and_differs_across_sectors) {
  const auto a1 = oauth::pairwise_subject("a.example", k_sub, k_salt);
  const auto a2 = oauth::pairwise_subject("a.example", k_sub, k_salt);
  const auto b = oauth::pairwise_subject("b.example", k_sub, k_salt);
  BOOST_TEST(a1 == a2);
  BOOST_TEST(a1 != b);
  BOOST_TEST(a1 != oauth::pairwise_subject("a.example", "another-user", k_salt));
  BOOST_TEST(a1 != oauth::pairwise_subject("a.example", k_sub, "another-salt"));
  BOOST_TEST(a1.size() == 43u);  // 32 bytes, base64url without padding
  BOOST_TEST(a1.find_first_of("+/=") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_clients_of_one_sector_see_the_same_subject) {
  auto web = client_with({"https://app.example.com/callback"});
  auto other = client_with({"https://APP.example.com:8443/other", "https://app.example.com/x?y"});
  auto via_document =
      client_with({"https://login.example.org/cb"}, "https://app.example.com/sector.json");
  const auto sector_web = oauth::sector_identifier(web);
  const auto sector_other = oauth::sector_identifier(other);
  const auto sector_document = oauth::sector_identifier(via_document);
  BOOST_REQUIRE(sector_web);
  BOOST_REQUIRE(sector_other);
  BOOST_REQUIRE(sector_document);
  BOOST_TEST(*sector_web == "app.example.com");
  BOOST_TEST(*sector_other == "app.example.com");
  BOOST_TEST(*sector_document == "app.example.com");
  BOOST_TEST(oauth::pairwise_subject(*sector_web, k_sub, k_salt) ==
             oauth::pairwise_subject(*sector_other, k_sub, k_salt));
  BOOST_TEST(oauth::pairwise_subject(*sector_web, k_sub, k_salt) ==
             oauth::pairwise_subject(*sector_document, k_sub, k_salt));
}

BOOST_AUTO_TEST_CASE(sector_identifier_uri_wins_over_redirect_uris) {
  auto c = client_with({"https://a.example/cb", "https://b.example/cb"},
                       "https://sector.example/redirects.json");
  auto sector = oauth::sector_identifier(c);
  BOOST_REQUIRE_MESSAGE(sector, (sector ? std::string() : sector.error()));
  BOOST_TEST(*sector == "sector.example");
}

BOOST_AUTO_TEST_CASE(redirect_uris_on_several_hosts_need_a_sector_identifier_uri) {
  auto sector =
      oauth::sector_identifier(client_with({"https://a.example/cb", "https://b.example/cb"}));
  BOOST_REQUIRE(!sector);
  BOOST_TEST(sector.error().find("sector_identifier_uri") != std::string::npos, sector.error());
  BOOST_TEST(sector.error().find("a.example") != std::string::npos, sector.error());
  BOOST_TEST(sector.error().find("b.example") != std::string::npos, sector.error());
}

BOOST_AUTO_TEST_CASE(client_without_a_redirect_host_needs_a_sector_identifier_uri) {
  auto none = oauth::sector_identifier(client_with({}));
  BOOST_REQUIRE(!none);
  BOOST_TEST(none.error().find("sector_identifier_uri") != std::string::npos);
  auto custom_scheme = oauth::sector_identifier(client_with({"com.example.app:/callback"}));
  BOOST_REQUIRE(!custom_scheme);
  BOOST_TEST(custom_scheme.error().find("com.example.app:/callback") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(host_is_taken_without_user_info_or_port) {
  auto sector = oauth::sector_identifier(
      client_with({"https://user@app.example.com:8443/cb", "http://app.example.com/cb"}));
  BOOST_REQUIRE_MESSAGE(sector, (sector ? std::string() : sector.error()));
  BOOST_TEST(*sector == "app.example.com");
  auto loopback = oauth::sector_identifier(client_with({"http://[::1]:8080/cb"}));
  BOOST_REQUIRE(loopback);
  BOOST_TEST(*loopback == "[::1]");
}

BOOST_AUTO_TEST_CASE(sector_identifier_uri_must_be_https) {
  for (const char* uri : {"http://sector.example/r.json", "sector.example/r.json",
                          "https:///r.json", "ftp://sector.example/r.json"}) {
    auto sector = oauth::sector_identifier(client_with({"https://a.example/cb"}, uri));
    BOOST_TEST(!sector, uri);
    if (!sector) BOOST_TEST(sector.error().find("https") != std::string::npos, sector.error());
  }
}

BOOST_AUTO_TEST_CASE(document_listing_every_redirect_uri_is_accepted) {
  // OIDC Registration §5's example document.
  const std::string document = R"([
    "https://client.example.org/callback",
    "https://client.example.org/callback2",
    "https://client.other_company.example.net/callback"
  ])";
  BOOST_TEST(oauth::check_sector_identifier_document(
                 document, {"https://client.example.org/callback",
                            "https://client.other_company.example.net/callback"})
                 .ok());
  BOOST_TEST(oauth::check_sector_identifier_document("[]", {}).ok());
}

BOOST_AUTO_TEST_CASE(document_missing_a_redirect_uri_names_the_first_missing_one) {
  const auto s = oauth::check_sector_identifier_document(
      R"(["https://a.example/cb"])",
      {"https://a.example/cb", "https://a.example/cb2", "https://a.example/cb3"});
  BOOST_REQUIRE(!s);
  BOOST_TEST(message_of(s).find("https://a.example/cb2") != std::string::npos, message_of(s));
  BOOST_TEST(message_of(s).find("cb3") == std::string::npos, message_of(s));
  // Comparison is exact (RFC 3986 §6.2.1 simple string comparison).
  BOOST_TEST(!oauth::check_sector_identifier_document(R"(["https://A.example/cb"])",
                                                      {"https://a.example/cb"}));
}

BOOST_AUTO_TEST_CASE(document_must_be_an_array_of_strings) {
  const std::vector<std::string> uris = {"https://a.example/cb"};
  for (const char* bad :
       {R"({"redirect_uris":["https://a.example/cb"]})", R"("https://a.example/cb")",
        R"(["https://a.example/cb", 1])", R"(["https://a.example/cb", null])",
        R"(["https://a.example/cb", ["nested"]])", "not json", "", R"(["https://a.example/cb"] x)"})
    BOOST_TEST(!oauth::check_sector_identifier_document(bad, uris), bad);
}

BOOST_AUTO_TEST_SUITE_END()
