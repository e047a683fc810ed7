#include "main/tenant_cache.hpp"

#include <iterator>
#include <random>

namespace idp::main {

Expected<TenantContext> TenantCache::get(const std::function<ports::UnitOfWork&()>& uow,
                                         const std::string& tenant_id) {
  {
    std::shared_lock lock(m_mutex);
    if (auto it = m_entries.find(tenant_id); it != m_entries.end()) return it->second;
  }
  // An invalidation between this read and the insert below means the row we read may already be
  // stale: then the result is used for this request but not kept.
  std::uint64_t generation = m_generation.load();
  auto loaded = load_tenant_context(uow(), tenant_id);
  if (loaded && m_listening.load()) {
    std::unique_lock lock(m_mutex);
    if (generation == m_generation.load()) {
      if (m_entries.size() >= m_capacity && !m_entries.count(tenant_id)) evict_one();
      m_entries.insert_or_assign(tenant_id, *loaded);
    }
  }
  return loaded;
}

void TenantCache::evict_one() {
  // Random replacement: no bookkeeping on the read path, and no access pattern makes it thrash
  // worse than its hit ratio.
  static thread_local std::minstd_rand random{std::random_device{}()};
  auto victim = m_entries.begin();
  std::advance(victim, static_cast<std::ptrdiff_t>(random() % m_entries.size()));
  m_entries.erase(victim);
}

void TenantCache::changed(const std::string& tenant_id) {
  std::unique_lock lock(m_mutex);
  ++m_generation;
  m_entries.erase(tenant_id);
}

void TenantCache::listening(bool on) {
  std::unique_lock lock(m_mutex);
  ++m_generation;
  m_listening = on;
  m_entries.clear();
}

}  // namespace idp::main
