#pragma once
// What a verified_claims request asks for, taken from the verified claims the OP holds for the
// End-User (OpenID Connect for Identity Assurance 1.0, §6 "Requesting Verified Claims"; the shape
// of the result is §5 / OpenID Identity Assurance Schema Definition 1.0 §4: a `verified_claims`
// object with `verification` then `claims`, or an array of such objects).
//
// The rules followed:
// - §6.1: in `claims`, every requested Claim the End-User has is returned whole (sub-claims cannot
//   be requested); `value`/`values`/`max_age` that the stored value does not meet drop that Claim
//   only (§6.5.2). Claims outside `claims_in_verified_claims_supported` are never returned (§9,
//   "Claims that are not present in this array MUST NOT be returned").
// - §6.2: the RP requests every element of `verification` it wants; `null` means "return it if
//   available", an object navigates one level deeper. Array elements (`evidence`, `check_details`)
//   are filters and templates: each stored entry is returned shaped by the first request entry it
//   satisfies (entries are ORed); `assurance_details` is returned with everything it has.
//   `trust_framework` is returned even when not requested: the schema requires it, and a
//   `verification` without it would be invalid (§6.5.3).
// - §6.3 / §6.5.2: a `value`/`values`/`max_age` requirement inside `verification` that the stored
//   data does not meet — or that it cannot meet because the element is missing — omits the whole
//   verified_claims element, without an error.
// - §6.5.3 / §6.5.4: no requested Claim available, or no `trust_framework`, omits the element;
//   an empty `claims` object is never returned.
// - §6.4: a request array is processed element by element; every request element yields one
//   verified_claims object per stored verified_claims object that fulfils it.
//
// idp-server (VerifiedClaimsAssembler, SelectiveVerifiedClaims) is looser in places; where it
// differs we follow the specification:
// - it compares value/values as strings (String.valueOf), we compare JSON values;
// - a value/values miss on a `verification` element whose data is absent is ignored there, here it
//   omits the element (the RP's requirement is not met by the available data);
// - it drops a `verification` element that fails max_age individually and keeps the rest, §6.5.2
//   omits the whole verified_claims element;
// - it copies requested `verification` elements whole (no evidence/check_details filtering, no
//   navigation into `document_details`), ignores `claims_in_verified_claims_supported`, and reads
//   only a single stored object (not an array) and a single request object (not an array).
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace idp::oidc {

using Allocator = rapidjson::Document::AllocatorType;

struct VerifiedClaimsSelection {
  std::int64_t now = 0;  // Unix seconds: the point in time max_age is measured to
  // claims_in_verified_claims_supported; empty: not configured, no Claim is held back.
  const std::vector<std::string>* supported_claims = nullptr;
};

// The verified_claims value (object or array) that `request` — the `verified_claims` member of the
// claims parameter's id_token or userinfo, an object or an array of objects — selects from
// `stored`, the End-User's verified claims (an object {verification, claims} or an array of
// them). nullopt: nothing to return, the Claim is omitted. A request object gives an object when
// it is fulfilled once; a request array, or several stored objects fulfilling one request, give an
// array.
std::optional<rapidjson::Value> select_verified_claims(const rapidjson::Value& request,
                                                       const rapidjson::Value& stored,
                                                       const VerifiedClaimsSelection& selection,
                                                       Allocator& a);

// idp-server's verified_claims scopes as a request element: `verified_claims:<claim>` requests the
// verified Claim <claim> (the `claims:` segment left out), `verified_claims:verification:<element>`
// the verification element <element> whole. nullopt when no scope names a Claim (idp-server emits
// nothing then either).
std::optional<rapidjson::Value> scope_verified_claims_request(
    const std::vector<std::string>& scopes, Allocator& a);

// Whether a scope has the `verified_claims:` prefix.
bool has_verified_claims_scope(const std::vector<std::string>& scopes);

}  // namespace idp::oidc
