# Renders nginx/ templates into VAR/nginx/conf and runs nginx from there.
render_nginx() {  # ROOT VAR SOCKET LISTEN HTTPS_PORT MTLS_PORT MAX_BODY
  local root=$1 var=$2 socket=$3 listen=$4 https_port=$5 mtls_port=$6 max_body=$7
  local conf=$var/nginx/conf
  mkdir -p "$conf" "$var/nginx/tmp" "$var/log"
  local t
  for t in nginx.conf idp-locations.conf; do
    sed -e "s|@ROOT@|$root|g" -e "s|@VAR@|$var|g" -e "s|@CONF@|$conf|g" -e "s|@PKI@|$var/pki|g" \
      -e "s|@SOCKET@|$socket|g" -e "s|@LISTEN@|$listen|g" -e "s|@HTTPS_PORT@|$https_port|g" \
      -e "s|@MTLS_PORT@|$mtls_port|g" -e "s|@MAX_BODY@|$max_body|g" \
      "$root/nginx/$t.template" >"$conf/$t"
  done
  nginx -t -q -p "$var/nginx" -c "$conf/nginx.conf" -e "$var/log/nginx-error.log"
}

start_nginx() {  # VAR
  local var=$1
  if [ -f "$var/nginx/nginx.pid" ] && kill -0 "$(cat "$var/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$var/nginx" -c "$var/nginx/conf/nginx.conf" -e "$var/log/nginx-error.log" -s reload
  else
    nginx -p "$var/nginx" -c "$var/nginx/conf/nginx.conf" -e "$var/log/nginx-error.log"
  fi
}

stop_nginx() {  # VAR
  local pidfile=$1/nginx/nginx.pid
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  kill -QUIT "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
}
