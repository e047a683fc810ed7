#include "store/pg/connection.hpp"

#include <algorithm>

#include "ports/unit_of_work.hpp"
#include "store/pg/statements.hpp"

namespace idp::store::pg {

Connection::Connection(std::string conninfo) : m_conninfo(std::move(conninfo)) {}
Connection::~Connection() = default;

pqxx::connection& Connection::get() {
  if (m_conn && m_conn->is_open()) return *m_conn;
  m_conn.reset();
  auto now = std::chrono::steady_clock::now();
  if (now < m_next_attempt) throw ports::StoreUnavailable("database unavailable (retrying)");
  try {
    auto conn = std::make_unique<pqxx::connection>(m_conninfo);
    prepare_statements(*conn);
    m_conn = std::move(conn);
    m_backoff = std::chrono::milliseconds(0);
    return *m_conn;
  } catch (const pqxx::broken_connection& e) {
    // Back off 50 ms, doubling to 1 s, so a down database costs each request one fast failure.
    m_backoff =
        std::clamp(m_backoff * 2, std::chrono::milliseconds(50), std::chrono::milliseconds(1000));
    m_next_attempt = now + m_backoff;
    throw ports::StoreUnavailable(std::string("database unavailable: ") + e.what());
  }
}

void Connection::reset() {
  m_conn.reset();
}

}  // namespace idp::store::pg
