#include <algorithm>

#include "base/base64.hpp"
#include "jose/compact.hpp"
#include "jose/jws.hpp"
#include "json/writer.hpp"

namespace idp::jose {
namespace {

// RFC 7515 §4.1 and RFC 7518 §4.1 names that "crit" may not list.
const std::vector<std::string_view> k_registered{"alg", "jku",      "jwk", "kid", "x5u", "x5c",
                                                 "x5t", "x5t#S256", "typ", "cty", "crit"};

struct Decoded {
  Jws jws;
  std::string_view signing_input;
  std::string signature;
};

Expected<Decoded> decode(std::string_view compact, const JwsVerifyOptions& options) {
  auto parts = detail::split_compact(compact, 3, options.max_length, "jws");
  if (!parts) return fail(parts.error());
  const auto& p = *parts;
  auto header = detail::decode_header(p[0], "jws");
  if (!header) return fail(header.error());

  Decoded d;
  d.jws.header = std::move(header).value();
  const auto& h = d.jws.header;
  auto it = h.FindMember("alg");
  if (it == h.MemberEnd()) return fail("jws.alg: missing");
  if (!it->value.IsString()) return fail("jws.alg: must be a string");
  std::string alg_name(it->value.GetString(), it->value.GetStringLength());
  if (alg_name == "none") return fail("jws.alg: \"none\" (unsecured JWS) is never accepted");
  auto alg = crypto::signature_alg_from_string(alg_name);
  if (!alg) return fail("jws.alg: unsupported algorithm " + json::quote(alg_name));
  if (!options.allowed_algs.empty() &&
      std::find(options.allowed_algs.begin(), options.allowed_algs.end(), *alg) ==
          options.allowed_algs.end())
    return fail("jws.alg: " + json::quote(alg_name) + " is not allowed here");
  d.jws.alg = *alg;

  for (auto [name, out] :
       {std::pair{"kid", &d.jws.kid}, std::pair{"typ", &d.jws.typ}, std::pair{"cty", &d.jws.cty}}) {
    auto v = detail::header_string(h, name, "jws");
    if (!v) return fail(v.error());
    *out = std::move(v).value();
  }
  if (auto crit = detail::check_crit(h, options.understood_crit, k_registered, "jws"); !crit)
    return fail(crit.error());
  // RFC 7797 unencoded payloads change what is signed; we do not support them.
  if (auto b64 = h.FindMember("b64");
      b64 != h.MemberEnd() && !(b64->value.IsBool() && b64->value.GetBool()))
    return fail("jws.b64: unencoded payloads (RFC 7797) are not supported");
  if (!options.expected_typ.empty() && !detail::same_media_type(d.jws.typ, options.expected_typ))
    return fail("jws.typ: expected " + json::quote(options.expected_typ));

  auto payload = base64::decode_url(p[1]);
  if (!payload) return fail("jws payload: not valid base64url");
  auto sig = base64::decode_url(p[2]);
  if (!sig) return fail("jws signature: not valid base64url");
  d.jws.payload = std::move(*payload);
  d.signature = std::move(*sig);
  d.signing_input = compact.substr(0, p[0].size() + 1 + p[1].size());
  return d;
}

// Whether `key` may verify this JWS; the reason when it may not.
Status usable(const Jwk& key, crypto::SignatureAlg alg) {
  const std::string name(crypto::to_string(alg));
  if (auto fits = crypto::key_fits(key.key(), alg); !fits) return fail(fits.error());
  static constexpr std::string_view k_ops[] = {"verify"};
  if (!detail::key_permits(key, name, "sig", k_ops))
    return fail("key is restricted by its alg, use or key_ops");
  return ok_status();
}

Expected<Jws> verify_with(Decoded d, const std::vector<const Jwk*>& candidates) {
  std::string reason;
  std::size_t usable_keys = 0;
  for (const Jwk* key : candidates) {
    if (auto ok = usable(*key, d.jws.alg); !ok) {
      reason = ok.error();
      continue;
    }
    ++usable_keys;
    auto verifier = crypto::make_verifier(key->key(), d.jws.alg);
    if (verifier && (*verifier)->verify(d.signing_input, d.signature)) {
      d.jws.key = key;
      return std::move(d.jws);
    }
  }
  if (candidates.empty()) {
    if (!d.jws.kid.empty()) return fail("jws: no key with kid " + json::quote(d.jws.kid));
    return fail("jws: no verification key");
  }
  if (usable_keys == 0)
    return fail("jws: no key can verify " + std::string(crypto::to_string(d.jws.alg)) + " (" +
                reason + ")");
  return fail("jws: signature verification failed");
}

}  // namespace

Expected<Jws> decode_unverified(std::string_view compact, const JwsVerifyOptions& options) {
  auto d = decode(compact, options);
  if (!d) return fail(d.error());
  return std::move(d->jws);
}

Expected<Jws> verify_compact(std::string_view compact, const Jwks& keys,
                             const JwsVerifyOptions& options) {
  auto d = decode(compact, options);
  if (!d) return fail(d.error());
  std::vector<const Jwk*> candidates;
  for (const auto& key : keys.keys())
    if (d->jws.kid.empty() || key.kid() == d->jws.kid) candidates.push_back(&key);
  return verify_with(std::move(d).value(), candidates);
}

Expected<Jws> verify_compact(std::string_view compact, const Jwk& key,
                             const JwsVerifyOptions& options) {
  auto d = decode(compact, options);
  if (!d) return fail(d.error());
  // A single key is the caller's choice; a kid in the header does not have to match it.
  return verify_with(std::move(d).value(), {&key});
}

}  // namespace idp::jose
