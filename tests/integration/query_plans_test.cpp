// The hot lookups use their unique index even in a generic plan made while the table has no
// statistics (a new deployment): the plan a connection prepares first is the one it keeps until
// the next ANALYZE.
#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>
#include <string>

#include "stack.hpp"

using namespace idp::test;

namespace {

// The generic plan of `query` (two parameters) against an empty copy of `table` (same columns and
// indexes).
std::string generic_plan(const std::string& table, const std::string& query,
                         const std::string& parameter_types) {
  pqxx::connection app(stack().conninfo("idp_app"));
  pqxx::nontransaction w(app);
  w.exec("CREATE TEMP TABLE empty_copy (LIKE " + table + " INCLUDING INDEXES)");
  w.exec("SET plan_cache_mode = force_generic_plan");
  w.exec("PREPARE lookup(" + parameter_types + ") AS " + query);
  std::string plan;
  for (const auto& row : w.exec("EXPLAIN EXECUTE lookup(NULL, NULL)"))
    plan += row[0].as<std::string>() + "\n";
  return plan;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(query_plans)

BOOST_AUTO_TEST_CASE(tokens_are_found_by_their_hash_index_in_a_new_deployment) {
  auto access = generic_plan(
      "oauth_token", "SELECT id FROM empty_copy WHERE tenant_id = $1 AND access_token_hash = $2",
      "uuid, text");
  BOOST_TEST(access.find("access_token_hash = $2)") != std::string::npos, access);
  BOOST_TEST(access.find("Filter") == std::string::npos, access);
  auto refresh = generic_plan(
      "oauth_token", "SELECT id FROM empty_copy WHERE tenant_id = $1 AND refresh_token_hash = $2",
      "uuid, text");
  BOOST_TEST(refresh.find("refresh_token_hash = $2)") != std::string::npos, refresh);
  BOOST_TEST(refresh.find("Filter") == std::string::npos, refresh);
}

BOOST_AUTO_TEST_SUITE_END()
