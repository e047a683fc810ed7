#include "identity/configuration_cache.hpp"

#include <stdexcept>

#include "json/reader.hpp"

namespace idp::identity {

std::shared_ptr<const VerificationConfiguration> ConfigurationCache::find(
    ports::UnitOfWork& uow, const std::string& tenant_id, std::string_view type) {
  std::lock_guard lock(m_mutex);
  if (!m_loaded) {
    for (const auto& record :
         uow.configurations().list(tenant_id, std::string(k_configuration_kind))) {
      if (!record.enabled) continue;
      auto payload = json::parse(record.payload);
      if (!payload)
        throw std::runtime_error("a stored identity-verification configuration is not JSON");
      auto config = parse_verification_configuration(*payload);
      if (!config)
        throw std::runtime_error("stored identity-verification configuration " + record.id +
                                 " no longer compiles: " + config.error());
      if (config->enabled)
        m_by_type[record.type] =
            std::make_shared<const VerificationConfiguration>(std::move(*config));
    }
    m_loaded = true;
  }
  auto it = m_by_type.find(type);
  return it == m_by_type.end() ? nullptr : it->second;
}

}  // namespace idp::identity
