# Debian packages the product and its tests need; installs only what is missing.
IDP_PACKAGES=(
  build-essential cmake pkg-config
  libfcgi-dev libbotan-2-dev libssl-dev libpqxx-dev rapidjson-dev libboost-test-dev
  libcurl4-openssl-dev
  postgresql nginx openssl curl ca-certificates
)
IDP_TEST_PACKAGES=(clang-format clang-14 libclang-rt-14-dev)

ensure_packages() {  # PACKAGE…
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Node.js and npm for the interop tests; a machine may have them from elsewhere (NodeSource ships
# npm inside its nodejs package), so only commands that are missing are installed.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  ensure_packages nodejs npm
}
