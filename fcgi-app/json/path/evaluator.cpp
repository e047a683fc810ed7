// Segments and selectors: RFC 9535 §2.3 and §2.5.
#include "json/path/evaluator.hpp"

#include <algorithm>
#include <vector>

namespace idp::json::path {

void Evaluator::select(const Path& path, const rapidjson::Value& current, std::size_t max,
                       Nodelist& out) {
  if (max == 0) return;
  const std::size_t first = out.size();
  auto full = [&] { return out.size() - first >= max; };
  const rapidjson::Value& start = path.relative ? current : m_root;
  const std::size_t last = path.segments.size();
  if (last == 0) {
    out.push_back(&start);
    return;
  }
  struct Pending {
    std::size_t segment;  // the next segment to apply
    const rapidjson::Value* node;
  };
  std::vector<Pending> pending{{0, &start}};
  Nodelist step;
  while (!pending.empty() && !full()) {
    const Pending p = pending.back();
    pending.pop_back();
    step.clear();
    apply(path.segments[p.segment], *p.node, step);
    if (p.segment + 1 == last) {
      // The last segment's nodes are the next results in order; when the budget ran out in the
      // middle of the segment, those selected before are still results.
      for (std::size_t i = 0; i < step.size() && !full(); ++i) out.push_back(step[i]);
    } else if (!m_budget.exhausted()) {
      for (auto n = step.rbegin(); n != step.rend(); ++n) pending.push_back({p.segment + 1, *n});
    }
    if (m_budget.exhausted()) return;
  }
}

// §2.5.1: the selectors in order, each one's nodes after the previous one's. §2.5.2: the same for
// the node and each of its descendants, in document order (a node before its children, children
// in array or member order).
void Evaluator::apply(const Segment& segment, const rapidjson::Value& node, Nodelist& out) {
  if (!segment.descendant) {
    for (const Selector& s : segment.selectors) {
      apply(s, node, out);
      if (m_budget.exhausted()) return;
    }
    return;
  }
  std::vector<const rapidjson::Value*> pending{&node};
  while (!pending.empty()) {
    const rapidjson::Value* d = pending.back();
    pending.pop_back();
    if (!m_budget.visit()) return;
    for (const Selector& s : segment.selectors) {
      apply(s, *d, out);
      if (m_budget.exhausted()) return;
    }
    if (d->IsArray()) {
      for (auto e = d->End(); e != d->Begin();) pending.push_back(--e);
    } else if (d->IsObject()) {
      for (auto m = d->MemberEnd(); m != d->MemberBegin();) pending.push_back(&(--m)->value);
    }
  }
}

void Evaluator::apply(const Selector& selector, const rapidjson::Value& node, Nodelist& out) {
  switch (selector.kind) {
    case Selector::Kind::name:  // §2.3.1.2
      if (node.IsObject())
        if (const rapidjson::Value* v = member(node, selector.name)) out.push_back(v);
      return;
    case Selector::Kind::wildcard:  // §2.3.2.2
      if (node.IsArray()) {
        for (const auto& e : node.GetArray()) {
          if (!m_budget.visit()) return;
          out.push_back(&e);
        }
      } else if (node.IsObject()) {
        for (const auto& m : node.GetObject()) {
          if (!m_budget.visit()) return;
          out.push_back(&m.value);
        }
      }
      return;
    case Selector::Kind::index: {  // §2.3.3.2: a negative index counts from the end
      if (!node.IsArray() || !m_budget.visit()) return;
      const std::int64_t size = node.Size();
      const std::int64_t i = selector.index < 0 ? size + selector.index : selector.index;
      if (i >= 0 && i < size) out.push_back(&node[static_cast<rapidjson::SizeType>(i)]);
      return;
    }
    case Selector::Kind::slice:
      if (node.IsArray()) slice(selector.slice, node, out);
      return;
    case Selector::Kind::filter: {  // §2.3.5.2: the children for which the expression is true
      auto consider = [&](const rapidjson::Value& child) {
        if (!m_budget.visit()) return false;
        const bool selected = test(*selector.filter, child);
        if (m_budget.exhausted()) return false;  // the test did not finish: not a result
        if (selected) out.push_back(&child);
        return true;
      };
      if (node.IsArray()) {
        for (const auto& e : node.GetArray())
          if (!consider(e)) return;
      } else if (node.IsObject()) {
        for (const auto& m : node.GetObject())
          if (!consider(m.value)) return;
      }
      return;
    }
  }
}

// §2.3.4.2.2
void Evaluator::slice(const Slice& s, const rapidjson::Value& array, Nodelist& out) {
  const std::int64_t len = array.Size();
  const std::int64_t step = s.step;
  if (step == 0) return;
  // §2.3.4.2.1 defaults; bounds are within ±(2^53−1), so none of this overflows.
  const std::int64_t start = s.start ? *s.start : (step > 0 ? 0 : len - 1);
  const std::int64_t end = s.end ? *s.end : (step > 0 ? len : -len - 1);
  auto normalize = [&](std::int64_t i) { return i >= 0 ? i : len + i; };
  const std::int64_t n_start = normalize(start), n_end = normalize(end);
  auto at = [&](std::int64_t i) {
    if (!m_budget.visit()) return false;
    out.push_back(&array[static_cast<rapidjson::SizeType>(i)]);
    return true;
  };
  if (step > 0) {
    const std::int64_t lower = std::min(std::max(n_start, std::int64_t{0}), len);
    const std::int64_t upper = std::min(std::max(n_end, std::int64_t{0}), len);
    for (std::int64_t i = lower; i < upper; i += step)
      if (!at(i)) return;
  } else {
    const std::int64_t upper = std::min(std::max(n_start, std::int64_t{-1}), len - 1);
    const std::int64_t lower = std::min(std::max(n_end, std::int64_t{-1}), len - 1);
    for (std::int64_t i = upper; lower < i; i += step)
      if (!at(i)) return;
  }
}

// Each member whose name is compared is a visit: RapidJSON objects are searched linearly, and a
// query could otherwise look a name up in the same large object over and over.
const rapidjson::Value* Evaluator::member(const rapidjson::Value& object, std::string_view name) {
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    if (!m_budget.visit()) return nullptr;
    if (std::string_view(m->name.GetString(), m->name.GetStringLength()) == name) return &m->value;
  }
  return nullptr;
}

}  // namespace idp::json::path
