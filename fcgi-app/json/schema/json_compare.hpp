#pragma once
// JSON value semantics that JSON Schema needs and RapidJSON does not give: numbers compare by
// their mathematical value whatever their storage (1 == 1.0, a uint64 against a double), objects
// compare regardless of member order (draft-07 validation §4.2.2 "instance equality").
#include <rapidjson/document.h>

#include <cstddef>
#include <string>

namespace idp::json::schema {

// -1, 0 or 1. Both values must be numbers.
int compare_numbers(const rapidjson::Value& a, const rapidjson::Value& b);

// An integer in the JSON Schema sense: any number without a fractional part (draft-07 §4.2.1
// "integer": 1.0 is an integer).
bool is_integer(const rapidjson::Value& v);

// Instance equality: same type, equal numbers, equal strings, arrays item by item, objects with
// the same member names and equal values.
bool equal(const rapidjson::Value& a, const rapidjson::Value& b);

// A hash consistent with equal(): equal values hash the same.
std::size_t hash(const rapidjson::Value& v);

// Compact JSON text of `v`, cut to about `max_chars` characters ("…" marks a cut), for messages.
std::string excerpt(const rapidjson::Value& v, std::size_t max_chars = 120);

}  // namespace idp::json::schema
