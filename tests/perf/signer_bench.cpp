// Signing (and verification) throughput of the Botan and OpenSSL backends on one thread, for the
// choice of crypto::k_default_signing_backend (DESIGN.md "Crypto backends").
// Usage: signer_bench [seconds per measurement, default 3]; run under `taskset -c 0` for one core.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "crypto/key_generation.hpp"
#include "crypto/signer.hpp"

using namespace idp::crypto;

namespace {

using Clock = std::chrono::steady_clock;

template <class Op>
double per_second(double seconds, Op op) {
  long count = 0;
  const auto start = Clock::now();
  const auto until = start + std::chrono::duration<double>(seconds);
  auto now = start;
  while (now < until) {
    for (int i = 0; i < 16; ++i) op(count + i);
    count += 16;
    now = Clock::now();
  }
  return static_cast<double>(count) / std::chrono::duration<double>(now - start).count();
}

struct Result {
  double sign = 0, verify = 0;
};

Result measure(const KeyMaterial& key, SignatureAlg alg, Backend backend, double seconds) {
  auto signer = make_signer(key, alg, backend);
  auto verifier = make_verifier(public_part(key), alg, backend);
  if (!signer || !verifier) {
    std::fprintf(stderr, "cannot create %s objects\n", std::string(to_string(alg)).c_str());
    std::exit(1);
  }
  const std::string data =
      "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxl"
      "Iiwic3ViIjoiYWxpY2UiLCJhdWQiOiJjbGllbnQiLCJleHAiOjE3MDAwMDAzMDB9";
  const std::string sig = *(*signer)->sign(data);
  Result r;
  bool ok = true;
  r.sign = per_second(seconds, [&](long) { ok = (*signer)->sign(data).ok() && ok; });
  r.verify = per_second(seconds, [&](long) { ok = (*verifier)->verify(data, sig) && ok; });
  if (!ok) {
    std::fprintf(stderr, "a %s operation failed\n", std::string(to_string(alg)).c_str());
    std::exit(1);
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
  const KeyMaterial rsa = generate_rsa_key(2048);
  const KeyMaterial ec = generate_ec_key(Curve::p256);
  std::printf("%-6s %-8s %12s %12s\n", "alg", "backend", "sign/s", "verify/s");
  for (auto [alg, key] :
       {std::pair{SignatureAlg::rs256, &rsa}, std::pair{SignatureAlg::es256, &ec}}) {
    Result botan = measure(*key, alg, Backend::botan, seconds);
    Result openssl = measure(*key, alg, Backend::openssl, seconds);
    const std::string name(to_string(alg));
    std::printf("%-6s %-8s %12.0f %12.0f\n", name.c_str(), "botan", botan.sign, botan.verify);
    std::printf("%-6s %-8s %12.0f %12.0f\n", name.c_str(), "openssl", openssl.sign, openssl.verify);
    std::printf("%-6s openssl/botan: sign %.2fx, verify %.2fx\n", name.c_str(),
                openssl.sign / botan.sign, openssl.verify / botan.verify);
  }
  std::printf("default signing backend: %s\n",
              k_default_signing_backend == Backend::openssl ? "openssl" : "botan");
  return 0;
}
