// filter: the elements for which `condition` holds (or does not, with negate); with `field`, the
// condition looks at that member of each object element. The condition language is idp-server's
// FilterFunction, read the way it reads it: "||" and "&&" outside quotes and parentheses
// split it, parentheses group, and each simple condition has "{{value}}" replaced by the
// element's text and is then recognised by what it contains: "!= null", "== null",
// " contains '…'", " startsWith '…'", " endsWith '…'", " != '…'", " == '…'", " length > n",
// " length < n", " length == n", or the literals true and false.
#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"

namespace idp::json::mapping::fn {
namespace {

constexpr std::size_t k_max_depth = 32;  // parentheses inside one another

struct Element {
  bool is_null;
  std::string text;  // toString(); "null" for null
};

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

Status validate(std::string_view e) {
  if (e.empty()) return fail("filter: Empty condition expression");
  if (contains(e, "()")) return fail("filter: Invalid condition - empty parentheses");
  if (ends_with(e, "&&") || ends_with(e, "||"))
    return fail("filter: Invalid condition - expression ends with operator");
  if (starts_with(e, "&&") || starts_with(e, "||"))
    return fail("filter: Invalid condition - expression starts with operator");
  for (std::string_view twice : {"&&&&", "||||", "&&||", "||&&"})
    if (contains(e, twice)) return fail("filter: Invalid condition - consecutive operators");
  if (contains(e, "& &") || contains(e, "| |"))
    return fail("filter: Invalid condition - malformed operator");
  return ok_status();
}

// findOperatorWithVariableSpacing: the operator at parenthesis depth 0, outside '…'.
std::size_t find_operator(std::string_view e, std::string_view op, std::size_t from) {
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = from; i + op.size() <= e.size(); ++i) {
    char c = e[i];
    if (c == '\'' && (i == 0 || e[i - 1] != '\\')) {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '(') {
        ++depth;
      } else if (c == ')') {
        --depth;
      } else if (depth == 0) {
        if (e.substr(i, op.size()) == op) return i;
      }
    }
  }
  return std::string_view::npos;
}

std::size_t skip_operator(std::string_view e, std::size_t at, std::string_view op) {
  std::size_t pos = at + op.size();
  while (pos < e.size() && java::is_whitespace(static_cast<unsigned char>(e[pos]))) ++pos;
  return pos;
}

bool balanced(std::string_view e) {
  int depth = 0;
  for (char c : e) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth < 0) return false;
  }
  return depth == 0;
}

Expected<std::string> quoted_value(const std::string& condition, std::string_view op) {
  std::size_t start = condition.find(op) + op.size();
  std::size_t end = condition.find('\'', start);
  if (end == std::string::npos) return fail("filter: Malformed condition - missing closing quote");
  return condition.substr(start, end - start);
}

Expected<long long> number_value(const std::string& condition, std::string_view op) {
  std::string rest(java::trim(std::string_view(condition).substr(condition.find(op) + op.size())));
  auto n = java::parse_integer(rest, INT32_MIN, INT32_MAX);
  if (!n) return fail("filter: Invalid numeric value in condition: " + rest);
  return *n;
}

Expected<bool> simple(const Element& element, std::string_view trimmed) {
  if (trimmed == "true") return true;
  if (trimmed == "false") return false;
  std::string condition;
  std::size_t from = 0;
  for (std::size_t at = trimmed.find("{{value}}"); at != std::string_view::npos;
       at = trimmed.find("{{value}}", from)) {
    condition.append(trimmed.substr(from, at - from));
    condition += element.text;
    from = at + 9;
  }
  condition.append(trimmed.substr(from));
  if (contains(condition, "!= null")) return !element.is_null;
  if (contains(condition, "== null")) return element.is_null;
  if (element.is_null) return false;
  const std::string& text = element.text;
  auto quoted = [&](std::string_view op) { return quoted_value(condition, op); };
  if (contains(condition, " contains '")) {
    auto v = quoted(" contains '");
    if (!v) return fail(v.error());
    return contains(text, *v);
  }
  if (contains(condition, " startsWith '")) {
    auto v = quoted(" startsWith '");
    if (!v) return fail(v.error());
    return starts_with(text, *v);
  }
  if (contains(condition, " endsWith '")) {
    auto v = quoted(" endsWith '");
    if (!v) return fail(v.error());
    return ends_with(text, *v);
  }
  for (std::string_view op : {std::string_view(" != '"), std::string_view(" == '")}) {
    if (contains(condition, op)) {
      auto v = quoted(op);
      if (!v) return fail(v.error());
      return (text == *v) == (op == " == '");
    }
  }
  for (std::string_view op : {" length > ", " length < ", " length == "}) {
    if (contains(condition, op)) {
      auto n = number_value(condition, op);
      if (!n) return fail(n.error());
      long long length = static_cast<long long>(java::utf16_length(text));
      return op == " length > " ? length > *n : op == " length < " ? length < *n : length == *n;
    }
  }
  return fail("filter: Unsupported condition format: " + std::string(trimmed));
}

Expected<bool> parse_or(const Element& element, std::string_view e, std::size_t depth);

Expected<bool> parse_primary(const Element& element, std::string_view e, std::size_t depth) {
  std::string_view t = java::trim(e);
  if (contains(t, "(") || contains(t, ")")) {
    if (!balanced(t)) return fail("filter: Unmatched parentheses in condition");
    if (starts_with(t, "(") && ends_with(t, ")"))
      return parse_or(element, java::trim(t.substr(1, t.size() - 2)), depth + 1);
  }
  return simple(element, t);
}

// The parts of `e` between top-level `op`s, each read by `part`, joined with && (all_of) or ||.
// Every part is evaluated, as idp-server does, so that a malformed later part is reported.
template <class Part>
Expected<bool> join_parts(std::string_view e, std::string_view op, bool all_of, Part part) {
  bool result = all_of;
  std::size_t pos = 0;
  while (pos < e.size()) {
    std::size_t at = find_operator(e, op, pos);
    std::string_view piece =
        java::trim(e.substr(pos, at == std::string_view::npos ? e.npos : at - pos));
    pos = at == std::string_view::npos ? e.size() : skip_operator(e, at, op);
    auto r = part(piece);
    if (!r) return r;
    result = all_of ? result && *r : result || *r;
    if (at == std::string_view::npos) break;
  }
  return result;
}

Expected<bool> parse_and(const Element& element, std::string_view e, std::size_t depth) {
  return join_parts(e, "&&", true,
                    [&](std::string_view part) { return parse_primary(element, part, depth); });
}

Expected<bool> parse_or(const Element& element, std::string_view e, std::size_t depth) {
  if (depth > k_max_depth) return fail("filter: parentheses are nested too deeply");
  return join_parts(e, "||", false,
                    [&](std::string_view part) { return parse_and(element, part, depth); });
}

Expected<bool> evaluate(const Element& element, std::string_view condition) {
  std::string_view e = java::trim(condition);
  if (Status s = validate(e); !s) return fail(s.error());
  return parse_or(element, e, 0);
}

}  // namespace

Status check_filter(const Args& args, std::size_t) {
  if (args.dynamic("condition")) return ok_status();
  auto condition = args.text("condition");
  if (!condition || condition->empty()) return fail("filter: 'condition' argument is required");
  // A condition that fails on a plain text element fails on every element.
  auto probe = evaluate(Element{false, "x"}, *condition);
  return probe ? ok_status() : Status(fail(probe.error()));
}

Expected<Item> apply_filter(Item input, const Args& args, CallContext& ctx) {
  auto condition = args.text("condition");
  if (!condition || condition->empty()) return fail("filter: 'condition' argument is required");
  bool negate = bool_arg(args, "negate", false);
  auto field = args.text("field");
  auto elements = to_collection(input);
  if (!elements) return Item();
  rapidjson::Value list(rapidjson::kArrayType);
  for (std::size_t i = 0; i < elements->items.size(); ++i) {
    const rapidjson::Value* e = elements->items[i];
    const rapidjson::Value* tested = e;
    static const rapidjson::Value k_null;
    if (field) {
      tested = &k_null;
      if (e->IsObject())
        if (auto it = e->FindMember(rapidjson::StringRef(field->data(), field->size()));
            it != e->MemberEnd())
          tested = &it->value;
    }
    auto matches = evaluate(Element{tested->IsNull(), java_string(*tested)}, *condition);
    if (!matches)
      return fail("filter: Error evaluating condition for element " + std::to_string(i) + ": " +
                  matches.error());
    if (*matches != negate) {
      auto copy = ctx.copy(*e);
      if (!copy) return fail(copy.error());
      list.PushBack(std::move(*copy), ctx.alloc);
    }
  }
  return Item(std::move(list));
}

}  // namespace idp::json::mapping::fn
