#pragma once
// Identity-verification results, and lists of results and applications, as the /me and
// management answers show them. A result: {id, type, tenant_id, user_id, application_id?,
// verified_claims, verified_at, verified_until?, source, source_details?, attributes?}.
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "ports/records.hpp"

namespace idp::identity {

rapidjson::Value result_json(const ports::IdentityVerificationResultRecord& r,
                             const std::string& tenant_id, rapidjson::Document::AllocatorType& a);

// The "list" arrays of the answers.
rapidjson::Document results_json(const std::vector<ports::IdentityVerificationResultRecord>& rows,
                                 const std::string& tenant_id);
rapidjson::Document applications_json(
    const std::vector<ports::IdentityVerificationApplicationRecord>& rows,
    const std::string& tenant_id);

}  // namespace idp::identity
