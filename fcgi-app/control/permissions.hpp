#pragma once
#include <string>
#include <vector>

namespace idp::control {

struct PermissionDefinition {
  std::string name;
  std::string description;
};

// Every control-plane permission; the bootstrap gives the administrator role all of them.
const std::vector<PermissionDefinition>& all_permissions();

}  // namespace idp::control
