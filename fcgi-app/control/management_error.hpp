#pragma once
// idp-server's management error shape: {"error", "error_description", "error_messages"?}.
#include <string>
#include <vector>

#include "http/response.hpp"

namespace idp::control {

http::Response management_error(int status, std::string_view error, std::string_view description,
                                const std::vector<std::string>& messages = {});

// 400 invalid_request for a configuration that does not validate; `problems` is the "; "-joined
// list the domain parsers produce, returned one per entry in error_messages.
http::Response invalid_request(const std::string& problems);

}  // namespace idp::control
