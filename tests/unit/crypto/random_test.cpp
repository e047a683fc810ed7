#include "crypto/random.hpp"

#include <boost/test/unit_test.hpp>
#include <regex>
#include <set>
#include <thread>
#include <vector>

#include "base/base64.hpp"

using idp::crypto::Random;
using idp::crypto::system_random;

namespace {

// A deterministic source, to show that the helpers only format what fill() gives them.
class CountingRandom final : public Random {
 public:
  void fill(std::span<std::uint8_t> out) override {
    for (auto& b : out) b = m_next++;
  }

 private:
  std::uint8_t m_next = 0;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(crypto_random)

BOOST_AUTO_TEST_CASE(random_bytes_have_the_requested_length_and_differ) {
  auto a = system_random().random_bytes(32);
  auto b = system_random().random_bytes(32);
  BOOST_TEST(a.size() == 32u);
  BOOST_TEST(a != b);
  BOOST_TEST(system_random().random_bytes(0).empty());
}

BOOST_AUTO_TEST_CASE(random_token_is_unpadded_base64url) {
  auto token = system_random().random_token(32);
  BOOST_TEST(token.size() == 43u);
  BOOST_TEST(std::regex_match(token, std::regex("[A-Za-z0-9_-]+")));
  BOOST_TEST(idp::base64::decode_url(token)->size() == 32u);
}

BOOST_AUTO_TEST_CASE(uuid_v4_sets_version_and_variant) {
  const std::regex shape("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  for (int i = 0; i < 100; ++i) BOOST_TEST(std::regex_match(system_random().uuid_v4(), shape));
  CountingRandom counting;
  BOOST_TEST(counting.uuid_v4() == "00010203-0405-4607-8809-0a0b0c0d0e0f");
}

BOOST_AUTO_TEST_CASE(system_random_is_usable_from_many_threads) {
  std::vector<std::thread> threads;
  std::vector<std::set<std::string>> seen(4);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 2000; ++i) seen[t].insert(system_random().random_token(16));
    });
  for (auto& th : threads) th.join();
  std::set<std::string> all;
  for (const auto& s : seen) all.insert(s.begin(), s.end());
  BOOST_TEST(all.size() == 8000u);
}

BOOST_AUTO_TEST_SUITE_END()
