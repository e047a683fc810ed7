#pragma once
// ${NAME} placeholders in configuration files (idp-server's config templates use them), filled
// from a lookup such as the process environment. An unset name is an error that names it, so a
// file is never imported with a silently empty secret. "$" not followed by "{" is kept as is.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::control {

using VariableLookup = std::function<std::optional<std::string>(std::string_view name)>;

VariableLookup environment_lookup();

Expected<std::string> substitute_placeholders(std::string_view text, const VariableLookup& lookup);

}  // namespace idp::control
