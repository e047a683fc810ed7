// Row-level security: the application role working for tenant A reads nothing of tenant B, even
// with a query that forgets the tenant filter.
#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>

#include "stack.hpp"

using namespace idp::test;

namespace {

const char* k_tenant_a = "aaaaaaaa-0000-4000-8000-00000000000a";
const char* k_tenant_b = "bbbbbbbb-0000-4000-8000-00000000000b";

void seed_tenant(pqxx::work& w, const char* tenant, const char* user) {
  w.exec_params("SELECT set_config('app.tenant_id', $1, true)", tenant);
  w.exec_params(
      "INSERT INTO tenant (tenant_id, name, tenant_type, payload) VALUES ($1, 'rls', 'PUBLIC', "
      "'{}') "
      "ON CONFLICT DO NOTHING",
      tenant);
  w.exec_params(
      "INSERT INTO idp_user (tenant_id, sub, email, payload) VALUES ($1, $2, 'u@example.test', "
      "'{}') "
      "ON CONFLICT DO NOTHING",
      tenant, user);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(row_level_security)

BOOST_AUTO_TEST_CASE(the_application_role_sees_only_the_tenant_of_its_transaction) {
  pqxx::connection app(stack().conninfo("idp_app"));
  {
    pqxx::work w(app);
    seed_tenant(w, k_tenant_a, "aaaaaaaa-1111-4000-8000-00000000000a");
    seed_tenant(w, k_tenant_b, "bbbbbbbb-1111-4000-8000-00000000000b");
    w.commit();
  }
  pqxx::work w(app);
  w.exec_params("SELECT set_config('app.tenant_id', $1, true)", k_tenant_a);
  // No tenant filter in these queries on purpose.
  BOOST_TEST(w.exec1("SELECT count(*) FROM idp_user WHERE tenant_id = '" + std::string(k_tenant_b) +
                     "'")[0]
                 .as<int>() == 0);
  for (const auto& row : w.exec("SELECT tenant_id FROM idp_user"))
    BOOST_TEST(row[0].as<std::string>() == k_tenant_a);
  for (const auto& row : w.exec("SELECT tenant_id FROM tenant"))
    BOOST_TEST(row[0].as<std::string>() == k_tenant_a);
  BOOST_TEST(w.exec1("SELECT count(*) FROM tenant")[0].as<int>() == 1);
  // Updates and deletes of B's rows touch nothing.
  BOOST_TEST(
      w.exec("UPDATE idp_user SET name = 'x' WHERE tenant_id = '" + std::string(k_tenant_b) + "'")
          .affected_rows() == 0u);
  BOOST_TEST(w.exec("DELETE FROM tenant WHERE tenant_id = '" + std::string(k_tenant_b) + "'")
                 .affected_rows() == 0u);
  w.abort();
}

BOOST_AUTO_TEST_CASE(writing_a_row_of_another_tenant_is_refused) {
  pqxx::connection app(stack().conninfo("idp_app"));
  pqxx::work w(app);
  w.exec_params("SELECT set_config('app.tenant_id', $1, true)", k_tenant_a);
  BOOST_CHECK_THROW(
      w.exec_params("INSERT INTO idp_user (tenant_id, sub, payload) VALUES ($1, $2, '{}')",
                    k_tenant_b, "bbbbbbbb-2222-4000-8000-00000000000b"),
      pqxx::sql_error);
}

BOOST_AUTO_TEST_CASE(without_a_tenant_setting_nothing_is_visible) {
  pqxx::connection app(stack().conninfo("idp_app"));
  pqxx::work w(app);
  BOOST_TEST(w.exec1("SELECT count(*) FROM idp_user")[0].as<int>() == 0);
  BOOST_TEST(w.exec1("SELECT count(*) FROM tenant")[0].as<int>() == 0);
  BOOST_TEST(
      w.exec1("SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user")[0].as<bool>() ==
      false);
}

BOOST_AUTO_TEST_CASE(the_control_plane_role_reads_across_tenants) {
  pqxx::connection control(stack().conninfo("idp_control"));
  pqxx::work w(control);
  auto n = w.exec_params1("SELECT count(*) FROM tenant WHERE tenant_id IN ($1, $2)", k_tenant_a,
                          k_tenant_b)[0]
               .as<int>();
  BOOST_TEST(n == 2);
}

BOOST_AUTO_TEST_CASE(every_tenant_table_forces_row_level_security) {
  pqxx::connection owner(stack().conninfo("idp_owner"));
  pqxx::work w(owner);
  auto r = w.exec(
      "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
      "WHERE a.attname = 'tenant_id' AND c.relkind = 'r' AND c.relnamespace = "
      "'public'::regnamespace "
      "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)");
  for (const auto& row : r) BOOST_ERROR("table without forced RLS: " << row[0].c_str());
  BOOST_TEST(r.empty());
}

BOOST_AUTO_TEST_SUITE_END()
