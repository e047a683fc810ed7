#include "json/mapping/json_path.hpp"

#include <mutex>
#include <string>
#include <unordered_map>

namespace idp::json::mapping {
namespace {

constexpr std::size_t k_max_cached = 1024;

struct Cache {
  std::mutex mutex;
  std::unordered_map<std::string, path::Query> queries;
};

Cache& cache() {
  static Cache c;
  return c;
}

// RFC 9535 member-name-shorthand: name-first (ALPHA, "_", non-ASCII) then name-chars (also
// DIGIT).
bool shorthand_char(char c, bool first) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_' || u >= 0x80 ||
         (!first && u >= '0' && u <= '9');
}

}  // namespace

std::string jayway_to_rfc9535(std::string_view text) {
  // Outside brackets, filters and quotes: ".name-with-dashes" → "['name-with-dashes']" (and
  // "..name-x" → "..['name-x']"), ".[0]" → "[0]": the Jayway spellings idp-server configurations
  // use that RFC 9535 lacks.
  std::string out;
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      out += c;
      if (c == '\\' && i + 1 < text.size())
        out += text[++i];
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '[' || c == '(') ++depth;
    if ((c == ']' || c == ')') && depth > 0) --depth;
    if (depth > 0 || c != '.') {
      out += c;
      continue;
    }
    bool descendant = i + 1 < text.size() && text[i + 1] == '.';
    std::size_t start = i + (descendant ? 2 : 1);
    if (start < text.size() && text[start] == '[') {
      if (descendant) out += "..";
      i = start - 1;
      continue;
    }
    std::size_t end = start;
    while (end < text.size() && text[end] != '.' && text[end] != '[' && text[end] != ' ' &&
           text[end] != '(' && text[end] != ')')
      ++end;
    std::string_view name = text.substr(start, end - start);
    bool plain = name.empty() || name == "*" || shorthand_char(name[0], true);
    for (std::size_t k = 1; plain && k < name.size(); ++k) plain = shorthand_char(name[k], false);
    out += descendant ? ".." : plain ? "." : "";
    if (plain) {
      out += name;
    } else {
      out += "['";
      for (char n : name) {
        if (n == '\'' || n == '\\') out += '\\';
        out += n;
      }
      out += "']";
    }
    i = end - 1;
  }
  return out;
}

Expected<path::Query> compile_path(std::string_view text) {
  std::string rfc = jayway_to_rfc9535(text);
  auto query = path::Query::compile(rfc);
  if (!query) {
    std::string read_as = rfc == text ? std::string() : " (read as '" + rfc + "')";
    return fail("invalid JSONPath '" + std::string(text) + "'" + read_as + ": " + query.error());
  }
  return query;
}

Expected<path::Query> cached_path(std::string_view text) {
  std::string key(text);
  {
    std::lock_guard<std::mutex> lock(cache().mutex);
    if (auto it = cache().queries.find(key); it != cache().queries.end()) return it->second;
  }
  auto query = compile_path(text);
  if (!query) return query;
  std::lock_guard<std::mutex> lock(cache().mutex);
  if (cache().queries.size() >= k_max_cached) cache().queries.clear();
  cache().queries.emplace(std::move(key), *query);
  return query;
}

Selection read_raw(const path::Query& query, const rapidjson::Value& root) {
  Selection s;
  if (query.singular()) {
    s.single = query.first(root);
  } else {
    s.is_list = true;
    s.list = query.select(root);
  }
  return s;
}

Expected<rapidjson::Value> materialize(const Selection& s, CallContext& ctx) {
  if (!s.is_list) {
    if (!s.single) return rapidjson::Value();
    return ctx.copy(*s.single);
  }
  rapidjson::Value list(rapidjson::kArrayType);
  list.Reserve(static_cast<rapidjson::SizeType>(s.list.size()), ctx.alloc);
  for (const rapidjson::Value* v : s.list) {
    auto copy = ctx.copy(*v);
    if (!copy) return copy;
    list.PushBack(std::move(*copy), ctx.alloc);
  }
  return list;
}

}  // namespace idp::json::mapping
