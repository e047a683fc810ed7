#include "http/request.hpp"

#include "base/strings.hpp"

namespace idp::http {

std::optional<std::string_view> Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return std::string_view(v);
  return std::nullopt;
}

std::string Request::media_type() const {
  auto ct = header("content-type");
  if (!ct) return {};
  std::string_view v = *ct;
  if (auto semi = v.find(';'); semi != std::string_view::npos) v = v.substr(0, semi);
  return to_lower(trim(v));
}

}  // namespace idp::http
