#include "identity/configuration_cache.hpp"

#include <stdexcept>

#include "json/reader.hpp"

namespace idp::identity {

std::shared_ptr<const VerificationConfiguration> ConfigurationCache::find(
    ports::UnitOfWork& uow, const std::string& tenant_id, std::string_view type) {
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_by_type.find(type); it != m_by_type.end()) return it->second;
  }
  for (const auto& record :
       uow.configurations().list(tenant_id, std::string(k_configuration_kind))) {
    if (record.type != type || !record.enabled) continue;
    auto payload = json::parse(record.payload);
    if (!payload)
      throw std::runtime_error("a stored identity-verification configuration is not JSON");
    auto config = parse_verification_configuration(*payload);
    if (!config)
      throw std::runtime_error("stored identity-verification configuration " + record.id +
                               " no longer compiles: " + config.error());
    if (!config->enabled) return nullptr;
    auto shared = std::make_shared<const VerificationConfiguration>(std::move(*config));
    std::lock_guard lock(m_mutex);
    m_by_type[std::string(type)] = shared;
    return shared;
  }
  return nullptr;
}

}  // namespace idp::identity
