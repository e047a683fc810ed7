#pragma once
// Internal to the validator: the compiled form of a schema and the state of one validation.
//
// A compiled schema is a graph of Nodes, one per subschema, each holding the Keywords that assert
// something about an instance. "$ref" is an edge to another Node, so recursive schemas are cycles
// in the graph; validation bounds how deep it follows them (Limits in schema.hpp).
#include <rapidjson/document.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/schema/schema.hpp"

namespace idp::json::schema {

class Evaluation;

// One assertion of a schema, for instance `"maxLength": 255`.
class Keyword {
 public:
  Keyword(std::string_view name, std::string location)
      : m_name(name), m_location(std::move(location)) {}
  virtual ~Keyword() = default;
  Keyword(const Keyword&) = delete;
  Keyword& operator=(const Keyword&) = delete;

  // Whether `instance` satisfies the keyword. Each problem is reported to `ev`; when
  // ev.report() answers false (first-failure mode, or the validation stopped), return false
  // at once.
  virtual bool check(const rapidjson::Value& instance, Evaluation& ev) const = 0;

  std::string_view name() const { return m_name; }
  // The keyword's place in the schema document, as a URI fragment: "#/properties/a/maxLength".
  const std::string& location() const { return m_location; }

 private:
  std::string_view m_name;
  std::string m_location;
};

// One subschema: `true`, `false`, or an object schema's keywords.
struct Node {
  std::string location;          // "#/properties/a"
  std::optional<bool> constant;  // boolean schema (draft-07 core §4.3.1)
  std::vector<std::unique_ptr<Keyword>> keywords;
  // The target of the schema's "$ref" (in draft-07 all a "$ref" schema holds); the compiler refuses
  // chains of them that come back to where they started.
  const Node* alias = nullptr;
};

// The state of one validate() call: where in the instance we are, what was found, and the
// budgets that stop a hostile schema or instance.
class Evaluation {
 public:
  // `out` null: stop at the first violation (is_valid()).
  Evaluation(const Limits& limits, std::vector<Violation>* out) : m_limits(limits), m_out(out) {}

  // Validates `instance` (at the current location) against `node`, reporting violations.
  bool evaluate(const Node& node, const rapidjson::Value& instance);
  // Only whether `instance` matches `node`; nothing is reported (anyOf, oneOf, not, if, contains).
  bool matches(const Node& node, const rapidjson::Value& instance);

  // Records a violation of `keyword` at the current location. Answers whether to go on checking:
  // false in first-failure mode, while probing, and once validation stopped.
  bool report(const Keyword& keyword, std::string message);
  // Same, at the member `name` of the current object (required, additionalProperties, …).
  bool report_member(const Keyword& keyword, std::string_view name, std::string message);

  // Counts work; false (and validation stops) once the step budget is spent.
  bool spend(std::size_t steps = 1);
  bool stopped() const { return m_stop.has_value(); }
  // Whether every violation is wanted (validate(), not probing, not stopped).
  bool collecting() const { return m_out != nullptr && m_probing == 0 && !stopped(); }

  // Moves the current location into a member or an item for the life of the object.
  class Step {
   public:
    Step(Evaluation& ev, std::string_view member) : m_ev(ev) { ev.m_path.push_back({member, 0}); }
    Step(Evaluation& ev, std::size_t index) : m_ev(ev) { ev.m_path.push_back({{}, index + 1}); }
    ~Step() { m_ev.m_path.pop_back(); }
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

   private:
    Evaluation& m_ev;
  };

  // After the walk: appends the reason validation stopped, if it did.
  void finish();

 private:
  struct Segment {
    std::string_view member;
    std::size_t index_plus_one;  // 0 for a member
  };
  std::string pointer() const;
  bool record(std::string_view keyword, const std::string& location, std::string message);
  void stop(std::string message);

  const Limits& m_limits;
  std::vector<Violation>* m_out;
  std::vector<Segment> m_path;
  std::size_t m_depth = 0;
  std::size_t m_probing = 0;
  std::size_t m_steps = 0;
  std::optional<Violation> m_stop;
};

}  // namespace idp::json::schema
