#pragma once
// Bounds on what a mapping configuration and one application of it may cost. Rules come from
// tenant operators and the data from callers and vendor APIs: neither may make a worker allocate
// without bound or recurse deeply.
#include <cstddef>

namespace idp::json::mapping {

struct Limits {
  std::size_t max_rules = 1000;          // rules in one array
  std::size_t max_functions = 32;        // functions of one rule (or of one reshape field)
  std::size_t max_target_segments = 32;  // dotted segments of a `to`
  std::size_t max_array_index = 1000;    // numeric segment of a `to`: arrays are padded up to it
  std::size_t max_nesting = 8;           // map / reshape / conditions inside one another
  std::size_t max_random_length = 4096;  // random_string length
  // Output of one apply(), in weight units (about bytes: 16 per node plus string bytes); a rule
  // that would exceed it fails.
  std::size_t max_output = 16u << 20;
};

}  // namespace idp::json::mapping
