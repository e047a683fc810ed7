#pragma once
// The function extensions of RFC 9535 §2.4 (length, count, match, search, value), in one table
// with their declared types: the parser checks calls against it (§2.4.3) and the evaluator calls
// the entries.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "json/path/ast.hpp"
#include "json/path/budget.hpp"
#include "json/path/maybe_value.hpp"

namespace idp::json::path {

// An argument or a result: the member of the declared type is the one set.
struct Operand {
  MaybeValue value;      // Type::value
  bool logical = false;  // Type::logical
  Nodelist nodes;        // Type::nodes
};

struct Function {
  std::string_view name;
  Type result;
  std::size_t arity;
  Type parameters[2];
  // The second argument is an I-Regexp: `pattern` receives it compiled (nullptr when it is not a
  // string or not a valid I-Regexp).
  bool regex = false;
  // How many nodes of a NodesType argument the function looks at, so that the evaluator can stop
  // selecting early (value() only needs to know whether there is exactly one).
  std::size_t nodes_needed = SIZE_MAX;
  Operand (*call)(std::vector<Operand>& args, const IRegexp* pattern, Budget& budget);
};

// nullptr when `name` is not a function of the table.
const Function* find_function(std::string_view name);

// For messages: "length, count, match, search and value".
std::string_view function_names();

}  // namespace idp::json::path
