#include "json/path/functions.hpp"

#include "json/path/utf8.hpp"

namespace idp::json::path {
namespace {

Operand logical(bool b) {
  Operand r;
  r.logical = b;
  return r;
}

// §2.4.4 length(): characters of a string (Unicode scalar values), elements of an array, members
// of an object; Nothing for anything else.
Operand length(std::vector<Operand>& args, const IRegexp*, Budget& budget) {
  Operand r;
  if (args[0].value.nothing()) return r;
  const rapidjson::Value& v = args[0].value.get();
  if (v.IsString()) {
    if (!budget.text(v.GetStringLength())) return r;
    r.value = MaybeValue::number(utf8::count({v.GetString(), v.GetStringLength()}));
  } else if (v.IsArray()) {
    r.value = MaybeValue::number(v.Size());
  } else if (v.IsObject()) {
    r.value = MaybeValue::number(v.MemberCount());
  }
  return r;
}

// §2.4.5 count(): the number of nodes.
Operand count(std::vector<Operand>& args, const IRegexp*, Budget&) {
  Operand r;
  r.value = MaybeValue::number(args[0].nodes.size());
  return r;
}

// §2.4.6 match() and §2.4.7 search(): LogicalFalse unless the first argument is a string and the
// second a valid I-Regexp (RFC 9485 §5.3 leaves an invalid pattern to the host; RFC 9535 makes it
// false). Running out of budget stops the whole select().
Operand run_regex(std::vector<Operand>& args, const IRegexp* pattern, Budget& budget, bool whole) {
  if (pattern == nullptr || args[0].value.nothing() || !args[0].value.get().IsString())
    return logical(false);
  const rapidjson::Value& s = args[0].value.get();
  // Setting up the matcher costs its states, even for an empty subject.
  if (!budget.text(pattern->states())) return logical(false);
  const std::string_view subject(s.GetString(), s.GetStringLength());
  const IRegexp::Outcome outcome = whole ? pattern->matches(subject, budget.text_left())
                                         : pattern->search(subject, budget.text_left());
  if (outcome == IRegexp::Outcome::out_of_budget) budget.exhaust();
  return logical(outcome == IRegexp::Outcome::match);
}

Operand match(std::vector<Operand>& args, const IRegexp* pattern, Budget& budget) {
  return run_regex(args, pattern, budget, true);
}

Operand search(std::vector<Operand>& args, const IRegexp* pattern, Budget& budget) {
  return run_regex(args, pattern, budget, false);
}

// §2.4.8 value(): the value of the only node, or Nothing.
Operand value(std::vector<Operand>& args, const IRegexp*, Budget&) {
  Operand r;
  if (args[0].nodes.size() == 1) r.value = MaybeValue(*args[0].nodes[0]);
  return r;
}

const Function k_functions[] = {
    {"length", Type::value, 1, {Type::value}, false, SIZE_MAX, length},
    {"count", Type::value, 1, {Type::nodes}, false, SIZE_MAX, count},
    {"match", Type::logical, 2, {Type::value, Type::value}, true, SIZE_MAX, match},
    {"search", Type::logical, 2, {Type::value, Type::value}, true, SIZE_MAX, search},
    {"value", Type::value, 1, {Type::nodes}, false, 2, value},
};

}  // namespace

const Function* find_function(std::string_view name) {
  for (const Function& f : k_functions)
    if (f.name == name) return &f;
  return nullptr;
}

std::string_view function_names() {
  return "length, count, match, search and value";
}

Type Expr::type() const {
  switch (kind) {
    case Kind::literal:
      return Type::value;
    case Kind::query:
      return Type::nodes;
    case Kind::function:
      return function->result;
    default:
      return Type::logical;
  }
}

}  // namespace idp::json::path
