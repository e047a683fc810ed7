// The helpers under the validator: URI resolution, JSON Pointer, formats, management errors.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "json/reader.hpp"
#include "json/schema/formats.hpp"
#include "json/schema/json_pointer.hpp"
#include "json/schema/management_errors.hpp"
#include "json/schema/uri.hpp"

using namespace idp::json::schema;

BOOST_AUTO_TEST_SUITE(json_schema_support)

BOOST_AUTO_TEST_CASE(resolves_the_rfc_3986_examples) {
  // RFC 3986 §5.4.1 and §5.4.2, base "http://a/b/c/d;p?q".
  const char* base = "http://a/b/c/d;p?q";
  std::vector<std::pair<const char*, const char*>> cases = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},
  };
  for (const auto& [reference, target] : cases)
    BOOST_TEST(resolve_uri(base, reference) == target, reference);
  BOOST_TEST(resolve_uri("", "#/definitions/a") == "#/definitions/a");
}

BOOST_AUTO_TEST_CASE(json_pointers_follow_rfc_6901) {
  // RFC 6901 §5
  auto doc = idp::json::parse(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3,
      "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})");
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(resolve_pointer(*doc, "") == &*doc);
  BOOST_TEST(resolve_pointer(*doc, "/foo/0")->GetString() == std::string("bar"));
  BOOST_TEST(resolve_pointer(*doc, "/")->GetInt() == 0);
  BOOST_TEST(resolve_pointer(*doc, "/a~1b")->GetInt() == 1);
  BOOST_TEST(resolve_pointer(*doc, "/m~0n")->GetInt() == 8);
  BOOST_TEST(resolve_pointer(*doc, "/ ")->GetInt() == 7);
  BOOST_TEST(resolve_pointer(*doc, "/foo/01") == nullptr);
  BOOST_TEST(resolve_pointer(*doc, "/foo/2") == nullptr);
  BOOST_TEST(resolve_pointer(*doc, "/foo/-") == nullptr);
  BOOST_TEST(resolve_pointer(*doc, "foo") == nullptr);
  BOOST_TEST(escape_pointer_token("a/b~c") == "a~1b~0c");
}

BOOST_AUTO_TEST_CASE(formats) {
  BOOST_TEST(is_date("2024-02-29"));
  BOOST_TEST(!is_date("2023-02-29"));
  BOOST_TEST(!is_date("2024-2-29"));
  BOOST_TEST(is_date_time("2025-06-01T00:00:00Z"));
  BOOST_TEST(is_date_time("2025-06-01T00:00:00.123+09:00"));
  BOOST_TEST(!is_date_time("2025-06-01 00:00:00Z"));
  BOOST_TEST(!is_date_time("2025-06-01T00:00:00"));
  BOOST_TEST(is_email("taro.yamada@example.co.jp"));
  BOOST_TEST(is_email("\"a b\"@example.com"));
  BOOST_TEST(!is_email("a..b@example.com"));
  BOOST_TEST(!is_email("@example.com"));
  BOOST_TEST(is_uuid("1e68932e-ed4a-43e7-b412-460665e42df3"));
  BOOST_TEST(!is_uuid("1e68932eed4a43e7b412460665e42df3"));
  BOOST_TEST(is_ipv6("::ffff:192.0.2.1"));
  BOOST_TEST(is_ipv6("2001:db8::1"));
  BOOST_TEST(!is_ipv6("2001:db8:::1"));
  BOOST_TEST(!is_ipv6("1:2:3:4:5:6:7:8:9"));
  BOOST_TEST(!is_ipv4("01.2.3.4"));
  BOOST_TEST(is_hostname("idp.example.com"));
  BOOST_TEST(!is_hostname("idp..example.com"));
  BOOST_TEST(is_uri("https://idp.example/cb?x=1#y"));
  BOOST_TEST(is_uri("urn:ietf:params:oauth:grant-type:jwt-bearer"));
  BOOST_TEST(!is_uri("https://idp.example/a b"));
  BOOST_TEST(!is_uri("https://idp.example:port/"));
  BOOST_TEST(is_uri_reference(""));
  BOOST_TEST(find_format("jwks") == nullptr);
}

BOOST_AUTO_TEST_CASE(management_error_shape) {
  BOOST_TEST(field_name("") == "request body");
  BOOST_TEST(field_name("/address/postal_code") == "address.postal_code");
  BOOST_TEST(field_name("/redirect_uris/2") == "redirect_uris[2]");
  BOOST_TEST(field_name("/a~1b/0/c~0d") == "a/b[0].c~d");
  std::vector<Violation> violations = {
      {"/client_name", "maxLength", "#/properties/client_name/maxLength",
       "must be at most 255 characters"},
      {"/redirect_uris", "required", "#/required", "is a required property"},
      {"", "type", "#/type", "must be an object"},
  };
  BOOST_TEST(management_error_body(violations, "client registration is invalid") ==
             R"({"error":"invalid_request","error_description":"client registration is invalid",)"
             R"("error_messages":["client_name must be at most 255 characters",)"
             R"("redirect_uris is a required property","request body must be an object"]})");
  BOOST_TEST(
      management_error_body({}, "x", true) ==
      R"({"dry_run":true,"error":"invalid_request","error_description":"x","error_messages":[]})");
}

BOOST_AUTO_TEST_SUITE_END()
