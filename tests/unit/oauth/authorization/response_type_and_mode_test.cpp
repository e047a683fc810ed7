// Steps 4 and 5: response_type (RFC 6749 §3.1.1, Multiple Response Type Encoding Practices §3) and
// response_mode (Multiple Response Types §2.1, §5; Form Post Response Mode). From here on errors
// are redirected to the verified redirect URI with the request's state.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "oauth/authorization/authorization_test_support.hpp"
#include "oauth/authorization/response_type.hpp"

using namespace idp;
using namespace idp::test;

namespace {

void drop_response_type(std::vector<std::string>& list, const std::string& type) {
  std::erase(list, type);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(authorization_response_type_and_mode, TestTenant)

BOOST_AUTO_TEST_CASE(missing_response_type_is_redirected_with_state) {
  auto v = validate(code_request(post).drop("response_type").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(v.error().redirect_uri == k_callback);
  BOOST_TEST(v.error().state == k_state);
  BOOST_TEST(v.error().response_mode == "query");
}

BOOST_AUTO_TEST_CASE(unknown_response_type_is_unsupported_response_type) {
  for (const char* type :
       {"device_code", "code code", "none code", "code  token", " code", "CODE"}) {
    auto v = validate(code_request(post).set("response_type", type).params(), post, server);
    BOOST_TEST(error_of(v) == "unsupported_response_type", type);
    BOOST_TEST(v.error().redirectable);
  }
}

BOOST_AUTO_TEST_CASE(response_type_not_offered_by_the_server_is_unsupported_response_type) {
  drop_response_type(server.response_types_supported, "code token");
  auto v = validate(code_request(post).set("response_type", "token code").params(), post, server);
  BOOST_TEST(error_of(v) == "unsupported_response_type");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(v.error().response_mode == "fragment");
}

BOOST_AUTO_TEST_CASE(response_type_not_registered_for_the_client_is_unauthorized_client) {
  // unsupportedClient registers no response types at all.
  auto v = validate(code_request(unsupported).params(), unsupported, server);
  BOOST_TEST(error_of(v) == "unauthorized_client");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(response_type_registered_in_another_combination_is_unauthorized_client) {
  drop_response_type(post.response_types, "code id_token");
  auto v =
      validate(code_request(post).set("response_type", "code id_token").params(), post, server);
  BOOST_TEST(error_of(v) == "unauthorized_client");
}

BOOST_AUTO_TEST_CASE(response_type_is_compared_as_a_set) {
  // The server and the client list "code token id_token"; the order of the request differs.
  auto v = validate(code_request(post).set("response_type", "id_token token code").params(), post,
                    server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->response_type.canonical() == "code id_token token");
  BOOST_TEST(v->response_type.code);
  BOOST_TEST(v->response_type.token);
  BOOST_TEST(v->response_type.id_token);
}

BOOST_AUTO_TEST_CASE(code_defaults_to_the_query_response_mode) {
  auto v = validate(code_request(post).params(), post, server);
  BOOST_REQUIRE(v);
  BOOST_TEST(v->response_mode == "query");
}

BOOST_AUTO_TEST_CASE(none_defaults_to_the_query_response_mode) {
  auto v = validate(code_request(post).set("response_type", "none").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->response_type.none);
  BOOST_TEST(v->response_mode == "query");
}

BOOST_AUTO_TEST_CASE(token_returning_response_types_default_to_the_fragment) {
  for (const char* type : {"token", "id_token", "id_token token", "code id_token", "code token",
                           "code id_token token"}) {
    auto v = validate(code_request(post).set("response_type", type).params(), post, server);
    BOOST_REQUIRE_MESSAGE(v, type << ": " << description_of(v));
    BOOST_TEST(v->response_mode == "fragment", type);
  }
}

BOOST_AUTO_TEST_CASE(explicit_fragment_for_code_is_kept) {
  auto v = validate(code_request(post).set("response_mode", "fragment").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->response_mode == "fragment");
}

BOOST_AUTO_TEST_CASE(form_post_is_accepted_when_the_server_offers_it) {
  server.response_modes_supported.push_back("form_post");
  auto v = validate(code_request(post).set("response_mode", "form_post").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->response_mode == "form_post");
}

BOOST_AUTO_TEST_CASE(response_mode_not_offered_by_the_server_is_invalid_request) {
  // test-tenant offers query and fragment only.
  auto v = validate(code_request(post).set("response_mode", "form_post").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(v.error().response_mode == "query");  // the error falls back to the default
}

BOOST_AUTO_TEST_CASE(unknown_response_mode_is_invalid_request) {
  auto v =
      validate(code_request(post).set("response_mode", "carrier_pigeon").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(jarm_response_modes_are_not_supported_yet) {
  for (const char* mode : {"jwt", "query.jwt", "fragment.jwt", "form_post.jwt"}) {
    server.response_modes_supported.push_back(mode);
    auto v = validate(code_request(post).set("response_mode", mode).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", mode);
    BOOST_TEST(description_of(v).find("not supported yet") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(query_response_mode_cannot_carry_tokens) {
  auto v = validate(code_request(post)
                        .set("response_type", "code id_token")
                        .set("response_mode", "query")
                        .params(),
                    post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(v.error().response_mode == "fragment");  // never the query for such a request
}

BOOST_AUTO_TEST_CASE(errors_use_the_requested_response_mode_when_it_is_valid) {
  server.response_modes_supported.push_back("form_post");
  auto v = validate(code_request(post).set("response_mode", "form_post").drop("scope").params(),
                    post, server);
  BOOST_TEST(error_of(v) == "invalid_scope");
  BOOST_TEST(v.error().response_mode == "form_post");
}

BOOST_AUTO_TEST_CASE(errors_of_an_implicit_request_go_to_the_fragment) {
  auto v = validate(code_request(post).set("response_type", "id_token").drop("scope").params(),
                    post, server);
  BOOST_TEST(error_of(v) == "invalid_scope");
  BOOST_TEST(v.error().response_mode == "fragment");
  // Even when the response type itself is refused, its words pick the default.
  auto unknown =
      validate(code_request(post).set("response_type", "token token").params(), post, server);
  BOOST_TEST(error_of(unknown) == "unsupported_response_type");
  BOOST_TEST(unknown.error().response_mode == "fragment");
}

BOOST_AUTO_TEST_CASE(response_type_parser_refuses_malformed_values) {
  using oauth::parse_response_type;
  BOOST_TEST(!parse_response_type(""));
  BOOST_TEST(!parse_response_type("none none"));
  BOOST_TEST(!parse_response_type("code "));
  BOOST_TEST(!parse_response_type("token none"));
  BOOST_TEST(parse_response_type("vp_token id_token")->canonical() == "id_token vp_token");
  BOOST_TEST(parse_response_type("none")->canonical() == "none");
  BOOST_TEST(!parse_response_type("none")->returns_tokens());
}

BOOST_AUTO_TEST_SUITE_END()
