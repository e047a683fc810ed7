#include "store/pg/pg_unit_of_work.hpp"

#include "store/pg/pg_store.hpp"

namespace idp::store::pg {
namespace {

std::string begin_scoped_to(const std::string& escaped_tenant) {
  constexpr std::string_view head = "BEGIN; SELECT set_config('app.tenant_id', '";
  constexpr std::string_view tail = "', true)";
  std::string sql(head);
  sql += escaped_tenant;
  sql += tail;
  return sql;
}

}  // namespace

PgUnitOfWork::~PgUnitOfWork() {
  if (!m_open) return;
  try {
    m_session->exec("ROLLBACK");
  } catch (const std::exception&) {
    // The connection is in an unknown state: the next unit of work starts on a new one.
    lost();
  }
}

void PgUnitOfWork::lost() {
  m_open = false;
  m_session.reset();
  m_connection.reset();
}

void PgUnitOfWork::begin(const std::string& tenant) {
  // A connection that died while idle (the server restarted) is only noticed at BEGIN: that one
  // gets a fresh connection at once instead of failing the request.
  for (int attempt = 0;; ++attempt) {
    try {
      pqxx::connection* connection = nullptr;
      try {
        connection = &m_connection.get();
      } catch (const pqxx::broken_connection& e) {
        throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
      }
      m_session.emplace(*connection);
      m_session->exec(tenant.empty() ? std::string("BEGIN")
                                     : begin_scoped_to(m_session->esc(tenant)));
      m_open = true;
      if (!tenant.empty()) m_scoped_tenant = tenant;
      return;
    } catch (const pqxx::broken_connection& e) {
      lost();
      if (attempt > 0)
        throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
    }
  }
}

void PgUnitOfWork::scope(const std::string& tenant) {
  if (!m_open) return begin(tenant);
  if (tenant.empty() || m_scoped_tenant == tenant) return;
  m_session->exec_prepared("set_tenant", tenant);
  m_scoped_tenant = tenant;
}

void PgUnitOfWork::commit() {
  if (!m_open) return;
  // Whatever COMMIT answers, the transaction is over: nothing is left to roll back.
  m_open = false;
  guarded([&] { return m_session->exec("COMMIT"); });
}

std::unique_ptr<ports::UnitOfWork> PgStore::begin() {
  return std::make_unique<PgUnitOfWork>(m_connection);
}

}  // namespace idp::store::pg
