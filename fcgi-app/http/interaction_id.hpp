#pragma once
// The FAPI interaction id (FAPI 1.0 Baseline §6.2.1 item 11, FAPI 2.0 Security Profile §5.3.2):
// the answer carries `x-fapi-interaction-id` with the client's value when it sent an RFC 4122 UUID,
// otherwise a fresh version 4 UUID. Random bytes come from the caller so that this layer does not
// depend on crypto/.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

inline constexpr std::string_view k_interaction_id_header = "x-fapi-interaction-id";

// Returns exactly n bytes from a cryptographically secure generator.
using RandomBytes = std::function<std::string(std::size_t n)>;

// A version 4 UUID (RFC 4122 §4.4) in lower case from 16 random bytes. Throws std::logic_error if
// `random_bytes` returns another length (a broken generator must not produce ids silently).
std::string new_uuid_v4(const RandomBytes& random_bytes);

// The request's x-fapi-interaction-id when it is a UUID (echoed as sent), else a new v4 UUID.
std::string interaction_id(const Request& request, const RandomBytes& random_bytes);

// Sets x-fapi-interaction-id on the answer.
void set_interaction_id(Response& response, std::string_view id);

}  // namespace idp::http
