#pragma once
// One PostgreSQL connection owned by one worker thread. It connects lazily, prepares every
// statement of the repositories once per connection, and after a broken connection it is dropped
// and rebuilt on the next use (libpqxx 6 reconnects the same object unreliably; see
// PLATFORM-NOTES.md §2).
#include <chrono>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace idp::store::pg {

class Connection {
 public:
  explicit Connection(std::string conninfo);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // The open connection; throws ports::StoreUnavailable when the server cannot be reached
  // (retries are paced so that a down database is not hammered by every request).
  pqxx::connection& get();
  // Forget the connection after a failure; the next get() reconnects.
  void reset();

 private:
  std::string m_conninfo;
  std::unique_ptr<pqxx::connection> m_conn;
  std::chrono::steady_clock::time_point m_next_attempt{};
  std::chrono::milliseconds m_backoff{0};
};

}  // namespace idp::store::pg
