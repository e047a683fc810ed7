# shellcheck shell=bash
# One wrk run against one side, with the CPU and peak RSS of that side's processes, stored in the
# associative array R[name,conns,side,field] (fields: requests, rps, p50, p99, cpu, pgcpu, rss,
# status).
# Shared by tests/perf/run.sh and tests/perf/scale.sh; needs lib/setup.sh (STACK, OUT, PERF).
#
# What is measured on each side, from /proc, while wrk runs against it:
#   ours: CPU and peak RSS of nginx (master + workers) and idp-fcgi (master + workers); the CPU of
#         PostgreSQL (postmaster + backends) in its own column, since the peer keeps its state in
#         its own heap. CPU is in % of one core (200 % = both cores of a 2-core machine).
#   peer: CPU and peak RSS of the node process (PEER_PID).
# Peak RSS is the largest sum of VmRSS over the processes of a side, sampled every 0.2 s.
# wrk itself runs on the same machine and takes CPU from both sides alike.

# shellcheck disable=SC2034  # FAILED is read by the scripts that source this file
CLK_TCK=$(getconf CLK_TCK)
FAILED=0
declare -A R

# Process ids of a side: a root process and its children.
tree() { local r; for r; do [ -n "$r" ] && echo "$r" && ps -o pid= --ppid "$r" | tr -d ' '; done; return 0; }
ours_pids() { tree "$(cat "$STACK/nginx/nginx.pid")" "$(cat "$STACK/run/idp-fcgi.pid")"; }
nginx_pids() { tree "$(cat "$STACK/nginx/nginx.pid")"; }
pg_pids() { tree "$(head -n1 "$STACK/pg/data/postmaster.pid")"; }
peer_pids() { echo "$PEER_PID"; }
cpu_ticks() {  # PIDS... -> utime + stime (fields 14 and 15; no process here has a space in its name)
  local p files=()
  for p; do [ -r "/proc/$p/stat" ] && files+=("/proc/$p/stat"); done
  [ ${#files[@]} -gt 0 ] || { echo 0; return; }
  awk '{ s += $14 + $15 } END { print s + 0 }' "${files[@]}" 2>/dev/null || echo 0
}
rss_kb() {  # PIDS... -> sum of VmRSS
  local p files=()
  for p; do [ -r "/proc/$p/status" ] && files+=("/proc/$p/status"); done
  [ ${#files[@]} -gt 0 ] || { echo 0; return; }
  awk '/^VmRSS:/ { s += $2 } END { print s + 0 }' "${files[@]}" 2>/dev/null || echo 0
}
sample_rss() {  # SIDE FILE: appends the side's RSS every 0.2 s until killed
  while :; do
    # shellcheck disable=SC2046
    rss_kb $("$1_pids") >>"$2"
    sleep 0.2
  done
}

# The value of KEY=N in a RESULT line, or empty.
result_field() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" <<<" $1"; }

# measure SIDE NAME CONNS THREADS URL SCRIPT [VAR=VALUE…]
# Runs wrk with the Lua SCRIPT of tests/perf/wrk (its settings given as VAR=VALUE in its
# environment) against URL for DURATION seconds (MEASURE_SECONDS instead, when set). The script prints
#   RESULT requests=N duration_us=N p50_us=N p99_us=N non2xx=N socket_errors=N [flows=N]
# where non2xx counts every answer other than the expected one. With flows=N the rate is in
# flows/s and the latencies are those of whole flows; otherwise requests/s and per request.
measure() {
  local side=$1 name=$2 conns=$3 threads=$4 url=$5 script=$6
  shift 6
  local file=${name//[^A-Za-z0-9_.,-]/_}
  local log=$OUT/$file-$conns-$side.wrk rssfile=$OUT/$file-$conns-$side.rss
  local t0 t1 pg0 pg1 n0=0 n1=0 sampler line profiler=
  : >"$rssfile"
  # shellcheck disable=SC2046
  [ "$side" != ours ] || n0=$(cpu_ticks $(nginx_pids))
  # shellcheck disable=SC2046
  t0=$(cpu_ticks $("${side}_pids"))
  # shellcheck disable=SC2046
  pg0=$(cpu_ticks $(pg_pids))
  sample_rss "$side" "$rssfile" &
  sampler=$!
  if [ "${PERF_PROFILE:-0}" = 1 ] && [ "$side" = ours ]; then
    # Every process on the machine, with call graphs, for the middle of the run.
    perf record -a -g -o "$OUT/$file-$conns.perf.data" -- \
      sleep $(( ${MEASURE_SECONDS:-$DURATION} > 3 ? ${MEASURE_SECONDS:-$DURATION} - 2 : 1 )) \
      >/dev/null 2>&1 &
    profiler=$!
  fi
  env "$@" wrk -t"$threads" -c"$conns" -d"${MEASURE_SECONDS:-$DURATION}s" --timeout 10s --latency \
    -s "$PERF/wrk/$script" "$url" >"$log" 2>&1 || true
  # shellcheck disable=SC2046
  t1=$(cpu_ticks $("${side}_pids"))
  # shellcheck disable=SC2046
  [ "$side" != ours ] || n1=$(cpu_ticks $(nginx_pids))
  # shellcheck disable=SC2046
  pg1=$(cpu_ticks $(pg_pids))
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  line=$(grep '^RESULT ' "$log" || true)
  if [ -z "$line" ]; then
    say "$name c=$conns $side: wrk gave no result (see $log)"
    FAILED=1; R[$name,$conns,$side,status]=FAIL; return
  fi
  local requests duration_us p50 p99 non2xx sockerr flows units unit=req secs
  requests=$(result_field "$line" requests)
  duration_us=$(result_field "$line" duration_us)
  p50=$(result_field "$line" p50_us)
  p99=$(result_field "$line" p99_us)
  non2xx=$(result_field "$line" non2xx)
  sockerr=$(result_field "$line" socket_errors)
  flows=$(result_field "$line" flows)
  units=${flows:-$requests}
  [ -z "$flows" ] || unit=flows
  secs=$(awk -v d="$duration_us" 'BEGIN { printf "%.3f", d / 1e6 }')
  R[$name,$conns,$side,requests]=$requests
  R[$name,$conns,$side,rps]=$(awk -v n="$units" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
  R[$name,$conns,$side,p50]=$(awk -v u="$p50" 'BEGIN { printf "%.2f", u / 1000 }')
  R[$name,$conns,$side,p99]=$(awk -v u="$p99" 'BEGIN { printf "%.2f", u / 1000 }')
  R[$name,$conns,$side,cpu]=$(awk -v a="$t0" -v b="$t1" -v h="$CLK_TCK" -v s="$secs" \
    'BEGIN { printf "%.0f", (b - a) / h / s * 100 }')
  R[$name,$conns,$side,pgcpu]=$(awk -v a="$pg0" -v b="$pg1" -v h="$CLK_TCK" -v s="$secs" \
    'BEGIN { printf "%.0f", (b - a) / h / s * 100 }')
  R[$name,$conns,$side,rss]=$(sort -n "$rssfile" | tail -n1 | awk '{ printf "%.1f", $1 / 1024 }')
  # CPU time per answer (µs): where the time goes, process by process.
  per_answer() { awk -v t="$1" -v h="$CLK_TCK" -v n="$units" 'BEGIN { if (n > 0) printf "%.0f", t / h * 1e6 / n; else print "-" }'; }
  R[$name,$conns,$side,us]=$(per_answer $((t1 - t0)))
  R[$name,$conns,$side,us_pg]=$(per_answer $((pg1 - pg0)))
  if [ "$side" = ours ]; then
    R[$name,$conns,$side,us_nginx]=$(per_answer $((n1 - n0)))
    R[$name,$conns,$side,us_idp]=$(per_answer $((t1 - t0 - (n1 - n0))))
  fi
  if [ -n "$profiler" ]; then
    wait "$profiler" 2>/dev/null || true
    profile_report "$OUT/$file-$conns.perf.data" >"$OUT/$file-$conns.profile.txt" 2>/dev/null || true
  fi
  if [ "$non2xx" != 0 ] || [ "$sockerr" != 0 ] || [ "$units" = 0 ]; then
    FAILED=1; R[$name,$conns,$side,status]=FAIL
    say "$name c=$conns $side: FAILED: $requests requests${flows:+, $flows flows}, $non2xx unexpected" \
      "answers, $sockerr socket errors $(grep '^FIRST_FAILURE' "$log" | head -n1)"
  else
    R[$name,$conns,$side,status]=ok
  fi
  say "$name c=$conns $side: ${R[$name,$conns,$side,rps]} $unit/s," \
    "p50 ${R[$name,$conns,$side,p50]} ms, p99 ${R[$name,$conns,$side,p99]} ms," \
    "CPU ${R[$name,$conns,$side,cpu]} %, peak RSS ${R[$name,$conns,$side,rss]} MB"
}

# A perf profile in text: CPU by process and library, then the hottest functions of each of the
# stack's processes.
profile_report() {  # PERF_DATA
  echo "CPU by process and library (all CPUs):"
  perf report -i "$1" --no-children --sort comm,dso --stdio -g none 2>/dev/null |
    grep -v '^#' | grep -v '^$' | head -n 20
  local comm
  for comm in idp-fcgi nginx postgres; do
    echo
    echo "Hottest functions in $comm:"
    perf report -i "$1" --no-children --comm "$comm" --sort dso,sym --stdio -g none 2>/dev/null |
      grep -v '^#' | grep -v '^$' | head -n 15 | cut -c1-160
  done
}

ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# The machine and load generator, for the lines above a table.
describe_machine() {
  echo "wrk: $WRK_THREADS threads (one per connection for scripted flows), ${DURATION} s per run," \
    "keep-alive, loopback; $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1))."
}

# The end of a run: non-zero when a scenario failed.
perf_finish() {
  if [ "$FAILED" != 0 ]; then
    say "some scenarios failed (an unexpected answer or a socket error); wrk output is in $OUT"
    exit 1
  fi
  say "all scenarios passed; the table is in $STACK/results.md"
}
