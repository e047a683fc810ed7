#pragma once
// Pairwise subject identifiers (OIDC Core §8.1): one user appears under a different `sub` to
// each sector (the host of the client's sector_identifier_uri, or of its redirect_uris), so that
// relying parties of different sectors cannot correlate users; clients of one sector share it.
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "domain/client.hpp"

namespace idp::oauth {

// The host component (lower case) of the client's sector_identifier_uri when it has one, which
// must be an https URL (OIDC Registration §2). Otherwise the host of its redirect_uris when they
// all share one; with several hosts, or none, a sector_identifier_uri is required (OIDC Core
// §8.1).
Expected<std::string> sector_identifier(const domain::Client& client);

// base64url (no padding) of SHA-256(sector_host || local_sub || salt), the calculation OIDC
// Core §8.1 suggests. The salt is the authorization server's secret: without it a sector could
// compute the identifiers of another sector from a known local sub.
std::string pairwise_subject(std::string_view sector_host, std::string_view local_sub,
                             std::string_view salt);

// The document at a sector_identifier_uri must be a JSON array of strings that holds every one
// of the client's redirect_uris (OIDC Registration §5). The error names the first one missing.
Status check_sector_identifier_document(std::string_view json_text,
                                        const std::vector<std::string>& redirect_uris);

}  // namespace idp::oauth
