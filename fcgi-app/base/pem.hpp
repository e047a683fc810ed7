#pragma once
// PEM (RFC 7468): the DER bytes of the first block with the given label.
#include <optional>
#include <string>
#include <string_view>

namespace idp {

std::optional<std::string> pem_to_der(std::string_view pem, std::string_view label = "CERTIFICATE");

}  // namespace idp
