#include "json/path/query.hpp"

#include "json/path/ast.hpp"
#include "json/path/evaluator.hpp"
#include "json/path/parser.hpp"

namespace idp::json::path {

struct Query::Compiled {
  std::string text;
  Limits limits;
  // Holds the query's string literals; declared before `path` so that it outlives it. Small
  // chunks: most queries have no literal or a short one.
  rapidjson::MemoryPoolAllocator<> allocator{256};
  Path path;
  bool singular = false;
};

Expected<Query> Query::compile(std::string_view text, const Limits& limits) {
  auto compiled = std::make_shared<Compiled>();
  compiled->text.assign(text);
  compiled->limits = limits;
  Parser parser(text, limits, compiled->allocator);
  auto path = parser.parse();
  if (!path) return fail(path.error());
  compiled->path = std::move(*path);
  // Whether it selects one node at most; "$[ 'a' ]" does, though it is no singular-query.
  compiled->singular = compiled->path.selects_at_most_one();
  return Query(std::move(compiled));
}

std::vector<const rapidjson::Value*> Query::select(const rapidjson::Value& root) const {
  Nodelist nodes;
  Evaluator(root, m_compiled->limits).select(m_compiled->path, root, SIZE_MAX, nodes);
  return nodes;
}

const rapidjson::Value* Query::first(const rapidjson::Value& root) const {
  Nodelist nodes;
  Evaluator(root, m_compiled->limits).select(m_compiled->path, root, 1, nodes);
  return nodes.empty() ? nullptr : nodes.front();
}

bool Query::singular() const {
  return m_compiled->singular;
}

const std::string& Query::text() const {
  return m_compiled->text;
}

}  // namespace idp::json::path
