// The per-tenant cache of parsed clients: found by the id it was kept under, never replaced by a
// later keep (a changed client arrives in a new cache, with its tenant's new configuration), and
// bounded.
#include <boost/test/unit_test.hpp>

#include <string>

#include "oauth/client_cache.hpp"

using namespace idp;

namespace {

std::shared_ptr<const domain::Client> client_named(const std::string& id) {
  auto c = std::make_shared<domain::Client>();
  c->client_id = id;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(client_cache)

BOOST_AUTO_TEST_CASE(a_kept_client_is_found_by_the_id_it_was_looked_up_with) {
  oauth::ClientCache cache;
  BOOST_TEST(cache.find("app") == nullptr);
  cache.keep("app", client_named("b8c5c40d"));  // looked up by its alias
  BOOST_REQUIRE(cache.find("app") != nullptr);
  BOOST_TEST(cache.find("app")->client_id == "b8c5c40d");
  BOOST_TEST(cache.find("b8c5c40d") == nullptr);
  cache.keep("app", client_named("other"));
  BOOST_TEST(cache.find("app")->client_id == "b8c5c40d");
}

BOOST_AUTO_TEST_CASE(it_stops_growing_at_its_capacity) {
  oauth::ClientCache cache;
  for (std::size_t i = 0; i < oauth::ClientCache::k_capacity + 10; ++i)
    cache.keep("client-" + std::to_string(i), client_named(std::to_string(i)));
  BOOST_TEST(cache.find("client-0") != nullptr);
  BOOST_TEST(cache.find("client-" + std::to_string(oauth::ClientCache::k_capacity - 1)) != nullptr);
  BOOST_TEST(cache.find("client-" + std::to_string(oauth::ClientCache::k_capacity)) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
