#include "crypto/openssl_signer.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <vector>

namespace idp::crypto {
namespace {

template <class T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdPtr = std::unique_ptr<EVP_MD, Deleter<EVP_MD, EVP_MD_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_clear_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

const unsigned char* bytes_of(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

BnPtr to_bn(std::string_view big_endian) {
  return BnPtr(BN_bin2bn(bytes_of(big_endian), static_cast<int>(big_endian.size()), nullptr));
}

// Builds an EVP_PKEY from named parameters (OpenSSL 3 provider API). BIGNUMs only need to live
// until OSSL_PARAM_BLD_to_param() has copied them.
class KeyBuilder {
 public:
  KeyBuilder() : m_bld(OSSL_PARAM_BLD_new()) {}

  void bn(const char* name, std::string_view value) {
    m_bns.push_back(to_bn(value));
    m_ok = m_ok && m_bld && m_bns.back() &&
           OSSL_PARAM_BLD_push_BN(m_bld.get(), name, m_bns.back().get());
  }
  void utf8(const char* name, const char* value) {
    m_ok = m_ok && m_bld && OSSL_PARAM_BLD_push_utf8_string(m_bld.get(), name, value, 0);
  }
  // The builder keeps a pointer until build(), so the bytes are held here.
  void octets(const char* name, std::string value) {
    m_strings.push_back(std::make_unique<std::string>(std::move(value)));
    const std::string& v = *m_strings.back();
    m_ok = m_ok && m_bld && OSSL_PARAM_BLD_push_octet_string(m_bld.get(), name, v.data(), v.size());
  }

  PkeyPtr build(const char* type, bool with_private) {
    if (!m_ok) return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(m_bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, with_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) <= 0)
      return nullptr;
    return PkeyPtr(pkey);
  }

 private:
  ParamBldPtr m_bld;
  std::vector<BnPtr> m_bns;
  std::vector<std::unique_ptr<std::string>> m_strings;
  bool m_ok = true;
};

const char* group_name(Curve curve) {
  switch (curve) {
    case Curve::p256:
      return "prime256v1";
    case Curve::p384:
      return "secp384r1";
    case Curve::p521:
      return "secp521r1";
  }
  return "";
}

PkeyPtr to_pkey(const KeyMaterial& key, bool with_private) {
  KeyBuilder b;
  if (const auto* rsa = std::get_if<RsaKey>(&key)) {
    b.bn(OSSL_PKEY_PARAM_RSA_N, rsa->n);
    b.bn(OSSL_PKEY_PARAM_RSA_E, rsa->e);
    if (with_private) {
      b.bn(OSSL_PKEY_PARAM_RSA_D, rsa->d);
      b.bn(OSSL_PKEY_PARAM_RSA_FACTOR1, rsa->p);
      b.bn(OSSL_PKEY_PARAM_RSA_FACTOR2, rsa->q);
      b.bn(OSSL_PKEY_PARAM_RSA_EXPONENT1, rsa->dp);
      b.bn(OSSL_PKEY_PARAM_RSA_EXPONENT2, rsa->dq);
      b.bn(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, rsa->qi);
    }
    return b.build("RSA", with_private);
  }
  if (const auto* ec = std::get_if<EcKey>(&key)) {
    b.utf8(OSSL_PKEY_PARAM_GROUP_NAME, group_name(ec->curve));
    b.octets(OSSL_PKEY_PARAM_PUB_KEY, "\x04" + ec->x + ec->y);
    if (with_private) b.bn(OSSL_PKEY_PARAM_PRIV_KEY, ec->d);
    return b.build("EC", with_private);
  }
  return nullptr;
}

const char* md_name(HashAlg hash) {
  switch (hash) {
    case HashAlg::sha1:
      return "SHA1";
    case HashAlg::sha256:
      return "SHA256";
    case HashAlg::sha384:
      return "SHA384";
    case HashAlg::sha512:
      return "SHA512";
  }
  return "SHA256";
}

// The key, digest and padding for one alg. Initialising an EVP_MD_CTX (provider lookups, PSS
// parameters) costs about as much as an ECDSA signature, so it is done once per direction into a
// template that each call copies. The templates are only read after construction, which OpenSSL
// allows from many threads; the copies are per call.
class EvpOperation {
 public:
  EvpOperation(PkeyPtr pkey, SignatureAlg alg, std::size_t size, bool signing)
      : m_pkey(std::move(pkey)),
        m_md(EVP_MD_fetch(nullptr, md_name(hash_of(alg)), nullptr)),
        m_alg(alg),
        m_size(size),
        m_template(init(signing)) {}

  bool valid() const { return m_template != nullptr; }

  MdCtxPtr start() const {
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), m_template.get()) != 1) return nullptr;
    return ctx;
  }

  SignatureAlg alg() const { return m_alg; }
  std::size_t size() const { return m_size; }
  bool ecdsa() const { return family_of(m_alg) == SignatureFamily::ecdsa; }

 private:
  MdCtxPtr init(bool signing) const {
    if (!m_pkey || !m_md) return nullptr;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx) return nullptr;
    int rc = signing ? EVP_DigestSignInit(ctx.get(), &pctx, m_md.get(), nullptr, m_pkey.get())
                     : EVP_DigestVerifyInit(ctx.get(), &pctx, m_md.get(), nullptr, m_pkey.get());
    if (rc <= 0) return nullptr;
    if (family_of(m_alg) == SignatureFamily::rsa_pss) {
      // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash.
      if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
          EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) <= 0 ||
          EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, m_md.get()) <= 0)
        return nullptr;
    }
    return ctx;
  }

  PkeyPtr m_pkey;
  MdPtr m_md;
  SignatureAlg m_alg;
  std::size_t m_size;
  MdCtxPtr m_template;
};

// RFC 7518 §3.4: JOSE carries r||s, each left-padded to the coordinate size; OpenSSL speaks DER.
std::string der_to_raw(const unsigned char* der, std::size_t len, std::size_t size) {
  const unsigned char* p = der;
  EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(len)));
  if (!sig) return {};
  const BIGNUM* r = nullptr;
  const BIGNUM* s = nullptr;
  ECDSA_SIG_get0(sig.get(), &r, &s);
  const int half = static_cast<int>(size / 2);
  std::string out(size, '\0');
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  if (BN_bn2binpad(r, o, half) != half || BN_bn2binpad(s, o + half, half) != half) return {};
  return out;
}

std::string raw_to_der(std::string_view raw) {
  const std::size_t half = raw.size() / 2;
  EcdsaSigPtr sig(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes_of(raw), static_cast<int>(half), nullptr);
  BIGNUM* s = BN_bin2bn(bytes_of(raw) + half, static_cast<int>(half), nullptr);
  if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return {};
  }
  unsigned char* der = nullptr;
  int len = i2d_ECDSA_SIG(sig.get(), &der);
  if (len <= 0) return {};
  std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

class OpensslSigner final : public Signer {
 public:
  explicit OpensslSigner(EvpOperation op) : m_op(std::move(op)) {}

  SignatureAlg alg() const override { return m_op.alg(); }

  Expected<std::string> sign(std::string_view data) const override {
    std::string sig = sign_or_empty(data);
    if (sig.empty()) {
      ERR_clear_error();
      return fail(std::string(to_string(m_op.alg())) + " signing failed");
    }
    return sig;
  }

 private:
  std::string sign_or_empty(std::string_view data) const {
    MdCtxPtr ctx = m_op.start();
    std::size_t len = 0;
    if (!ctx || EVP_DigestSign(ctx.get(), nullptr, &len, bytes_of(data), data.size()) <= 0)
      return {};
    std::vector<unsigned char> out(len);
    if (EVP_DigestSign(ctx.get(), out.data(), &len, bytes_of(data), data.size()) <= 0) return {};
    if (m_op.ecdsa()) return der_to_raw(out.data(), len, m_op.size());
    if (len != m_op.size()) return {};
    return std::string(reinterpret_cast<const char*>(out.data()), len);
  }

  EvpOperation m_op;
};

class OpensslVerifier final : public Verifier {
 public:
  explicit OpensslVerifier(EvpOperation op) : m_op(std::move(op)) {}

  SignatureAlg alg() const override { return m_op.alg(); }

  bool verify(std::string_view data, std::string_view signature) const override {
    if (signature.size() != m_op.size()) return false;
    std::string der;
    if (m_op.ecdsa()) {
      der = raw_to_der(signature);
      signature = der;
    }
    MdCtxPtr ctx = m_op.start();
    bool ok = ctx && !signature.empty() &&
              EVP_DigestVerify(ctx.get(), bytes_of(signature), signature.size(), bytes_of(data),
                               data.size()) == 1;
    if (!ok) ERR_clear_error();
    return ok;
  }

 private:
  EvpOperation m_op;
};

Expected<EvpOperation> make_operation(const KeyMaterial& key, SignatureAlg alg, bool signing) {
  if (auto fits = key_fits(key, alg); !fits) return fail(fits.error());
  auto family = family_of(alg);
  if (family != SignatureFamily::rsa_pkcs1 && family != SignatureFamily::rsa_pss &&
      family != SignatureFamily::ecdsa)
    return fail(std::string(to_string(alg)) + " is not done by the OpenSSL backend");
  EvpOperation op(to_pkey(key, signing), alg, signature_size(key, alg), signing);
  if (!op.valid()) {
    ERR_clear_error();
    return fail(std::string(to_string(alg)) + ": key is malformed");
  }
  return op;
}

}  // namespace

Expected<std::unique_ptr<Signer>> make_openssl_signer(const KeyMaterial& key, SignatureAlg alg) {
  if (!has_private(key)) return fail(std::string(to_string(alg)) + " signing needs a private key");
  auto op = make_operation(key, alg, true);
  if (!op) return fail(op.error());
  return std::unique_ptr<Signer>(std::make_unique<OpensslSigner>(std::move(op).value()));
}

Expected<std::unique_ptr<Verifier>> make_openssl_verifier(const KeyMaterial& key,
                                                          SignatureAlg alg) {
  auto op = make_operation(key, alg, false);
  if (!op) return fail(op.error());
  return std::unique_ptr<Verifier>(std::make_unique<OpensslVerifier>(std::move(op).value()));
}

}  // namespace idp::crypto
