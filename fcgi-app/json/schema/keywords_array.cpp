// items, additionalItems, maxItems, minItems, uniqueItems, contains (draft-07 validation §6.4);
// prefixItems, items (draft 2020-12 core §10.3.1), minContains, maxContains (2020-12 validation
// §6.4.4, §6.4.5).
#include <algorithm>
#include <optional>
#include <utility>

#include "json/schema/json_compare.hpp"
#include "json/schema/keywords.hpp"

namespace idp::json::schema {
namespace {

// "items" as one schema for every item, or (with `first` > 0) "additionalItems" (or draft 2020-12's
// "items" after "prefixItems") for the items after the first `first`.
class EachItemKeyword final : public Keyword {
 public:
  EachItemKeyword(std::string_view name, std::string location, const Node* node,
                  rapidjson::SizeType first)
      : Keyword(name, std::move(location)), m_node(node), m_first(first) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsArray()) return true;
    bool ok = true;
    for (rapidjson::SizeType i = m_first; i < instance.Size(); ++i) {
      Evaluation::Step step(ev, i);
      if (m_node->constant == false) {
        // additionalItems: false reads better as what it means.
        ok = false;
        if (!ev.report(*this,
                       "is not allowed: the array may hold at most " + count_of(m_first, "item")))
          return false;
      } else if (!ev.evaluate(*m_node, instance[i])) {
        ok = false;
        if (!ev.collecting()) return false;
      }
    }
    return ok;
  }

 private:
  const Node* m_node;
  rapidjson::SizeType m_first;
};

// "items" as a list (draft 2020-12: "prefixItems"): item i against schema i.
class TupleKeyword final : public Keyword {
 public:
  TupleKeyword(std::string_view name, std::string location, std::vector<const Node*> nodes)
      : Keyword(name, std::move(location)), m_nodes(std::move(nodes)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsArray()) return true;
    bool ok = true;
    std::size_t n = std::min<std::size_t>(instance.Size(), m_nodes.size());
    for (std::size_t i = 0; i < n; ++i) {
      Evaluation::Step step(ev, i);
      if (!ev.evaluate(*m_nodes[i], instance[static_cast<rapidjson::SizeType>(i)])) {
        ok = false;
        if (!ev.collecting()) return false;
      }
    }
    return ok;
  }

 private:
  std::vector<const Node*> m_nodes;
};

class ItemCountKeyword final : public Keyword {
 public:
  ItemCountKeyword(std::string_view name, std::string location, std::uint64_t limit, bool maximum)
      : Keyword(name, std::move(location)),
        m_limit(limit),
        m_maximum(maximum),
        m_message(std::string(maximum ? "must have at most " : "must have at least ") +
                  count_of(limit, "item")) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsArray()) return true;
    std::uint64_t size = instance.Size();
    if (m_maximum ? size <= m_limit : size >= m_limit) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  std::uint64_t m_limit;
  bool m_maximum;
  std::string m_message;
};

class UniqueItemsKeyword final : public Keyword {
 public:
  explicit UniqueItemsKeyword(std::string location) : Keyword("uniqueItems", std::move(location)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsArray() || instance.Size() < 2) return true;
    // Sorting by hash keeps this O(n log n): only items with equal hashes are compared.
    std::vector<std::pair<std::size_t, rapidjson::SizeType>> hashed;
    hashed.reserve(instance.Size());
    for (rapidjson::SizeType i = 0; i < instance.Size(); ++i)
      hashed.emplace_back(hash(instance[i]), i);
    if (!ev.spend(instance.Size())) return false;
    std::sort(hashed.begin(), hashed.end());
    // For each item, the first earlier item equal to it.
    std::vector<std::pair<rapidjson::SizeType, rapidjson::SizeType>> duplicates;
    for (std::size_t start = 0; start < hashed.size();) {
      std::size_t end = start + 1;
      while (end < hashed.size() && hashed[end].first == hashed[start].first) ++end;
      for (std::size_t j = start + 1; j < end; ++j) {
        for (std::size_t i = start; i < j; ++i) {
          if (!ev.spend()) return false;
          if (equal(instance[hashed[i].second], instance[hashed[j].second])) {
            duplicates.emplace_back(hashed[j].second, hashed[i].second);
            break;
          }
        }
      }
      start = end;
    }
    if (duplicates.empty()) return true;
    std::sort(duplicates.begin(), duplicates.end());
    for (auto [later, earlier] : duplicates) {
      Evaluation::Step step(ev, later);
      if (!ev.report(*this, "is a duplicate of item " + std::to_string(earlier) +
                                "; the items must be unique"))
        return false;
    }
    return false;
  }
};

// What a bound of "contains" reports under its own name ("minContains", "maxContains").
class ContainsBound final : public Keyword {
 public:
  ContainsBound(std::string_view name, std::string location) : Keyword(name, std::move(location)) {}
  bool check(const rapidjson::Value&, Evaluation&) const override { return true; }
};

// "contains", with draft 2019-09's "minContains" (1 without it: draft-07) and "maxContains".
class ContainsKeyword final : public Keyword {
 public:
  // `min_given`: "minContains" is in the schema (and its violations are reported under it).
  ContainsKeyword(std::string location, const Node* node, std::uint64_t min, bool min_given,
                  std::optional<std::uint64_t> max, const std::string& node_location)
      : Keyword("contains", std::move(location)),
        m_node(node),
        m_min(min),
        m_min_given(min_given),
        m_max(max),
        m_min_bound("minContains", child_location(node_location, "minContains")),
        m_max_bound("maxContains", child_location(node_location, "maxContains")) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsArray()) return true;
    // Count matches only as far as the answer needs: up to the minimum without a maximum, one
    // past the maximum with one.
    std::uint64_t matched = 0;
    std::uint64_t enough = m_max ? *m_max + 1 : m_min;
    for (rapidjson::SizeType i = 0; i < instance.Size() && matched < enough; ++i)
      if (ev.matches(*m_node, instance[i])) ++matched;
    if (ev.stopped()) return false;
    if (matched < m_min) {
      if (!m_min_given)
        ev.report(*this, "must contain at least one item that matches the \"contains\" schema");
      else
        ev.report(m_min_bound, "must contain at least " + count_of(m_min, "item") +
                                   " matching the \"contains\" schema");
      return false;
    }
    if (m_max && matched > *m_max) {
      ev.report(m_max_bound, "must contain at most " + count_of(*m_max, "item") +
                                 " matching the \"contains\" schema");
      return false;
    }
    return true;
  }

 private:
  const Node* m_node;
  std::uint64_t m_min;
  bool m_min_given;
  std::optional<std::uint64_t> m_max;
  ContainsBound m_min_bound;
  ContainsBound m_max_bound;
};

}  // namespace

Status compile_items(KeywordSite& site) {
  if (site.value.IsArray()) {
    // draft 2020-12 core §10.3.1.2: "items" is one schema; the list form became "prefixItems".
    if (site.dialect() == Dialect::draft_2020_12)
      return site.malformed(
          "must be a schema in draft 2020-12 (core §10.3.1.2): give the schemas of the first "
          "items as an array in \"prefixItems\"");
    auto nodes = site.schema_list(/*non_empty=*/false);
    if (!nodes) return fail(nodes.error());
    site.add(std::make_unique<TupleKeyword>("items", site.location, std::move(*nodes)));
    return ok_status();
  }
  auto node = site.schema_value();
  if (!node)
    return site.malformed(site.dialect() == Dialect::draft_2020_12
                              ? "must be a schema"
                              : "must be a schema or an array of schemas");
  // draft 2020-12 core §10.3.1.2: applies to the items after those of "prefixItems".
  rapidjson::SizeType first = 0;
  if (site.dialect() == Dialect::draft_2020_12)
    if (const auto* prefix = site.sibling("prefixItems"); prefix != nullptr && prefix->IsArray())
      first = prefix->Size();
  site.add(std::make_unique<EachItemKeyword>("items", site.location, *node, first));
  return ok_status();
}

Status compile_prefix_items(KeywordSite& site) {
  auto nodes = site.schema_list(/*non_empty=*/true);
  if (!nodes) return fail(nodes.error());
  site.add(std::make_unique<TupleKeyword>("prefixItems", site.location, std::move(*nodes)));
  return ok_status();
}

Status compile_additional_items(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  // draft-07 §6.4.2: only meaningful after a list of "items".
  const rapidjson::Value* items = site.sibling("items");
  if (items == nullptr || !items->IsArray()) return ok_status();
  site.add(
      std::make_unique<EachItemKeyword>("additionalItems", site.location, *node, items->Size()));
  return ok_status();
}

Status compile_item_count(KeywordSite& site) {
  auto limit = site.non_negative_integer();
  if (!limit) return fail(limit.error());
  site.add(std::make_unique<ItemCountKeyword>(site.name, site.location, *limit,
                                              site.name == "maxItems"));
  return ok_status();
}

Status compile_unique_items(KeywordSite& site) {
  if (!site.value.IsBool()) return site.malformed("must be a boolean");
  if (site.value.IsTrue()) site.add(std::make_unique<UniqueItemsKeyword>(site.location));
  return ok_status();
}

Status compile_contains(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  std::uint64_t min = 1;
  std::optional<std::uint64_t> max;
  bool min_given = false;
  if (site.dialect() != Dialect::draft_07) {
    if (auto n = site.sibling_non_negative_integer("minContains")) {
      min = *n;
      min_given = true;
    }
    max = site.sibling_non_negative_integer("maxContains");
  }
  // draft 2020-12 validation §6.4.5: "minContains": 0 lets any array through.
  if (min == 0 && !max) return ok_status();
  site.add(std::make_unique<ContainsKeyword>(site.location, *node, min, min_given, max,
                                             site.node.location));
  return ok_status();
}

Status compile_contains_bound(KeywordSite& site) {
  auto bound = site.non_negative_integer();
  if (!bound) return fail(bound.error());
  return ok_status();
}

}  // namespace idp::json::schema
