#include "json/mapping/object_compositor.hpp"

namespace idp::json::mapping {

struct ObjectCompositor::Node {
  enum class Kind { value, object, array } kind = Kind::value;
  rapidjson::Value value;  // Kind::value; null also for "nothing here yet"
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> members;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::unique_ptr<Node>> elements;  // nullptr is null

  Node* member(const std::string& name) {
    auto it = index.find(name);
    return it == index.end() ? nullptr : members[it->second].second.get();
  }
  Node* add(const std::string& name) {
    index.emplace(name, members.size());
    members.emplace_back(name, std::make_unique<Node>());
    return members.back().second.get();
  }
};

namespace {

using Node = ObjectCompositor::Node;

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Makes `n` a container of `kind`: a null becomes an empty one, and a JSON object or array
// written earlier is opened up so that later keys can go into it. False when `n` holds something
// else.
bool become(Node& n, Node::Kind kind) {
  if (n.kind == kind) return true;
  if (n.kind != Node::Kind::value) return false;
  if (n.value.IsNull()) {
    n.kind = kind;
    return true;
  }
  if (kind == Node::Kind::object && n.value.IsObject()) {
    // By index: comparing RapidJSON's mutable member iterators is ambiguous in C++20.
    for (rapidjson::SizeType i = 0; i < n.value.MemberCount(); ++i) {
      auto& m = *(n.value.MemberBegin() + i);
      std::string name(m.name.GetString(), m.name.GetStringLength());
      Node* child = n.member(name);
      if (!child) child = n.add(name);
      child->value = std::move(m.value);
    }
  } else if (kind == Node::Kind::array && n.value.IsArray()) {
    for (auto& e : n.value.GetArray()) {
      n.elements.push_back(std::make_unique<Node>());
      n.elements.back()->value = std::move(e);
    }
  } else {
    return false;
  }
  n.value.SetNull();
  n.kind = kind;
  return true;
}

Status insert(Node& root, const std::vector<TargetSegment>& segments, rapidjson::Value value,
              CallContext& ctx) {
  Node* current = &root;
  std::string walked;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const TargetSegment& s = segments[i];
    bool last = i + 1 == segments.size();
    std::string where = walked.empty() ? "the output" : "'" + walked + "'";
    if (s.index >= 0) {
      if (!become(*current, Node::Kind::array)) return fail(where + " is not an array");
      std::size_t index = static_cast<std::size_t>(s.index);
      if (current->elements.size() <= index) {
        if (Status st = ctx.charge(16 * (index + 1 - current->elements.size())); !st) return st;
        current->elements.resize(index + 1);
      }
      std::unique_ptr<Node>& slot = current->elements[index];
      if (!slot) slot = std::make_unique<Node>();
      if (last) {
        *slot = Node{};
        slot->value = std::move(value);
        return ok_status();
      }
      current = slot.get();
    } else {
      if (!become(*current, Node::Kind::object)) return fail(where + " is not an object");
      Node* child = current->member(s.name);
      if (!child) {
        if (Status st = ctx.charge(16 + s.name.size()); !st) return st;
        child = current->add(s.name);
      }
      if (last) {
        *child = Node{};
        child->value = std::move(value);
        return ok_status();
      }
      current = child;
    }
    if (!walked.empty()) walked += '.';
    walked += s.index >= 0 ? std::to_string(s.index) : s.name;
  }
  return ok_status();
}

Expected<rapidjson::Value> emit(Node& n, CallContext& ctx) {
  switch (n.kind) {
    case Node::Kind::value:
      return std::move(n.value);
    case Node::Kind::object: {
      rapidjson::Value out(rapidjson::kObjectType);
      for (auto& [name, child] : n.members) {
        auto v = emit(*child, ctx);
        if (!v) return v;
        out.AddMember(
            rapidjson::Value(name.data(), static_cast<rapidjson::SizeType>(name.size()), ctx.alloc),
            std::move(*v), ctx.alloc);
      }
      return out;
    }
    case Node::Kind::array: {
      rapidjson::Value out(rapidjson::kArrayType);
      for (auto& child : n.elements) {
        if (!child) {
          out.PushBack(rapidjson::Value(), ctx.alloc);
          continue;
        }
        auto v = emit(*child, ctx);
        if (!v) return v;
        out.PushBack(std::move(*v), ctx.alloc);
      }
      return out;
    }
  }
  return rapidjson::Value();
}

}  // namespace

Expected<std::vector<TargetSegment>> parse_target(std::string_view to, const Limits& limits) {
  std::vector<TargetSegment> segments;
  std::size_t start = 0;
  for (;;) {
    std::size_t dot = to.find('.', start);
    std::string_view piece =
        to.substr(start, dot == std::string_view::npos ? to.npos : dot - start);
    TargetSegment s;
    s.name = std::string(piece);
    if (all_digits(piece)) {
      if (piece.size() > 9 || std::stol(s.name) > static_cast<long>(limits.max_array_index))
        return fail("array index " + s.name + " is larger than " +
                    std::to_string(limits.max_array_index));
      s.index = std::stol(s.name);
    }
    segments.push_back(std::move(s));
    if (segments.size() > limits.max_target_segments)
      return fail("has more than " + std::to_string(limits.max_target_segments) + " segments");
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  // String.split drops trailing empty strings (but "" alone stays one empty name).
  while (segments.size() > 1 && segments.back().name.empty()) segments.pop_back();
  if (!to.empty() && segments.size() == 1 && segments[0].name.empty())
    return fail("names no member");
  return segments;
}

ObjectCompositor::ObjectCompositor() = default;
ObjectCompositor::~ObjectCompositor() = default;

void ObjectCompositor::put(std::string_view key, rapidjson::Value value) {
  std::string k(key);
  if (auto it = m_index.find(k); it != m_index.end()) {
    m_entries[it->second].second = std::move(value);
    return;
  }
  m_index.emplace(k, m_entries.size());
  m_entries.emplace_back(std::move(k), std::move(value));
}

Expected<rapidjson::Value> ObjectCompositor::composite(CallContext& ctx,
                                                       std::vector<std::string>* errors) {
  Node root;
  root.kind = Node::Kind::object;
  for (auto& [key, value] : m_entries) {
    auto segments = parse_target(key, ctx.limits);
    Status written =
        segments ? insert(root, *segments, std::move(value), ctx) : Status(fail(segments.error()));
    if (!written && errors) errors->push_back("to '" + key + "': " + written.error());
  }
  return emit(root, ctx);
}

}  // namespace idp::json::mapping
