#pragma once
// An identity-verification result as the /me and management answers show it: {id, type,
// tenant_id, user_id, application_id?, verified_claims, verified_at, verified_until?, source,
// source_details?, attributes?}.
#include <rapidjson/document.h>

#include <string>

#include "ports/records.hpp"

namespace idp::identity {

rapidjson::Value result_json(const ports::IdentityVerificationResultRecord& r,
                             const std::string& tenant_id, rapidjson::Document::AllocatorType& a);

}  // namespace idp::identity
