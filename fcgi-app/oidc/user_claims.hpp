#pragma once
// Standard claims of a user by scope (OIDC Core §5.4): profile, email, address, phone.
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "domain/user.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::oidc {

// The tenant's user `sub` with its stored claims (sub set), if it exists.
std::optional<domain::User> find_user(ports::UnitOfWork& uow, const std::string& tenant_id,
                                      const std::string& sub);

void add_scope_claims(rapidjson::Value& claims, rapidjson::Document::AllocatorType& a,
                      const domain::User& user, const std::vector<std::string>& scopes);

}  // namespace idp::oidc
