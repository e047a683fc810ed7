#pragma once
// Reads across tenants, for the control plane only (DESIGN.md "Tenancy": they run as the role
// idp_control, which may read every tenant's rows and write none): which tenants exist, and which
// belong to an organization.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ports/records.hpp"

namespace idp::ports {

struct TenantPage {
  std::vector<TenantRecord> tenants;
  std::int64_t total = 0;
};

class Directory {
 public:
  virtual ~Directory() = default;
  // The tenants of an organization, by creation time.
  virtual std::vector<TenantRecord> tenants_of_organization(std::string_view organization_id) = 0;
  // Every tenant (all organizations), by creation time.
  virtual TenantPage tenants(std::int64_t limit, std::int64_t offset) = 0;
};

}  // namespace idp::ports
