// The libcurl client against a real HTTP server on the loopback interface: what it sends and
// receives, its limits, redirects, and the SSRF guard in front of it.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <clocale>
#include <string>
#include <thread>
#include <vector>

#include "outbound/curl_http_client.hpp"
#include "outbound/test_http_server.hpp"

using namespace idp;
using namespace idp::test;
using idp::ports::OutboundErrorKind;

namespace {

ports::OutboundRequest get(const std::string& url) {
  ports::OutboundRequest r;
  r.url = url;
  r.timeout_ms = 5'000;
  return r;
}

domain::SsrfProtection guard(std::vector<std::string> bypass = {},
                             std::vector<std::string> allowed = {}) {
  domain::SsrfProtection s;
  s.enabled = true;
  s.bypass_hosts = std::move(bypass);
  s.allowed_hosts = std::move(allowed);
  return s;
}

// A resolver that knows only the names it is given, each answering with 127.0.0.1 or ::1.
outbound::Resolver names(std::vector<std::pair<std::string, std::string>> table) {
  return [table](const std::string& host) -> Expected<std::vector<outbound::IpAddress>> {
    for (const auto& [name, address] : table)
      if (name == host) return std::vector{*outbound::IpAddress::parse(address)};
    return fail(host + " is unknown");
  };
}

template <class T>
std::string describe(const ports::OutboundResult<T>& r) {
  return r ? std::string("ok") : std::string(to_string(r.error().kind)) + ": " + r.error().message;
}

Handler answer(std::string raw) {
  return [raw](const ReceivedRequest&) { return raw; };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(outbound_curl_http_client)

BOOST_AUTO_TEST_CASE(get_returns_status_headers_and_body) {
  TestHttpServer server(
      answer(http_response(201, "hello", {"X-Custom:  Value ", "Content-Type: text/plain"})));
  outbound::CurlHttpClient client;
  auto request = get(server.url("/path?q=1"));
  request.headers = {{"X-Request", "abc"}};
  auto r = client.send(request);
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->status == 201);
  BOOST_TEST(r->body == "hello");
  BOOST_TEST(r->header("x-custom").value_or("") == "Value");
  BOOST_TEST(r->header("content-type").value_or("") == "text/plain");
  BOOST_TEST(!r->header("X-Custom"));  // names are given in lower case
  const auto seen = server.requests();
  BOOST_REQUIRE(seen.size() == 1u);
  BOOST_TEST(seen[0].method == "GET");
  BOOST_TEST(seen[0].target == "/path?q=1");
  BOOST_TEST(seen[0].header("x-request") == "abc");
  BOOST_TEST(seen[0].header("host") == "127.0.0.1:" + std::to_string(server.port()));
}

BOOST_AUTO_TEST_CASE(post_and_put_send_their_body) {
  TestHttpServer server(answer(http_response(200, "{}")));
  outbound::CurlHttpClient client;
  for (const char* method : {"POST", "PUT", "PATCH"}) {
    auto request = get(server.url("/hook"));
    request.method = method;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"event":"login"})";
    auto r = client.send(request);
    BOOST_REQUIRE_MESSAGE(r, describe(r));
  }
  const auto seen = server.requests();
  BOOST_REQUIRE(seen.size() == 3u);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    BOOST_TEST(seen[i].method == std::vector<std::string>({"POST", "PUT", "PATCH"})[i]);
    BOOST_TEST(seen[i].body == R"({"event":"login"})");
    BOOST_TEST(seen[i].header("content-type") == "application/json");
    BOOST_TEST(!seen[i].has_header("expect"));  // no 100-continue round trip
  }
}

BOOST_AUTO_TEST_CASE(error_status_is_a_response_not_a_failure) {
  TestHttpServer server(answer(http_response(503, "down")));
  outbound::CurlHttpClient client;
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->status == 503);
  BOOST_TEST(r->body == "down");
}

BOOST_AUTO_TEST_CASE(server_that_never_answers_times_out) {
  TestHttpServer server([](const ReceivedRequest&) { return std::nullopt; });
  outbound::CurlHttpClient client;
  auto request = get(server.url());
  request.timeout_ms = 300;
  const auto start = std::chrono::steady_clock::now();
  auto r = client.send(request);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "timeout");
  BOOST_TEST(r.error().message.find("127.0.0.1") != std::string::npos, r.error().message);
  BOOST_TEST(elapsed < std::chrono::seconds(3));
  BOOST_TEST(elapsed >= std::chrono::milliseconds(250));
}

BOOST_AUTO_TEST_CASE(response_over_the_size_limit_is_too_large) {
  TestHttpServer server(answer(http_response(200, std::string(10'000, 'x'))));
  outbound::CurlHttpClient client;
  auto request = get(server.url());
  request.max_response_bytes = 1'000;
  auto r = client.send(request);
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "too_large");
  BOOST_TEST(r.error().message.find("1000 bytes") != std::string::npos, r.error().message);
  request.max_response_bytes = 10'000;  // exactly the limit is fine
  auto fits = client.send(request);
  BOOST_REQUIRE_MESSAGE(fits, describe(fits));
  BOOST_TEST(fits->body.size() == 10'000u);
}

BOOST_AUTO_TEST_CASE(chunked_response_without_length_is_cut_off_at_the_limit) {
  std::string chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 20; ++i) chunked += "200\r\n" + std::string(512, 'y') + "\r\n";
  chunked += "0\r\n\r\n";
  TestHttpServer server(answer(chunked));
  outbound::CurlHttpClient client;
  auto request = get(server.url());
  request.max_response_bytes = 4'096;
  auto r = client.send(request);
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "too_large");
}

BOOST_AUTO_TEST_CASE(redirect_is_not_followed_by_default) {
  TestHttpServer server([](const ReceivedRequest& r) {
    return r.target == "/start" ? http_response(302, "", {"Location: /final"})
                                : http_response(200, "final");
  });
  outbound::CurlHttpClient client;
  auto r = client.send(get(server.url("/start")));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->status == 302);
  BOOST_TEST(r->header("location").value_or("") == "/final");
  BOOST_TEST(server.requests().size() == 1u);
}

BOOST_AUTO_TEST_CASE(redirect_is_followed_when_enabled) {
  TestHttpServer server([](const ReceivedRequest& r) {
    if (r.target == "/start") return http_response(307, "", {"Location: /middle"});
    if (r.target == "/middle") return http_response(303, "", {"Location: /final"});
    return http_response(200, "final:" + r.method + ":" + r.body);
  });
  outbound::CurlOptions options;
  options.max_redirects = 2;
  outbound::CurlHttpClient client({}, options);
  auto request = get(server.url("/start"));
  request.method = "POST";
  request.body = "a=1";
  auto r = client.send(request);
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->status == 200);
  // 307 repeats the POST, 303 turns it into a GET without a body (RFC 9110 §15.4).
  BOOST_TEST(r->body == "final:GET:");
  const auto seen = server.requests();
  BOOST_REQUIRE(seen.size() == 3u);
  BOOST_TEST(seen[1].method == "POST");
  BOOST_TEST(seen[1].body == "a=1");
}

BOOST_AUTO_TEST_CASE(too_many_redirects_return_the_last_redirect) {
  TestHttpServer server(answer(http_response(302, "", {"Location: /again"})));
  outbound::CurlOptions options;
  options.max_redirects = 3;
  outbound::CurlHttpClient client({}, options);
  auto r = client.send(get(server.url("/")));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->status == 302);
  BOOST_TEST(server.requests().size() == 4u);
}

BOOST_AUTO_TEST_CASE(each_redirect_hop_is_vetted_by_the_guard) {
  TestHttpServer server([&](const ReceivedRequest&) {
    return http_response(302, "", {"Location: http://localhost:1/"});
  });
  outbound::CurlOptions options;
  options.max_redirects = 1;
  outbound::CurlHttpClient client(guard({"127.0.0.1"}), options);
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "refused_by_policy");
  BOOST_TEST(r.error().message.find("http://localhost:1") != std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_CASE(redirect_to_another_scheme_is_not_followed) {
  TestHttpServer server(answer(http_response(302, "", {"Location: file:///etc/passwd"})));
  outbound::CurlOptions options;
  options.max_redirects = 1;
  outbound::CurlHttpClient client({}, options);
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "invalid_url");
}

BOOST_AUTO_TEST_CASE(credentials_are_not_sent_to_another_origin_after_a_redirect) {
  std::uint16_t port = 0;
  TestHttpServer server([&](const ReceivedRequest& r) {
    if (r.target == "/start")
      return http_response(302, "",
                           {"Location: http://localhost:" + std::to_string(port) + "/next"});
    return http_response(200, "next");
  });
  port = server.port();
  outbound::CurlOptions options;
  options.max_redirects = 1;
  outbound::CurlHttpClient client({}, options);
  auto request = get(server.url("/start"));
  request.headers = {{"Authorization", "Bearer secret"}, {"X-Other", "kept"}};
  auto r = client.send(request);
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  const auto seen = server.requests();
  BOOST_REQUIRE(seen.size() == 2u);
  BOOST_TEST(seen[0].header("authorization") == "Bearer secret");
  BOOST_TEST(!seen[1].has_header("authorization"));
  BOOST_TEST(seen[1].header("x-other") == "kept");
}

BOOST_AUTO_TEST_CASE(loopback_is_refused_when_the_guard_is_enabled) {
  TestHttpServer server(answer(http_response(200, "secret")));
  outbound::CurlHttpClient client(guard());
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "refused_by_policy");
  BOOST_TEST(r.error().message.find("127.0.0.1") != std::string::npos, r.error().message);
  BOOST_TEST(r.error().message.find("loopback") != std::string::npos, r.error().message);
  BOOST_TEST(server.connections() == 0);
}

BOOST_AUTO_TEST_CASE(other_spellings_of_loopback_are_refused) {
  TestHttpServer server(answer(http_response(200, "secret")));
  outbound::CurlHttpClient client(guard());
  const std::string port = std::to_string(server.port());
  for (const std::string host : {"2130706433", "0x7f.1", "127.1", "[::ffff:127.0.0.1]", "[::1]",
                                 "localhost", "LOCALHOST.", "0.0.0.0"}) {
    auto r = client.send(get("http://" + host + ":" + port + "/"));
    BOOST_TEST(!r, host);
    if (!r) BOOST_TEST(to_string(r.error().kind) == "refused_by_policy", host);
  }
  BOOST_TEST(server.connections() == 0);
}

BOOST_AUTO_TEST_CASE(host_in_bypass_hosts_is_reached) {
  TestHttpServer server(answer(http_response(200, "ok")));
  outbound::CurlHttpClient client(guard({"127.0.0.1"}));
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->body == "ok");
}

BOOST_AUTO_TEST_CASE(allowed_hosts_refuse_every_other_host) {
  TestHttpServer server(answer(http_response(200, "ok")));
  outbound::CurlHttpClient only_api(guard({"127.0.0.1"}, {"api.example.com"}));
  auto r = only_api.send(get(server.url()));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "refused_by_policy");
  BOOST_TEST(r.error().message.find("allowed_hosts") != std::string::npos, r.error().message);
  outbound::CurlHttpClient listed(guard({"127.0.0.1"}, {"api.example.com", "127.0.0.1"}));
  auto ok = listed.send(get(server.url()));
  BOOST_TEST(ok.ok(), describe(ok));
}

BOOST_AUTO_TEST_CASE(connection_goes_to_the_checked_address) {
  // No DNS knows "service.test": the request reaches the server only through the address the
  // guard resolved and pinned.
  TestHttpServer server(answer(http_response(200, "pinned")));
  outbound::CurlOptions options;
  options.resolver = names({{"service.test", "127.0.0.1"}});
  outbound::CurlHttpClient client(guard({"service.test"}), options);
  auto r = client.send(get(server.url("/", "service.test")));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->body == "pinned");
  BOOST_TEST(server.requests().at(0).header("host") ==
             "service.test:" + std::to_string(server.port()));
}

BOOST_AUTO_TEST_CASE(ipv6_address_is_pinned_too) {
  TestHttpServer server(answer(http_response(200, "v6")), true);
  outbound::CurlOptions options;
  options.resolver = names({{"v6.test", "::1"}});
  outbound::CurlHttpClient client(guard({"v6.test"}), options);
  auto r = client.send(get(server.url("/", "v6.test")));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->body == "v6");
}

BOOST_AUTO_TEST_CASE(internationalized_name_is_vetted_and_pinned_in_punycode) {
  // libcurl converts names with libidn2 from the locale's encoding, so only under UTF-8.
  const std::string previous = std::setlocale(LC_CTYPE, nullptr);
  BOOST_REQUIRE(std::setlocale(LC_CTYPE, "C.UTF-8"));
  struct Restore {
    std::string locale;
    ~Restore() { std::setlocale(LC_CTYPE, locale.c_str()); }
  } restore{previous};
  TestHttpServer server(answer(http_response(200, "idn")));
  outbound::CurlOptions options;
  options.resolver = names({{"xn--bcher-kva.test", "127.0.0.1"}});
  outbound::CurlHttpClient client(guard({"xn--bcher-kva.test"}), options);
  auto r = client.send(get(server.url("/",
                                      "b\xc3\xbc"
                                      "cher.test")));
  BOOST_REQUIRE_MESSAGE(r, describe(r));
  BOOST_TEST(r->body == "idn");
  BOOST_TEST(server.requests().at(0).header("host") ==
             "xn--bcher-kva.test:" + std::to_string(server.port()));
}

BOOST_AUTO_TEST_CASE(no_pin_survives_a_policy_change) {
  TestHttpServer server(answer(http_response(200, "ok", {"Connection: close"})));
  outbound::CurlOptions options;
  options.resolver = names({{"service.test", "127.0.0.1"}});
  outbound::CurlHttpClient client(guard({"service.test"}), options);
  BOOST_REQUIRE(client.send(get(server.url("/", "service.test"))));
  // Without the guard nothing is pinned, and the system resolver does not know the name.
  client.set_ssrf_protection({});
  auto r = client.send(get(server.url("/", "service.test")));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "connect_failed", r.error().message);
}

BOOST_AUTO_TEST_CASE(changed_ssrf_protection_applies_to_later_requests) {
  TestHttpServer server(answer(http_response(200, "ok")));
  outbound::CurlHttpClient client;
  BOOST_REQUIRE(client.send(get(server.url())));
  client.set_ssrf_protection(guard());
  auto r = client.send(get(server.url()));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "refused_by_policy");
}

BOOST_AUTO_TEST_CASE(urls_other_than_http_and_https_are_invalid) {
  outbound::CurlHttpClient client;
  for (const std::string url : {"ftp://example.com/", "file:///etc/passwd", "gopher://x:70/",
                                "not a url", "", "/relative", "http://", "https://:443/"}) {
    auto r = client.send(get(url));
    BOOST_TEST(!r, url);
    if (!r)
      BOOST_TEST(to_string(r.error().kind) == "invalid_url", url << ": " << r.error().message);
  }
}

BOOST_AUTO_TEST_CASE(error_messages_name_the_host_but_not_the_path_or_query) {
  outbound::CurlHttpClient client;
  auto r = client.send(get("ftp://files.example.com/secret?token=abc"));
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().message.find("files.example.com") != std::string::npos, r.error().message);
  BOOST_TEST(r.error().message.find("token") == std::string::npos, r.error().message);
  BOOST_TEST(r.error().message.find("secret") == std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_CASE(closed_port_is_connect_failed) {
  std::uint16_t port = 0;
  {
    TestHttpServer gone(answer(""));
    port = gone.port();
  }
  outbound::CurlHttpClient client;
  auto r = client.send(get("http://127.0.0.1:" + std::to_string(port) + "/"));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "connect_failed", r.error().message);
  BOOST_TEST(r.error().message.find("127.0.0.1") != std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_CASE(https_to_a_plain_http_server_is_tls_failed) {
  OneReplyServer server("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  outbound::CurlHttpClient client;
  auto r = client.send(get("https://127.0.0.1:" + std::to_string(server.port()) + "/"));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "tls_failed", r.error().message);
}

BOOST_AUTO_TEST_CASE(header_injection_is_refused_before_sending) {
  TestHttpServer server(answer(http_response(200, "ok")));
  outbound::CurlHttpClient client;
  auto request = get(server.url());
  request.headers = {{"X-A", "1\r\nX-Injected: 2"}};
  BOOST_TEST(!client.send(request));
  request.headers = {{"Bad Name", "1"}};
  BOOST_TEST(!client.send(request));
  request.headers = {};
  request.method = "GET /x HTTP/1.1\r\n";
  BOOST_TEST(!client.send(request));
  BOOST_TEST(server.connections() == 0);
}

BOOST_AUTO_TEST_CASE(connections_are_kept_alive_between_requests) {
  TestHttpServer server(answer(http_response(200, "ok")));
  outbound::CurlHttpClient client;
  for (int i = 0; i < 3; ++i) BOOST_REQUIRE(client.send(get(server.url())));
  BOOST_TEST(server.requests().size() == 3u);
  BOOST_TEST(server.connections() == 1);
}

BOOST_AUTO_TEST_CASE(many_threads_share_one_client) {
  TestHttpServer server([](const ReceivedRequest& r) { return http_response(200, r.target); });
  outbound::CurlHttpClient client;
  constexpr int k_threads = 4, k_requests = 10;
  std::vector<std::thread> threads;
  std::vector<int> failures(k_threads, 0);
  for (int t = 0; t < k_threads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < k_requests; ++i) {
        std::string path = "/";
        path.append(std::to_string(t)).append("/").append(std::to_string(i));
        auto r = client.send(get(server.url(path)));
        if (!r || r->body != path) ++failures[t];
      }
    });
  for (auto& t : threads) t.join();
  for (int t = 0; t < k_threads; ++t) BOOST_TEST(failures[t] == 0);
  BOOST_TEST(server.requests().size() == static_cast<std::size_t>(k_threads * k_requests));
  BOOST_TEST(server.connections() <= k_threads);  // one kept-alive connection per thread
}

BOOST_AUTO_TEST_CASE(unreadable_ca_file_is_refused_at_construction) {
  outbound::CurlOptions options;
  options.ca_file = "/nonexistent/ca.pem";
  BOOST_CHECK_THROW(outbound::CurlHttpClient({}, options), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
