#include "oauth/client_cache.hpp"

#include <mutex>

namespace idp::oauth {

std::shared_ptr<const domain::Client> ClientCache::find(std::string_view id) const {
  std::shared_lock lock(m_mutex);
  auto it = m_entries.find(id);
  return it == m_entries.end() ? nullptr : it->second;
}

void ClientCache::keep(std::string_view id, std::shared_ptr<const domain::Client> client) {
  std::unique_lock lock(m_mutex);
  if (m_entries.size() < k_capacity) m_entries.try_emplace(std::string(id), std::move(client));
}

}  // namespace idp::oauth
