#pragma once
// Builds a message from pieces without `"literal" + std::string`, which g++ 12 -O2 can flag with
// a false -Wrestrict warning.
#include <string>
#include <string_view>

namespace idp::json::path {

template <class... Pieces>
std::string message(const Pieces&... pieces) {
  std::string out;
  (out.append(std::string_view(pieces)), ...);
  return out;
}

}  // namespace idp::json::path
