#pragma once
// What an approval leaves behind (FEATURES.md §1.5 "Status machine and results"): an
// identity_verification_result with the verified_claims and source_details the configuration's
// result rules map from the approving request's context, and the user's verified_claims and
// status updated to match.
#include <rapidjson/document.h>

#include <string>

#include "identity/verification_configuration.hpp"
#include "json/mapping/environment.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::identity {

struct ApprovalTarget {
  std::string user_id;
  std::string application_id;  // "" for a direct registration
  std::string source = "application";
};

// Writes the result and updates the user in `uow`'s transaction. `verified_claims` is the object
// the rules produced; `policy` says how it meets what the user already has. Returns the result id.
std::string record_verified_claims(ports::UnitOfWork& uow, const std::string& tenant_id,
                                   const VerificationConfiguration& config,
                                   const ApprovalTarget& target,
                                   const rapidjson::Value& verified_claims,
                                   const rapidjson::Value& source_details,
                                   VerifiedClaimsPolicy policy, std::int64_t now_ms,
                                   const std::string& result_id);

// Combines stored and incoming verified_claims as `policy` says: merge replaces top-level
// members (verification, claims), deep_merge one level further down, replace takes incoming.
rapidjson::Document combine_verified_claims(const rapidjson::Value& stored,
                                            const rapidjson::Value& incoming,
                                            VerifiedClaimsPolicy policy);

}  // namespace idp::identity
