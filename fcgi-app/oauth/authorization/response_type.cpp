#include "oauth/authorization/response_type.hpp"

namespace idp::oauth {

std::string ResponseType::canonical() const {
  if (none) return "none";
  std::string out;
  auto add = [&out](bool present, std::string_view name) {
    if (!present) return;
    if (!out.empty()) out += ' ';
    out += name;
  };
  add(code, "code");
  add(id_token, "id_token");
  add(token, "token");
  add(vp_token, "vp_token");
  return out;
}

std::optional<ResponseType> parse_response_type(std::string_view text) {
  ResponseType out;
  std::size_t count = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view value = text.substr(start, end - start);
    start = end + 1;
    bool* flag = nullptr;
    if (value == "code")
      flag = &out.code;
    else if (value == "token")
      flag = &out.token;
    else if (value == "id_token")
      flag = &out.id_token;
    else if (value == "vp_token")
      flag = &out.vp_token;
    else if (value == "none")
      flag = &out.none;
    // Unknown, empty (two spaces, leading or trailing space) or repeated: malformed.
    if (flag == nullptr || *flag) return std::nullopt;
    *flag = true;
    ++count;
  }
  if (out.none && count != 1) return std::nullopt;
  return out;
}

bool contains_response_type(const std::vector<std::string>& listed, const ResponseType& wanted) {
  for (const auto& entry : listed) {
    auto parsed = parse_response_type(entry);
    if (parsed && *parsed == wanted) return true;
  }
  return false;
}

}  // namespace idp::oauth
