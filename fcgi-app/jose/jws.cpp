#include "jose/jws.hpp"

#include "base/base64.hpp"
#include "jose/compact.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

Expected<std::string> header_json(crypto::SignatureAlg alg, const std::string& kid,
                                  const JwsHeaderParams& params) {
  rapidjson::Document doc;
  doc.SetObject();
  auto& a = doc.GetAllocator();
  auto add = [&](std::string_view name, std::string_view value) {
    doc.AddMember(json::string_value(name, a), json::string_value(value, a), a);
  };
  add("alg", crypto::to_string(alg));
  if (params.include_kid && !kid.empty()) add("kid", kid);
  if (!params.typ.empty()) add("typ", params.typ);
  if (!params.cty.empty()) add("cty", params.cty);
  if (!params.extra_json.empty()) {
    auto extra = json::parse_object(params.extra_json);
    if (!extra) return fail("jws header extra_json: " + extra.error());
    const rapidjson::Document& members = *extra;
    for (const auto& m : members.GetObject()) {
      if (doc.HasMember(m.name))
        return fail("jws header extra_json: member " +
                    json::quote({m.name.GetString(), m.name.GetStringLength()}) +
                    " is already set");
      doc.AddMember(rapidjson::Value(m.name, a), rapidjson::Value(m.value, a), a);
    }
  }
  return json::write(doc);
}

}  // namespace

Expected<JwsSigner> JwsSigner::create(const Jwk& key, crypto::SignatureAlg alg,
                                      crypto::Backend backend) {
  const std::string name(crypto::to_string(alg));
  static constexpr std::string_view k_ops[] = {"sign"};
  if (!detail::key_permits(key, name, "sig", k_ops))
    return fail("jws: key \"" + key.kid() + "\" is not meant for signing with " + name);
  auto signer = key.signer(alg, backend);
  if (!signer) return fail("jws: " + signer.error());
  return JwsSigner(std::move(signer).value(), alg, key.kid());
}

Expected<std::string> JwsSigner::sign(std::string_view payload,
                                      const JwsHeaderParams& header) const {
  auto json = header_json(m_alg, m_kid, header);
  if (!json) return fail(json.error());
  std::string input = base64::encode_url(*json);
  input += '.';
  input += base64::encode_url(payload);
  auto sig = m_signer->sign(input);
  if (!sig) return fail("jws: " + sig.error());
  input += '.';
  input += base64::encode_url(*sig);
  return input;
}

Expected<std::string> sign_compact(std::string_view payload, const Jwk& key,
                                   crypto::SignatureAlg alg, const JwsHeaderParams& header) {
  auto signer = JwsSigner::create(key, alg);
  if (!signer) return fail(signer.error());
  return signer->sign(payload, header);
}

}  // namespace idp::jose
