#include "json/reader.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace idp::json {
namespace {

// UTF-8 encodings of U+D800..U+DFFF (ED A0..BF xx) are not valid UTF-8; RapidJSON produces them
// for a lone "\udc00" escape even with encoding validation on.
bool has_encoded_surrogate(const char* s, rapidjson::SizeType n) {
  for (rapidjson::SizeType i = 0; i + 1 < n; ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED &&
        (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0)
      return true;
  return false;
}

enum class Refusal { none, depth, duplicate, surrogate };

// SAX filter between the RapidJSON reader and the document builder.
template <class Next>
class Guard {
 public:
  Guard(Next& next, std::size_t max_depth) : m_next(next), m_max_depth(max_depth) {}

  bool Null() { return m_next.Null(); }
  bool Bool(bool b) { return m_next.Bool(b); }
  bool Int(int i) { return m_next.Int(i); }
  bool Uint(unsigned u) { return m_next.Uint(u); }
  bool Int64(int64_t i) { return m_next.Int64(i); }
  bool Uint64(uint64_t u) { return m_next.Uint64(u); }
  bool Double(double d) { return m_next.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return m_next.RawNumber(s, n, copy);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    if (has_encoded_surrogate(s, n)) return refuse(Refusal::surrogate);
    return m_next.String(s, n, copy);
  }
  bool StartObject() {
    if (!enter()) return false;
    m_keys.emplace_back();
    return m_next.StartObject();
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (has_encoded_surrogate(s, n)) return refuse(Refusal::surrogate);
    if (!m_keys.back().emplace(s, n).second) return refuse(Refusal::duplicate);
    return m_next.Key(s, n, copy);
  }
  bool EndObject(rapidjson::SizeType n) {
    m_keys.pop_back();
    --m_depth;
    return m_next.EndObject(n);
  }
  bool StartArray() {
    if (!enter()) return false;
    return m_next.StartArray();
  }
  bool EndArray(rapidjson::SizeType n) {
    --m_depth;
    return m_next.EndArray(n);
  }

  Refusal refusal() const { return m_refusal; }

 private:
  bool enter() {
    if (++m_depth > m_max_depth) return refuse(Refusal::depth);
    return true;
  }
  bool refuse(Refusal r) {
    m_refusal = r;
    return false;
  }

  Next& m_next;
  std::size_t m_max_depth;
  std::size_t m_depth = 0;
  std::vector<std::unordered_set<std::string>> m_keys;
  Refusal m_refusal = Refusal::none;
};

// Full precision: numbers are correctly rounded, so that what the writer prints (the shortest
// text that reads back the same) reads back the same; the default fast path is not exact for
// long numbers and a configuration would change on every round trip.
constexpr unsigned k_flags = rapidjson::kParseValidateEncodingFlag |
                             rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag;

}  // namespace

Expected<rapidjson::Document> parse(std::string_view text, const Limits& limits) {
  if (text.size() > limits.max_bytes)
    return fail("JSON document is larger than " + std::to_string(limits.max_bytes) + " bytes");

  rapidjson::Document doc;
  rapidjson::ParseResult result;
  Refusal refusal = Refusal::none;
  auto generator = [&](rapidjson::Document& handler) {
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(ms);
    Guard<rapidjson::Document> guard(handler, limits.max_depth);
    rapidjson::Reader reader;
    result = reader.Parse<k_flags>(stream, guard);
    refusal = guard.refusal();
    return !result.IsError();
  };
  doc.Populate(generator);

  if (!result.IsError()) return doc;
  std::string where = " at byte " + std::to_string(result.Offset());
  switch (refusal) {
    case Refusal::depth:
      return fail("JSON nesting exceeds " + std::to_string(limits.max_depth) + " levels" + where);
    case Refusal::duplicate:
      return fail("JSON object has a duplicate member name" + where);
    case Refusal::surrogate:
      return fail("JSON string is not valid UTF-8 (unpaired surrogate)" + where);
    case Refusal::none:
      break;
  }
  return fail(std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code()) + where);
}

Expected<rapidjson::Document> parse_object(std::string_view text, const Limits& limits) {
  auto doc = parse(text, limits);
  if (doc && !doc->IsObject()) return fail("JSON document must be an object");
  return doc;
}

}  // namespace idp::json
