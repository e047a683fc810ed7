#include "json/schema/json_pointer.hpp"

#include <cstddef>

namespace idp::json::schema {
namespace {

// Unescapes one token; false when a "~" is not followed by "0" or "1".
bool unescape(std::string_view token, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '~') {
      out += token[i];
      continue;
    }
    if (i + 1 >= token.size()) return false;
    char next = token[++i];
    if (next == '0')
      out += '~';
    else if (next == '1')
      out += '/';
    else
      return false;
  }
  return true;
}

bool array_index(std::string_view token, rapidjson::SizeType size, rapidjson::SizeType& index) {
  if (token.empty() || token.size() > 10) return false;
  if (token.size() > 1 && token[0] == '0') return false;
  unsigned long long n = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (n >= size) return false;
  index = static_cast<rapidjson::SizeType>(n);
  return true;
}

}  // namespace

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

bool is_json_pointer(std::string_view pointer) {
  if (pointer.empty()) return true;
  if (pointer[0] != '/') return false;
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    if (pointer[i] != '~') continue;
    if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return false;
  }
  return true;
}

const rapidjson::Value* resolve_pointer(const rapidjson::Value& root, std::string_view pointer) {
  if (!is_json_pointer(pointer)) return nullptr;
  const rapidjson::Value* current = &root;
  std::string token;
  std::size_t pos = 0;
  while (pos < pointer.size()) {
    std::size_t next = pointer.find('/', pos + 1);
    if (next == std::string_view::npos) next = pointer.size();
    if (!unescape(pointer.substr(pos + 1, next - pos - 1), token)) return nullptr;
    pos = next;
    if (current->IsObject()) {
      auto it =
          current->FindMember(rapidjson::Value(rapidjson::StringRef(token.data(), token.size())));
      if (it == current->MemberEnd()) return nullptr;
      current = &it->value;
    } else if (current->IsArray()) {
      rapidjson::SizeType index = 0;
      if (!array_index(token, current->Size(), index)) return nullptr;
      current = &(*current)[index];
    } else {
      return nullptr;
    }
  }
  return current;
}

}  // namespace idp::json::schema
