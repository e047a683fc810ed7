#pragma once
// A tenant's identity-verification configurations, all compiled on first use and kept with the
// tenant's other parsed configuration (dropped with it when any configuration changes), so that
// a request naming an unknown or disabled type costs no query. Thread-safe.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "identity/verification_configuration.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::identity {

inline constexpr std::string_view k_configuration_kind = "identity_verification_configuration";

class ConfigurationCache {
 public:
  // The enabled configuration of `type`, or nullptr. A stored configuration that no longer
  // compiles is an infrastructure error (it was checked when written) and throws.
  std::shared_ptr<const VerificationConfiguration> find(ports::UnitOfWork& uow,
                                                        const std::string& tenant_id,
                                                        std::string_view type);

 private:
  std::mutex m_mutex;
  bool m_loaded = false;
  std::map<std::string, std::shared_ptr<const VerificationConfiguration>, std::less<>> m_by_type;
};

}  // namespace idp::identity
