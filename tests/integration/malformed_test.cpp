// Hostile and broken requests get a 4xx JSON answer; none gets a 5xx, none kills a worker.
#include <boost/test/unit_test.hpp>
#include <string>

#include "http_client.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

HttpRequest init_request(std::string body, std::string query = "") {
  auto settings = idp::json::parse_object(read_file(stack().settings()));
  HttpRequest r;
  r.method = "POST";
  r.url = stack().base_url + "/v1/admin/initialization" + query;
  r.headers = {"Content-Type: application/json"};
  r.body = std::move(body);
  r.basic_user = (*settings)["api_key"].GetString();
  r.basic_password = (*settings)["api_secret"].GetString();
  return r;
}

void expect_4xx_json(const HttpResponse& r, const std::string& what) {
  BOOST_TEST_CONTEXT(what << " → " << r.status << " " << r.body.substr(0, 200)) {
    BOOST_TEST(r.status >= 400);
    BOOST_TEST(r.status < 500);
    BOOST_TEST(r.header("content-type").find("application/json") == 0u);
    auto doc = idp::json::parse_object(r.body);
    BOOST_TEST(doc.ok());
    if (doc.ok()) BOOST_TEST(doc->HasMember("error"));
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(malformed_requests)

BOOST_AUTO_TEST_CASE(every_malformed_request_gets_a_4xx_json_answer_and_no_worker_dies) {
  admin_tenant();  // initialized: the handler must still parse and refuse before anything else
  auto workers = worker_pids();
  const std::string base = stack().base_url;

  expect_4xx_json(send(init_request("{\"organization\": ")), "truncated JSON");
  expect_4xx_json(send(init_request("not json at all")), "not JSON");
  expect_4xx_json(send(init_request(std::string(100000, '[') + std::string(100000, ']'))),
                  "JSON nested 100,000 deep");
  expect_4xx_json(send(init_request(R"({"tenant":{"id":"a"},"tenant":{"id":"b"}})")),
                  "duplicate member names");
  expect_4xx_json(send(init_request("\"\xed\xb0\x80\"")), "invalid UTF-8");
  expect_4xx_json(send(init_request(std::string(2 << 20, 'x'))), "body over the limit");
  expect_4xx_json(send(init_request("{}", "?dry_run=%zz")), "bad percent-encoding in the query");
  expect_4xx_json(send(init_request("{}", "?dry_run=true&dry_run=false")), "repeated parameter");

  HttpRequest wrong_type = init_request("{}");
  wrong_type.headers = {"Content-Type: text/plain"};
  expect_4xx_json(send(wrong_type), "wrong media type");

  for (const char* header :
       {"Authorization: Basic", "Authorization: Basic !!!!", "Authorization: Basic Zm9v",
        "Authorization: Bearer x", "Authorization: Basic  Zm9vOmJhcg=="}) {
    HttpRequest r = init_request("{}");
    r.basic_user.clear();
    r.headers.push_back(header);
    expect_4xx_json(send(r), header);
  }

  expect_4xx_json(get(base + "/not-a-uuid/.well-known/openid-configuration"), "non-UUID tenant");
  expect_4xx_json(get(base + "/00000000-0000-4000-8000-000000000000/v1/jwks"), "unknown tenant");
  expect_4xx_json(get(base + "/no/such/path"), "unknown path");
  expect_4xx_json(get(base + "/%zz/v1/jwks"), "bad percent-encoding in the path");
  expect_4xx_json(get(base + "/" + admin_tenant().tenant_id + "/v1/%2e%2e/v1/jwks"), "dot segment");
  HttpRequest wrong_method;
  wrong_method.method = "DELETE";
  wrong_method.url = base + "/health";
  auto r405 = send(wrong_method);
  expect_4xx_json(r405, "wrong method");
  BOOST_TEST(r405.status == 405);

  BOOST_TEST(worker_pids() == workers);
  BOOST_TEST(get(base + "/health").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
