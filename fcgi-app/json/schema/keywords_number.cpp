// multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum (draft-07 validation §6.2).
#include <cmath>
#include <cstdint>

#include "json/schema/json_compare.hpp"
#include "json/schema/keywords.hpp"
#include "json/writer.hpp"

namespace idp::json::schema {
namespace {

enum class Bound { at_least, above, at_most, below };

class BoundKeyword final : public Keyword {
 public:
  BoundKeyword(std::string_view name, std::string location, rapidjson::Value limit, Bound bound)
      : Keyword(name, std::move(location)), m_limit(std::move(limit)), m_bound(bound) {
    std::string text = write(m_limit);
    switch (bound) {
      case Bound::at_least:
        m_message = "must be greater than or equal to " + text;
        break;
      case Bound::above:
        m_message = "must be greater than " + text;
        break;
      case Bound::at_most:
        m_message = "must be less than or equal to " + text;
        break;
      case Bound::below:
        m_message = "must be less than " + text;
        break;
    }
  }
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsNumber()) return true;
    int c = compare_numbers(instance, m_limit);
    bool ok = m_bound == Bound::at_least  ? c >= 0
              : m_bound == Bound::above   ? c > 0
              : m_bound == Bound::at_most ? c <= 0
                                          : c < 0;
    if (ok) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  rapidjson::Value m_limit;
  Bound m_bound;
  std::string m_message;
};

class MultipleOfKeyword final : public Keyword {
 public:
  MultipleOfKeyword(std::string location, rapidjson::Value divisor)
      : Keyword("multipleOf", std::move(location)),
        m_divisor(std::move(divisor)),
        m_message("must be a multiple of " + write(m_divisor)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsNumber() || multiple(instance)) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  bool multiple(const rapidjson::Value& x) const {
    // Integers by an integer: exact.
    if ((x.IsInt64() || x.IsUint64()) && m_divisor.IsUint64()) {
      std::uint64_t magnitude =
          x.IsUint64() ? x.GetUint64() : static_cast<std::uint64_t>(-(x.GetInt64() + 1)) + 1;
      return magnitude % m_divisor.GetUint64() == 0;
    }
    // Otherwise in binary floating point, where 0.0075 / 0.0001 is 74.99999999999999: a quotient
    // within a relative 1e-9 of an integer counts as one. A quotient that overflows (1e308 by 0.5)
    // is decided by the remainder, which fmod computes exactly.
    double q = x.GetDouble() / m_divisor.GetDouble();
    if (std::isinf(q) && std::isfinite(x.GetDouble()))
      return std::fmod(x.GetDouble(), m_divisor.GetDouble()) == 0.0;
    if (!std::isfinite(q)) return false;
    double nearest = std::round(q);
    return std::fabs(q - nearest) <= 1e-9 * std::fmax(1.0, std::fabs(q));
  }

  rapidjson::Value m_divisor;
  std::string m_message;
};

}  // namespace

Status compile_bound(KeywordSite& site) {
  if (!site.value.IsNumber()) return site.malformed("must be a number");
  bool minimum = site.name == "minimum";
  // draft-04 wrote an exclusive bound as a boolean beside the bound itself.
  const rapidjson::Value* exclusive =
      site.sibling(minimum ? "exclusiveMinimum" : "exclusiveMaximum");
  bool strict = exclusive != nullptr && exclusive->IsTrue();
  Bound bound = minimum ? (strict ? Bound::above : Bound::at_least)
                        : (strict ? Bound::below : Bound::at_most);
  site.add(std::make_unique<BoundKeyword>(site.name, site.location, site.compiler.copy(site.value),
                                          bound));
  return ok_status();
}

Status compile_exclusive_bound(KeywordSite& site) {
  if (site.value.IsBool()) return ok_status();  // draft-04 form, applied by compile_bound
  if (!site.value.IsNumber()) return site.malformed("must be a number");
  Bound bound = site.name == "exclusiveMinimum" ? Bound::above : Bound::below;
  site.add(std::make_unique<BoundKeyword>(site.name, site.location, site.compiler.copy(site.value),
                                          bound));
  return ok_status();
}

Status compile_multiple_of(KeywordSite& site) {
  if (!site.value.IsNumber() || site.value.GetDouble() <= 0)
    return site.malformed("must be a number greater than 0");
  site.add(std::make_unique<MultipleOfKeyword>(site.location, site.compiler.copy(site.value)));
  return ok_status();
}

}  // namespace idp::json::schema
