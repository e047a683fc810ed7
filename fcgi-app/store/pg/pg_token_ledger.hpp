#pragma once
// The PostgreSQL token ledger of a worker: writer threads, each with a connection of its own,
// take every token queued since their last commit, insert them in one transaction (re-scoping per
// tenant) and commit. While one waits for its flush, the next requests' tokens queue up and
// another writer takes them, so the batch size follows the load (one token when idle, dozens
// under load) and a flush never holds everything up.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ports/token_ledger.hpp"
#include "store/pg/connection.hpp"

namespace idp::store::pg {

class PgTokenLedger : public ports::TokenLedger {
 public:
  static constexpr int k_writers = 2;
  explicit PgTokenLedger(const std::string& conninfo);
  // Writes what is queued, then stops the writer.
  ~PgTokenLedger() override;
  PgTokenLedger(const PgTokenLedger&) = delete;
  PgTokenLedger& operator=(const PgTokenLedger&) = delete;

  void record(const ports::TenantId& tenant, const ports::TokenRecord& token) override;

  // Batches committed and tokens in them since start (for logs and tests).
  std::uint64_t batches() const;
  std::uint64_t tokens() const;

 private:
  struct Pending {
    const ports::TenantId& tenant;
    const ports::TokenRecord& token;
    enum class State { queued, committed, failed } state = State::queued;
    std::string error;
  };
  void run(Connection& connection);
  // "" when every token of `batch` is committed; otherwise the reason, for all of them.
  static std::string write(Connection& connection, const std::vector<Pending*>& batch);

  std::deque<Connection> m_connections;  // one per writer
  mutable std::mutex m_mutex;
  std::condition_variable m_queued;     // the writer waits for work
  std::condition_variable m_completed;  // requests wait for their batch
  std::deque<Pending*> m_queue;
  bool m_stopping = false;
  std::uint64_t m_batches = 0;
  std::uint64_t m_tokens = 0;
  std::vector<std::thread> m_writers;
};

}  // namespace idp::store::pg
