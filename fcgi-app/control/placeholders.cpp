#include "control/placeholders.hpp"

#include <cctype>
#include <cstdlib>
#include <set>

namespace idp::control {
namespace {

bool is_name_char(char c, bool first) {
  return c == '_' || std::isalpha(static_cast<unsigned char>(c)) ||
         (!first && std::isdigit(static_cast<unsigned char>(c)));
}

}  // namespace

VariableLookup environment_lookup() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* v = std::getenv(std::string(name).c_str());
    if (!v) return std::nullopt;
    return std::string(v);
  };
}

Expected<std::string> substitute_placeholders(std::string_view text, const VariableLookup& lookup) {
  std::string out;
  out.reserve(text.size());
  std::set<std::string, std::less<>> missing;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      std::size_t end = text.find('}', i + 2);
      std::string_view name =
          end == std::string_view::npos ? std::string_view() : text.substr(i + 2, end - i - 2);
      bool valid = !name.empty();
      for (std::size_t k = 0; valid && k < name.size(); ++k) valid = is_name_char(name[k], k == 0);
      if (valid) {
        if (auto value = lookup(name)) {
          out += *value;
        } else {
          missing.emplace(name);
        }
        i = end + 1;
        continue;
      }
    }
    out += text[i++];
  }
  if (!missing.empty()) {
    std::string names;
    for (const auto& n : missing) names += (names.empty() ? "" : ", ") + n;
    return fail("undefined variable" + std::string(missing.size() > 1 ? "s " : " ") + names);
  }
  return out;
}

}  // namespace idp::control
