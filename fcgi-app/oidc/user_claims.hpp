#pragma once
// Standard claims of a user by scope (OIDC Core §5.4): profile, email, address, phone.
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "domain/user.hpp"

namespace idp::oidc {

void add_scope_claims(rapidjson::Value& claims, rapidjson::Document::AllocatorType& a,
                      const domain::User& user, const std::vector<std::string>& scopes);

}  // namespace idp::oidc
