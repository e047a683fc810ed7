#include "json/schema/json_pointer.hpp"
#include "json/schema/node.hpp"

namespace idp::json::schema {

bool Evaluation::evaluate(const Node& node, const rapidjson::Value& instance) {
  if (stopped()) return false;
  if (m_depth >= m_limits.max_evaluation_depth) {
    stop("validation stopped: subschemas (\"$ref\" included) nest deeper than " +
         std::to_string(m_limits.max_evaluation_depth) + " levels here");
    return false;
  }
  if (!spend()) return false;
  if (node.constant) {
    if (*node.constant) return true;
    record("false", node.location, "is not allowed");
    return false;
  }
  ++m_depth;
  bool ok = true;
  for (const auto& keyword : node.keywords) {
    if (!keyword->check(instance, *this)) {
      ok = false;
      if (!collecting()) break;
    }
    if (stopped()) {
      ok = false;
      break;
    }
  }
  --m_depth;
  return ok;
}

bool Evaluation::matches(const Node& node, const rapidjson::Value& instance) {
  ++m_probing;
  bool result = evaluate(node, instance);
  --m_probing;
  return result && !stopped();
}

bool Evaluation::report(const Keyword& keyword, std::string message) {
  return record(keyword.name(), keyword.location(), std::move(message));
}

bool Evaluation::report_member(const Keyword& keyword, std::string_view name, std::string message) {
  Step step(*this, name);
  return report(keyword, std::move(message));
}

bool Evaluation::record(std::string_view keyword, const std::string& location,
                        std::string message) {
  if (m_probing > 0 || m_out == nullptr || stopped()) return false;
  if (m_out->size() >= m_limits.max_violations) {
    stop("validation stopped after " + std::to_string(m_limits.max_violations) +
         " violations; the rest of the document was not checked");
    return false;
  }
  m_out->push_back(Violation{pointer(), std::string(keyword), location, std::move(message)});
  return true;
}

bool Evaluation::spend(std::size_t steps) {
  if (stopped()) return false;
  m_steps += steps;
  if (m_steps <= m_limits.max_steps) return true;
  stop("validation stopped: checking this document against the schema takes more than " +
       std::to_string(m_limits.max_steps) + " steps");
  return false;
}

std::string Evaluation::pointer() const {
  std::string out;
  for (const auto& segment : m_path) {
    out += '/';
    if (segment.index_plus_one != 0)
      out += std::to_string(segment.index_plus_one - 1);
    else
      out += escape_pointer_token(segment.member);
  }
  return out;
}

void Evaluation::stop(std::string message) {
  if (!m_stop) m_stop = Violation{pointer(), "", "", std::move(message)};
}

void Evaluation::finish() {
  if (m_stop && m_out != nullptr) m_out->push_back(*m_stop);
}

}  // namespace idp::json::schema
