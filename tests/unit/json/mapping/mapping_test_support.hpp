#pragma once
// Helpers for the mapping tests: JSON from text, a deterministic environment, and one-line
// applications of rules and functions that answer with compact JSON (or "error: …").
#include <rapidjson/document.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "json/mapping/environment.hpp"

namespace mapping_test {

// Parses with the guarded reader; a test failure when the text is not JSON.
rapidjson::Document json(std::string_view text);
std::string write(const rapidjson::Value& v);

// The clock stands at `at`; random bytes count up from `first` (0, 1, 2, …).
idp::json::mapping::Environment fixed_environment(std::chrono::system_clock::time_point at,
                                                  unsigned char first = 0);
// 2025-01-15T01:30:00.123456Z.
std::chrono::system_clock::time_point test_instant();
// A fresh environment at test_instant(), its random bytes counting from 0.
idp::json::mapping::Environment test_environment();

// Compiles `rules` (a JSON array) and applies it to `context`: the output as compact JSON, or
// "compile error: …"; the apply() errors are appended to `errors` when given.
std::string map(std::string_view rules, std::string_view context,
                std::vector<std::string>* errors = nullptr,
                const idp::json::mapping::Environment& env = test_environment());

// One function ({"name": …, "args": …} as JSON) applied to `input` (JSON): the result as JSON,
// "compile error: …" or "error: …".
std::string call(std::string_view function, std::string_view input,
                 const idp::json::mapping::Environment& env = test_environment());

}  // namespace mapping_test
