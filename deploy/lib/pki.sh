# A local certificate authority, the server certificate and two example client certificates,
# made with the openssl CLI (EC P-256). Existing files are kept.
make_pki() {  # DIR
  local dir=$1
  mkdir -p "$dir"
  chmod 0755 "$dir"
  local days=825
  if [ ! -f "$dir/ca.crt" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
      -subj "/O=idp local/CN=idp local CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
      2>/dev/null
  fi
  if [ ! -f "$dir/server.crt" ]; then
    local host
    host=$(hostname 2>/dev/null || echo localhost)
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
      -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,DNS:%s,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' \
      "$host" >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
      -CAcreateserial -days $days -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
    rm -f "$dir/server.csr" "$dir/server.ext"
  fi
  local n
  for n in 1 2; do
    [ -f "$dir/client-$n.crt" ] && continue
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
      -subj "/O=idp example/CN=client-$n" -keyout "$dir/client-$n.key" -out "$dir/client-$n.csr" \
      2>/dev/null
    printf 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n' >"$dir/client.ext"
    openssl x509 -req -in "$dir/client-$n.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
      -CAcreateserial -days $days -extfile "$dir/client.ext" -out "$dir/client-$n.crt" 2>/dev/null
    rm -f "$dir/client-$n.csr" "$dir/client.ext"
  done
  chmod 0600 "$dir"/*.key
}
