#pragma once
// Comparisons of filter expressions (RFC 9535 §2.3.5.2.2). Deep equality of arrays and objects
// walks both values with an explicit stack (no recursion over the document) and counts each pair
// of values as a node visit, so comparing large values is bounded by the budget.
#include <rapidjson/document.h>

#include "json/path/ast.hpp"
#include "json/path/budget.hpp"
#include "json/path/maybe_value.hpp"

namespace idp::json::path {

// The result is meaningless once the budget is exhausted; the caller checks.
bool compare(const MaybeValue& left, CompareOp op, const MaybeValue& right, Budget& budget);

bool equal(const rapidjson::Value& a, const rapidjson::Value& b, Budget& budget);

}  // namespace idp::json::path
