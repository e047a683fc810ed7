#include "jose/compact.hpp"

#include <algorithm>

#include "base/base64.hpp"
#include "base/strings.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose::detail {

Expected<std::vector<std::string_view>> split_compact(std::string_view compact, std::size_t count,
                                                      std::size_t max_length,
                                                      std::string_view what) {
  const std::string w(what);
  if (compact.size() > max_length)
    return fail(w + ": longer than " + std::to_string(max_length) + " bytes");
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    auto dot = compact.find('.', start);
    parts.push_back(compact.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
    if (parts.size() > count) break;
  }
  if (parts.size() != count)
    return fail(w + ": compact serialization must have " + std::to_string(count) +
                " parts separated by '.'");
  return parts;
}

Expected<rapidjson::Document> decode_header(std::string_view encoded, std::string_view what) {
  const std::string w(what);
  auto text = base64::decode_url(encoded);
  if (!text) return fail(w + " header: not valid base64url");
  auto doc = json::parse_object(*text, json::Limits{16, 64u << 10});
  if (!doc) return fail(w + " header: " + doc.error());
  return doc;
}

Expected<std::string> header_string(const rapidjson::Value& header, std::string_view name,
                                    std::string_view what) {
  auto it = header.FindMember(rapidjson::Value(
      rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
  if (it == header.MemberEnd()) return std::string();
  if (!it->value.IsString())
    return fail(std::string(what) + "." + std::string(name) + ": must be a string");
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

Status check_crit(const rapidjson::Value& header, const std::vector<std::string>& understood,
                  const std::vector<std::string_view>& registered, std::string_view what) {
  auto it = header.FindMember("crit");
  if (it == header.MemberEnd()) return ok_status();
  const std::string prefix = std::string(what) + ".crit: ";
  if (!it->value.IsArray() || it->value.Empty())
    return fail(prefix + "must be a non-empty array of strings");
  for (const auto& item : it->value.GetArray()) {
    if (!item.IsString()) return fail(prefix + "must be a non-empty array of strings");
    std::string name(item.GetString(), item.GetStringLength());
    if (std::find(registered.begin(), registered.end(), name) != registered.end())
      return fail(prefix + "must not list the registered parameter " + json::quote(name));
    if (!header.HasMember(item)) return fail(prefix + json::quote(name) + " is not in the header");
    if (std::find(understood.begin(), understood.end(), name) == understood.end())
      return fail(prefix + "extension " + json::quote(name) + " is not understood");
  }
  return ok_status();
}

bool key_permits(const Jwk& key, std::string_view alg, std::string_view use,
                 std::span<const std::string_view> ops) {
  if (!key.alg().empty() && key.alg() != alg) return false;
  if (!key.use().empty() && key.use() != use) return false;
  if (key.key_ops().empty()) return true;
  for (std::string_view op : ops)
    if (std::find(key.key_ops().begin(), key.key_ops().end(), op) != key.key_ops().end())
      return true;
  return false;
}

bool same_media_type(std::string_view a, std::string_view b) {
  auto normal = [](std::string_view s) {
    std::string l = to_lower(s);
    if (l.starts_with("application/") && l.find('/', 12) == std::string::npos) l.erase(0, 12);
    return l;
  };
  return normal(a) == normal(b);
}

std::string json_object_text(const rapidjson::Value& header) {
  return json::write(header);
}

}  // namespace idp::jose::detail
