#pragma once
// Parsed tenant configuration, cached per worker process and shared by its threads. An entry is
// dropped when PostgreSQL notifies a change of that tenant; while the change listener is not
// connected nothing is cached, so a worker never serves configuration it may have missed a change
// of.
#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <string>

#include "main/tenant_context.hpp"

namespace idp::main {

class TenantCache {
 public:
  // At most `capacity` tenants are kept; a new one then replaces one picked at random.
  explicit TenantCache(std::size_t capacity) : m_capacity(capacity) {}

  // `uow` is asked for only when the tenant is not cached, so that a cached tenant costs no
  // database round trip (no transaction is begun for it).
  Expected<TenantContext> get(const std::function<ports::UnitOfWork&()>& uow,
                              const std::string& tenant_id);

  void changed(const std::string& tenant_id);
  void listening(bool on);

 private:
  void evict_one();  // with m_mutex held exclusively

  const std::size_t m_capacity;
  std::shared_mutex m_mutex;
  std::map<std::string, TenantContext, std::less<>> m_entries;
  std::atomic<std::uint64_t> m_generation{0};  // bumped by every invalidation
  std::atomic<bool> m_listening{false};
};

}  // namespace idp::main
