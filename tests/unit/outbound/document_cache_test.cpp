// The JSON document cache over an in-memory HTTP fake and a settable clock: hits, max-age and its
// bounds, refresh and its rate limit, failures, and the entry limit.
#include <boost/test/unit_test.hpp>

#include <functional>
#include <map>
#include <string>

#include "outbound/document_cache.hpp"

using namespace idp;
using ports::OutboundErrorKind;

namespace {

struct FakeClock final : ports::Clock {
  std::int64_t t = 1'700'000'000;
  std::int64_t now() const override { return t; }
};

// Answers each URL with what the test put there and counts the requests.
struct FakeHttp final : ports::OutboundHttp {
  std::map<std::string, ports::OutboundResult<ports::OutboundResponse>> answers;
  std::map<std::string, int> calls;
  ports::OutboundRequest last;

  void answer(const std::string& url, std::string body, std::string cache_control = "",
              int status = 200) {
    ports::OutboundResponse r;
    r.status = status;
    r.body = std::move(body);
    if (!cache_control.empty()) r.headers = {{"cache-control", cache_control}};
    answers.insert_or_assign(url, r);
  }
  void failure(const std::string& url, OutboundErrorKind kind) {
    answers.insert_or_assign(url, ports::outbound_failure(kind, url + " failed"));
  }
  std::function<void()> during_send;  // runs while a request is "in flight"

  ports::OutboundResult<ports::OutboundResponse> send(
      const ports::OutboundRequest& request) override {
    ++calls[request.url];
    last = request;
    if (during_send) during_send();
    auto it = answers.find(request.url);
    if (it == answers.end())
      return ports::outbound_failure(OutboundErrorKind::connect_failed, "unknown");
    return it->second;
  }
};

const std::string k_url = "https://rp.example.com/jwks.json";
const std::string k_keys_v1 = R"({"keys":[{"kty":"oct","kid":"1","k":"AQ"}]})";
const std::string k_keys_v2 = R"({"keys":[{"kty":"oct","kid":"2","k":"Ag"}]})";

struct CacheFixture {
  FakeHttp http;
  FakeClock clock;
  outbound::DocumentCacheOptions options;
  CacheFixture() {
    options.default_ttl = 300;
    options.min_ttl = 60;
    options.max_ttl = 3'600;
    options.min_refresh_interval = 30;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(outbound_document_cache, CacheFixture)

BOOST_AUTO_TEST_CASE(second_get_is_answered_from_memory) {
  http.answer(k_url, k_keys_v1);
  outbound::DocumentCache cache(http, clock, options);
  auto first = cache.get(k_url);
  BOOST_REQUIRE(first);
  BOOST_TEST(*first == k_keys_v1);
  clock.t += 10;
  auto second = cache.get(k_url);
  BOOST_REQUIRE(second);
  BOOST_TEST(*second == k_keys_v1);
  BOOST_TEST(http.calls[k_url] == 1);
  BOOST_TEST(http.last.method == "GET");
  BOOST_TEST(http.last.max_response_bytes == options.max_document_bytes);
}

BOOST_AUTO_TEST_CASE(a_fetch_overtaken_by_a_policy_change_is_not_kept) {
  // The SSRF guard changed (clear()) while the document was being fetched under the old policy:
  // that answer serves its own request, and the next request fetches under the new policy.
  http.answer(k_url, k_keys_v1);
  outbound::DocumentCache cache(http, clock, options);
  http.during_send = [&] { cache.clear(); };
  BOOST_TEST(cache.get(k_url).ok());
  http.during_send = nullptr;
  BOOST_TEST(cache.size() == 0u);
  BOOST_TEST(cache.get(k_url).ok());
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(document_expires_after_its_max_age) {
  http.answer(k_url, k_keys_v1, "public, max-age=120");
  outbound::DocumentCache cache(http, clock, options);
  BOOST_REQUIRE(cache.get(k_url));
  http.answer(k_url, k_keys_v2, "max-age=120");
  clock.t += 119;
  BOOST_TEST(*cache.get(k_url) == k_keys_v1);
  clock.t += 1;
  BOOST_TEST(*cache.get(k_url) == k_keys_v2);
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(max_age_is_bounded_above_and_below) {
  outbound::DocumentCache cache(http, clock, options);
  http.answer(k_url, k_keys_v1, "max-age=99999999999999999999");
  BOOST_REQUIRE(cache.get(k_url));
  clock.t += 3'599;
  BOOST_REQUIRE(cache.get(k_url));
  BOOST_TEST(http.calls[k_url] == 1);
  clock.t += 1;  // max_ttl reached
  BOOST_REQUIRE(cache.get(k_url));
  BOOST_TEST(http.calls[k_url] == 2);

  const std::string other = "https://rp.example.com/other.json";
  for (const char* directive : {"no-store", "no-cache", "max-age=0", "max-age=5"}) {
    http.answer(other, "[]", directive);
    http.calls[other] = 0;
    clock.t += 10'000;
    BOOST_REQUIRE(cache.get(other));
    clock.t += 59;  // still within min_ttl
    BOOST_REQUIRE(cache.get(other));
    BOOST_TEST(http.calls[other] == 1, directive);
  }
}

BOOST_AUTO_TEST_CASE(answer_without_max_age_is_kept_for_the_default_ttl) {
  http.answer(k_url, k_keys_v1, "public");
  outbound::DocumentCache cache(http, clock, options);
  BOOST_REQUIRE(cache.get(k_url));
  clock.t += 299;
  BOOST_REQUIRE(cache.get(k_url));
  BOOST_TEST(http.calls[k_url] == 1);
  clock.t += 1;
  BOOST_REQUIRE(cache.get(k_url));
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(refresh_fetches_again_but_not_more_than_once_per_interval) {
  http.answer(k_url, k_keys_v1, "max-age=3600");
  outbound::DocumentCache cache(http, clock, options);
  BOOST_REQUIRE(cache.get(k_url));
  http.answer(k_url, k_keys_v2, "max-age=3600");
  clock.t += 29;
  // A flood of unknown key ids within the interval costs no fetch.
  for (int i = 0; i < 100; ++i) BOOST_TEST(*cache.refresh(k_url) == k_keys_v1);
  BOOST_TEST(http.calls[k_url] == 1);
  clock.t += 1;
  BOOST_TEST(*cache.refresh(k_url) == k_keys_v2);
  BOOST_TEST(*cache.refresh(k_url) == k_keys_v2);
  BOOST_TEST(*cache.get(k_url) == k_keys_v2);
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(refresh_of_an_unknown_url_fetches_it) {
  http.answer(k_url, k_keys_v1);
  outbound::DocumentCache cache(http, clock, options);
  BOOST_TEST(*cache.refresh(k_url) == k_keys_v1);
  BOOST_TEST(*cache.get(k_url) == k_keys_v1);
  BOOST_TEST(http.calls[k_url] == 1);
}

BOOST_AUTO_TEST_CASE(failed_fetch_is_remembered_for_the_refresh_interval) {
  http.failure(k_url, OutboundErrorKind::timeout);
  outbound::DocumentCache cache(http, clock, options);
  for (int i = 0; i < 10; ++i) {
    auto r = cache.get(k_url);
    BOOST_REQUIRE(!r);
    BOOST_TEST(to_string(r.error().kind) == "timeout");
  }
  BOOST_TEST(http.calls[k_url] == 1);
  http.answer(k_url, k_keys_v1);
  clock.t += 30;
  BOOST_TEST(*cache.get(k_url) == k_keys_v1);
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(failed_refresh_keeps_the_fresh_document) {
  http.answer(k_url, k_keys_v1, "max-age=3600");
  outbound::DocumentCache cache(http, clock, options);
  BOOST_REQUIRE(cache.get(k_url));
  http.failure(k_url, OutboundErrorKind::connect_failed);
  clock.t += 60;
  auto refreshed = cache.refresh(k_url);
  BOOST_REQUIRE(!refreshed);
  BOOST_TEST(to_string(refreshed.error().kind) == "connect_failed");
  BOOST_TEST(*cache.get(k_url) == k_keys_v1);
  BOOST_TEST(http.calls[k_url] == 2);
}

BOOST_AUTO_TEST_CASE(non_200_answers_and_non_json_bodies_are_not_cached_as_documents) {
  outbound::DocumentCache cache(http, clock, options);
  http.answer(k_url, k_keys_v1, "", 404);
  auto not_found = cache.get(k_url);
  BOOST_REQUIRE(!not_found);
  BOOST_TEST(not_found.error().message.find("404") != std::string::npos);
  BOOST_TEST(not_found.error().message.find("rp.example.com") != std::string::npos);
  BOOST_TEST(not_found.error().message.find("jwks.json") == std::string::npos);

  const std::string html = "https://rp.example.com/html";
  http.answer(html, "<html>sorry</html>");
  auto not_json = cache.get(html);
  BOOST_REQUIRE(!not_json);
  BOOST_TEST(not_json.error().message.find("not JSON") != std::string::npos);

  const std::string duplicate = "https://rp.example.com/dup";
  http.answer(duplicate, R"({"keys":[],"keys":[]})");  // refused by the guarded reader
  BOOST_TEST(!cache.get(duplicate));
}

BOOST_AUTO_TEST_CASE(entry_limit_evicts_the_entry_expiring_first) {
  options.max_entries = 2;
  outbound::DocumentCache cache(http, clock, options);
  const std::string a = "https://a.example/j", b = "https://b.example/j", c = "https://c.example/j";
  http.answer(a, "[]", "max-age=600");
  http.answer(b, "[]", "max-age=100");
  http.answer(c, "[]", "max-age=600");
  BOOST_REQUIRE(cache.get(a));
  BOOST_REQUIRE(cache.get(b));
  BOOST_REQUIRE(cache.get(c));
  BOOST_TEST(cache.size() == 2u);
  BOOST_REQUIRE(cache.get(a));
  BOOST_REQUIRE(cache.get(c));
  BOOST_TEST(http.calls[a] == 1);
  BOOST_TEST(http.calls[c] == 1);
  BOOST_REQUIRE(cache.get(b));  // b was evicted
  BOOST_TEST(http.calls[b] == 2);
}

BOOST_AUTO_TEST_SUITE_END()
