#include "store/pg/pg_unit_of_work.hpp"

#include "store/pg/pg_store.hpp"

namespace idp::store::pg {
namespace {

pqxx::connection& open(Connection& connection) {
  try {
    return connection.get();
  } catch (const pqxx::broken_connection& e) {
    connection.reset();
    throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
  }
}

}  // namespace

PgUnitOfWork::PgUnitOfWork(Connection& connection)
    : m_connection(connection), m_work(open(connection)) {}

void PgUnitOfWork::scope(const std::string& tenant) {
  if (tenant.empty() || m_scoped_tenant == tenant) return;
  m_work.exec_prepared("set_tenant", tenant);
  m_scoped_tenant = tenant;
}

void PgUnitOfWork::commit() {
  guarded([&] {
    m_work.commit();
    return 0;
  });
}

std::unique_ptr<ports::UnitOfWork> PgStore::begin() {
  // A connection that died while idle (the server restarted) is only noticed at BEGIN: that one
  // gets a fresh connection at once instead of failing the request.
  for (int attempt = 0;; ++attempt) {
    try {
      return std::make_unique<PgUnitOfWork>(m_connection);
    } catch (const pqxx::broken_connection& e) {
      m_connection.reset();
      if (attempt > 0)
        throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
    }
  }
}

}  // namespace idp::store::pg
