#pragma once
// Configuration and flow state read back from the store. It was validated when it was written, so
// JSON that no longer parses is an infrastructure fault (a corrupted row, a bad migration): these
// throw, and the request boundary answers 500 and logs it.
#include <rapidjson/document.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::domain {

// The stored JSON object `text`; `what` names it in the exception ("client", "tenant", …).
rapidjson::Document stored_object(std::string_view text, std::string_view what);

// stored_object, then `parse` (one of the parse_* functions of this folder).
template <class Parse>
auto parse_stored(std::string_view text, std::string_view what, Parse parse) {
  auto parsed = parse(stored_object(text, what));
  if (!parsed)
    throw std::runtime_error("stored " + std::string(what) + " does not parse: " + parsed.error());
  return std::move(*parsed);
}

}  // namespace idp::domain
