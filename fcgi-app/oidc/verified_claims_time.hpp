#pragma once
// The dates and timestamps of verified_claims (OpenID Identity Assurance Schema Definition 1.0:
// `time` as ISO 8601 YYYY-MM-DDThh[:mm[:ss[.s…]]]TZD, dates as YYYY-MM-DD), read for the max_age
// constraint of OIDC4IDA 1.0 §6.3.2.
#include <cstdint>
#include <optional>
#include <string_view>

namespace idp::oidc {

// The last valid second of `text` as Unix seconds: the second itself for a timestamp (fractions
// dropped), 23:59:59 UTC of the day for a date — §6.3.2: "the OP should make the calculation of
// elapsed time starting from the last valid second of the date value". A timestamp without a time
// zone designator is read as UTC. nullopt: not a date or timestamp.
std::optional<std::int64_t> last_valid_second(std::string_view text);

}  // namespace idp::oidc
