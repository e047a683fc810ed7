#pragma once
// OIDC Registration §5: a client registered with a sector_identifier_uri must have every one of
// its redirect_uris in the JSON array that URL serves. Checked when the client is written.
#include "base/expected.hpp"
#include "domain/client.hpp"
#include "ports/outbound_http.hpp"

namespace idp::control {

// Ok for a client without sector_identifier_uri; otherwise fetches it (GET, 10 s, 512 KiB).
Status check_sector_identifier_uri(const domain::Client& client, ports::OutboundHttp& http);

}  // namespace idp::control
