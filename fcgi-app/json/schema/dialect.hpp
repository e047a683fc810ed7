#pragma once
// Internal to the validator: the dialect a "$schema" URI names (draft 2020-12 core §8.1.1,
// draft-07 core §7), and the dialect masks of the keyword tables.
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "json/schema/schema.hpp"

namespace idp::json::schema {

// The dialect of a "$schema" URI: the meta-schema URIs of draft-04, draft-06 and draft-07 (read
// as draft-07), draft 2019-09 and draft 2020-12, with "http" or "https" and with or without an
// empty fragment. Any other URI is refused with the list of those known: a schema written for a
// dialect the validator does not implement must not be read with another one's semantics.
Expected<Dialect> dialect_of(std::string_view uri);

// "draft-07", "draft 2019-09", "draft 2020-12".
std::string_view dialect_name(Dialect dialect);

// The dialects a table entry belongs to, as a mask of dialect_bit().
constexpr unsigned dialect_bit(Dialect dialect) {
  return 1u << static_cast<unsigned>(dialect);
}
constexpr unsigned k_draft_07 = dialect_bit(Dialect::draft_07);
constexpr unsigned k_draft_2019_09 = dialect_bit(Dialect::draft_2019_09);
constexpr unsigned k_draft_2020_12 = dialect_bit(Dialect::draft_2020_12);
constexpr unsigned k_since_2019_09 = k_draft_2019_09 | k_draft_2020_12;
constexpr unsigned k_every_dialect = k_draft_07 | k_since_2019_09;

constexpr bool in(unsigned dialects, Dialect dialect) {
  return (dialects & dialect_bit(dialect)) != 0;
}

}  // namespace idp::json::schema
