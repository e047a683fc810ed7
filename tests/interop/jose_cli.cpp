// A command-line face of idp_jose for tests/interop/jose_interop.mjs. Input on stdin, result on
// stdout; on failure the error on stderr and exit status 1.
//   jose_cli sign <jwk file> <alg>          payload → compact JWS
//   jose_cli verify <jwk or jwks file>      compact JWS → payload
//   jose_cli encrypt <jwk file> <alg> <enc> plaintext → compact JWE
//   jose_cli decrypt <jwk or jwks file>     compact JWE → plaintext
//   jose_cli generate <alg> <kid>           → private JWK
//   jose_cli thumbprint <jwk file>          → RFC 7638 thumbprint
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "jose/jwe.hpp"
#include "jose/jwk.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"

using namespace idp;

namespace {

std::string read_all(std::istream& in) {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int fail_with(const std::string& message) {
  std::cerr << message << "\n";
  return 1;
}

// A file holding either one JWK or a JWK Set.
Expected<jose::Jwks> load_keys(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read " + path);
  std::string text = read_all(in);
  if (text.find("\"keys\"") != std::string::npos) return jose::Jwks::parse(text);
  auto jwk = jose::Jwk::parse(text);
  if (!jwk) return fail(jwk.error());
  return jose::Jwks({std::move(jwk).value()});
}

Expected<jose::Jwk> load_key(const std::string& path) {
  auto keys = load_keys(path);
  if (!keys) return fail(keys.error());
  if (keys->keys().size() != 1) return fail(path + ": expected exactly one key");
  return keys->keys().front();
}

int run(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "sign" && argc == 4) {
    auto key = load_key(argv[2]);
    auto alg = crypto::signature_alg_from_string(argv[3]);
    if (!key) return fail_with(key.error());
    if (!alg) return fail_with(std::string("unsupported alg ") + argv[3]);
    auto jws = jose::sign_compact(read_all(std::cin), *key, *alg, {.typ = "JWT"});
    if (!jws) return fail_with(jws.error());
    std::cout << *jws;
    return 0;
  }
  if (command == "verify" && argc == 3) {
    auto keys = load_keys(argv[2]);
    if (!keys) return fail_with(keys.error());
    auto jws = jose::verify_compact(read_all(std::cin), *keys);
    if (!jws) return fail_with(jws.error());
    std::cout << jws->payload;
    return 0;
  }
  if (command == "encrypt" && argc == 5) {
    auto key = load_key(argv[2]);
    auto alg = jose::key_management_alg_from_string(argv[3]);
    auto enc = jose::content_encryption_alg_from_string(argv[4]);
    if (!key) return fail_with(key.error());
    if (!alg || !enc) return fail_with("unsupported alg or enc");
    auto jwe = jose::encrypt_compact(read_all(std::cin), *key, {.alg = *alg, .enc = *enc});
    if (!jwe) return fail_with(jwe.error());
    std::cout << *jwe;
    return 0;
  }
  if (command == "decrypt" && argc == 3) {
    auto keys = load_keys(argv[2]);
    if (!keys) return fail_with(keys.error());
    auto jwe = jose::decrypt_compact(read_all(std::cin), *keys);
    if (!jwe) return fail_with(jwe.error());
    std::cout << jwe->plaintext;
    return 0;
  }
  if (command == "generate" && argc == 4) {
    auto jwk = jose::generate_jwk(argv[2], argv[3]);
    if (!jwk) return fail_with(jwk.error());
    std::cout << jwk->to_json(true);
    return 0;
  }
  if (command == "thumbprint" && argc == 3) {
    auto key = load_key(argv[2]);
    if (!key) return fail_with(key.error());
    std::cout << key->thumbprint();
    return 0;
  }
  return fail_with(
      "usage: jose_cli sign <jwk> <alg> | verify <jwk|jwks> | encrypt <jwk> <alg> <enc> | "
      "decrypt <jwk|jwks> | generate <alg> <kid> | thumbprint <jwk>");
}

}  // namespace

int main(int argc, char** argv) {
  return run(argc, argv);
}
