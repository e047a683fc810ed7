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

}  // namespace

Expected<path::Query> compile_path(std::string_view text) {
  auto query = path::Query::compile(text);
  if (!query) return fail("invalid JSONPath '" + std::string(text) + "': " + query.error());
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
