#include "store/pg/field_text.hpp"
#include "store/pg/pg_store.hpp"

namespace idp::store::pg {
namespace {

constexpr const char* k_tenant_columns = "t.tenant_id, t.name, t.tenant_type, t.enabled, t.payload";

ports::TenantRecord tenant_of(const pqxx::row& r) {
  return {text(r[0]), text(r[1]), text(r[2]), r[3].as<bool>(), text(r[4])};
}

}  // namespace

template <class F>
auto PgDirectory::read(F&& f) -> decltype(f(std::declval<pqxx::read_transaction&>())) {
  for (int attempt = 0;; ++attempt) {
    try {
      pqxx::read_transaction tx(m_connection.get());
      return f(tx);
    } catch (const pqxx::broken_connection& e) {
      m_connection.reset();
      if (attempt > 0)
        throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
    }
  }
}

std::vector<ports::TenantRecord> PgDirectory::tenants_of_organization(
    std::string_view organization_id) {
  return read([&](pqxx::read_transaction& tx) {
    std::vector<ports::TenantRecord> out;
    for (const auto& row : tx.exec_params(
             std::string("SELECT ") + k_tenant_columns +
                 " FROM organization_tenant ot JOIN tenant t ON t.tenant_id = ot.tenant_id "
                 "WHERE ot.organization_id = $1 ORDER BY t.created_at, t.tenant_id",
             std::string(organization_id)))
      out.push_back(tenant_of(row));
    return out;
  });
}

ports::TenantPage PgDirectory::tenants(std::int64_t limit, std::int64_t offset) {
  return read([&](pqxx::read_transaction& tx) {
    ports::TenantPage page;
    for (const auto& row :
         tx.exec_params(std::string("SELECT ") + k_tenant_columns +
                            " FROM tenant t ORDER BY t.created_at, t.tenant_id LIMIT $1 OFFSET $2",
                        limit, offset))
      page.tenants.push_back(tenant_of(row));
    page.total = tx.exec1("SELECT count(*) FROM tenant")[0].as<std::int64_t>();
    return page;
  });
}

}  // namespace idp::store::pg
