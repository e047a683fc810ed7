#include "store/pg/pg_token_ledger.hpp"

#include <map>
#include <string_view>

#include "store/pg/pg_unit_of_work.hpp"

namespace idp::store::pg {
namespace {

// Enough to cover every thread of a worker many times over; a longer queue waits for the next
// batch.
constexpr std::size_t k_max_batch = 256;

}  // namespace

PgTokenLedger::PgTokenLedger(const std::string& conninfo) {
  for (int i = 0; i < k_writers; ++i) {
    Connection& connection = m_connections.emplace_back(conninfo);
    m_writers.emplace_back([this, &connection] { run(connection); });
  }
}

PgTokenLedger::~PgTokenLedger() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_queued.notify_all();
  for (auto& writer : m_writers) writer.join();
}

void PgTokenLedger::record(const ports::TenantId& tenant, const ports::TokenRecord& token) {
  Pending pending{tenant, token, Pending::State::queued, {}};
  std::unique_lock lock(m_mutex);
  if (m_stopping) throw ports::StoreUnavailable("the worker is stopping");
  m_queue.push_back(&pending);
  m_queued.notify_one();
  m_completed.wait(lock, [&] { return pending.state != Pending::State::queued; });
  if (pending.state == Pending::State::failed) throw ports::StoreUnavailable(pending.error);
}

std::uint64_t PgTokenLedger::batches() const {
  std::lock_guard lock(m_mutex);
  return m_batches;
}

std::uint64_t PgTokenLedger::tokens() const {
  std::lock_guard lock(m_mutex);
  return m_tokens;
}

void PgTokenLedger::run(Connection& connection) {
  std::vector<Pending*> batch;
  for (;;) {
    {
      std::unique_lock lock(m_mutex);
      m_queued.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
      if (m_queue.empty()) return;  // stopping, and nothing left to write
      while (!m_queue.empty() && batch.size() < k_max_batch) {
        batch.push_back(m_queue.front());
        m_queue.pop_front();
      }
    }
    std::string error = write(connection, batch);
    // One bad token (a tenant deleted meanwhile) must not fail the others: alone, each one
    // succeeds or fails on its own.
    std::vector<std::string> errors(batch.size(), error);
    if (!error.empty() && batch.size() > 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) errors[i] = write(connection, {batch[i]});
    }
    {
      std::lock_guard lock(m_mutex);
      for (std::size_t i = 0; i < batch.size(); ++i) {
        const bool committed = errors[i].empty();
        batch[i]->state = committed ? Pending::State::committed : Pending::State::failed;
        batch[i]->error = std::move(errors[i]);
        if (committed) ++m_tokens;
      }
      ++m_batches;
    }
    m_completed.notify_all();
    batch.clear();
  }
}

std::string PgTokenLedger::write(Connection& connection, const std::vector<Pending*>& batch) {
  try {
    // One INSERT per tenant in the batch (usually one).
    std::map<std::string_view, std::vector<const ports::TokenRecord*>> by_tenant;
    for (const Pending* p : batch) by_tenant[p->tenant].push_back(&p->token);
    PgUnitOfWork uow(connection);
    for (const auto& [tenant, tokens] : by_tenant)
      uow.pg_tokens().insert_many(std::string(tenant), tokens);
    uow.commit();
    return "";
  } catch (const std::exception& e) {
    return std::string("the token could not be stored: ") + e.what();
  }
}

}  // namespace idp::store::pg
