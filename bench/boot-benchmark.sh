#!/usr/bin/env bash
# Boot benchmark: how long the built distribution takes from process start to a working API, and how much
# memory it holds, compared with the same Karaf running only the third-party features.
#
#   bench/boot-benchmark.sh [-n RUNS] [-p BASE_PORT] [-t TIMEOUT_S] [-s SETTLE_S] [ARCHIVE]
#
#   ARCHIVE     default: distribution/target/silverbranch-*.tar.gz (build it first; this script builds nothing)
#   -n RUNS     runs per mode, default 3
#   -p PORT     first port, default 18200; run i of the benchmark listens on HTTP PORT+i, SSH PORT+100+i,
#               RMI registry PORT+200+i, RMI server PORT+300+i, so a Karaf that failed to stop never answers a later run
#   -t SECONDS  longest wait for one boot, default 120
#   -s SECONDS  wait after boot before reading RSS, default 5
#   KEEP=1      keep the unpacked directories (logs in <dir>/data/log/karaf.log)
#
# Modes (each run is a fresh unpack; silverbranch and bare time the first start, i.e. empty data/):
#   silverbranch  the distribution as shipped. Boot = ms from starting `bin/karaf server` to the first
#                 authenticated answer of the published core API: GET /api/v1/streets as admin with the password
#                 from data/initial-admin-password answers 403 PASSWORD_CHANGE_REQUIRED (a generated password must
#                 be changed before anything else) while the public OpenAPI document lists /api/v1/streets.
#   restart       silverbranch started once untimed, stopped, then timed like silverbranch: the everyday boot,
#                 without the one-time schema creation, admin password hash and demo data of a first start.
#   bare          the same unpack with featuresBoot changed from silverbranch-core to silverbranch-core-platform
#                 (the same JPA, EclipseLink, pax-jdbc, CXF and Jackson features, no Silverbranch bundles).
#                 Boot = ms until HTTP answers (any status) and Karaf has logged that the boot features are all
#                 installed and started ("Deployment finished"): Jetty alone answers seconds before that.
# RSS = VmRSS of the Karaf JVM from /proc/PID/status, SETTLE seconds after boot.
#
# Needs: bash, GNU coreutils, tar, curl, Linux /proc, java 17 (JAVA_HOME or on PATH).
set -euo pipefail

runs=3 base_port=18200 boot_timeout=120 settle=5
while getopts "n:p:t:s:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    p) base_port=$OPTARG ;;
    t) boot_timeout=$OPTARG ;;
    s) settle=$OPTARG ;;
    *) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

repo=$(cd "$(dirname "$0")/.." && pwd)
archive=${1:-$(ls "$repo"/distribution/target/silverbranch-*.tar.gz 2>/dev/null | head -1 || true)}
[[ -n "$archive" && -f "$archive" ]] || { echo "no distribution archive; build it: ./mvnw install -DskipTests" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
export JAVA_HOME
unset SILVERBRANCH_HTTP_PORT   # the port is set in etc/ per run

work=$(mktemp -d "${TMPDIR:-/tmp}/silverbranch-bench.XXXXXX")
pid=""   # the running Karaf; it leads its own process group (setsid)

stop_karaf() {   # $1 = karaf home
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    timeout 30 "$1/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  (did not stop within 60 s; killing $pid)" >&2
      kill -TERM -- "-$pid" 2>/dev/null || true; sleep 5; kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  pid=""
}

cleanup() {
  if [[ -n "$pid" ]]; then
    kill -TERM -- "-$pid" 2>/dev/null || true; sleep 2; kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

set_cfg() {   # file key value: replace "key = ..." or append it
  if grep -qE "^[[:space:]]*$2[[:space:]]*[=:]" "$1"; then
    sed -i -E "s|^[[:space:]]*$2[[:space:]]*[=:].*|$2 = $3|" "$1"
  else
    printf '\n%s = %s\n' "$2" "$3" >>"$1"
  fi
}

now_ms() { date +%s%3N; }

java_pid() {   # the JVM: bin/karaf server execs java, but follow a child if a wrapper stayed
  local p=$1
  for _ in 1 2 3; do
    [[ "$(cat /proc/"$p"/comm 2>/dev/null)" == java ]] && { echo "$p"; return; }
    p=$(pgrep -P "$p" | head -1) || return 0
  done
}

declare -a result_mode result_run result_boot result_rss
index=0

bench() {   # mode run
  local mode=$1 run=$2 home="$work/$1-$2"
  local http=$((base_port + index)) ssh=$((base_port + 100 + index))
  local rmi_registry=$((base_port + 200 + index)) rmi_server=$((base_port + 300 + index))
  index=$((index + 1))
  mkdir -p "$home"
  tar xzf "$archive" -C "$home" --strip-components=1
  set_cfg "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$http"
  set_cfg "$home/etc/org.apache.karaf.shell.cfg" sshPort "$ssh"
  set_cfg "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$rmi_registry"
  set_cfg "$home/etc/org.apache.karaf.management.cfg" rmiServerPort "$rmi_server"
  if [[ "$mode" == bare ]]; then
    # featuresBoot lists "silverbranch-core/0.1.0.SNAPSHOT, \"; keep the version, swap the feature
    sed -i -E 's#(^|[[:space:]])silverbranch-core/#\1silverbranch-core-platform/#' "$home/etc/org.apache.karaf.features.cfg"
    grep -q 'silverbranch-core-platform/' "$home/etc/org.apache.karaf.features.cfg" \
      || { echo "featuresBoot has no silverbranch-core to replace" >&2; exit 1; }
  fi
  if [[ "$mode" == restart ]]; then   # a first start that is not timed: schema, admin, demo data are then in place
    setsid "$home/bin/karaf" server >"$home/console-first.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 $((boot_timeout * 10))); do
      grep -q 'Deployment finished' "$home/data/log/karaf.log" 2>/dev/null && [[ -s "$home/data/initial-admin-password" ]] && break
      sleep 0.1
    done
    sleep 2
    stop_karaf "$home"
  fi

  local url="http://localhost:$http/api/v1/streets" started boot="" code password_file="$home/data/initial-admin-password"
  started=$(now_ms)
  setsid "$home/bin/karaf" server >"$home/console.log" 2>&1 &
  pid=$!
  local deadline=$((started + boot_timeout * 1000))
  while (( $(now_ms) < deadline )); do
    kill -0 "$pid" 2>/dev/null || { echo "  $mode run $run: karaf exited; see $home/data/log/karaf.log" >&2; break; }
    if [[ "$mode" == bare ]]; then
      # booted = HTTP answers and every boot feature is installed and started (Karaf logs it when done)
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
      if [[ "$code" != 000 ]] && grep -q 'Deployment finished' "$home/data/log/karaf.log" 2>/dev/null; then
        boot=$(( $(now_ms) - started )); break
      fi
    elif [[ -s "$password_file" ]]; then
      document=$(curl -s --max-time 2 "http://localhost:$http/api/v1/openapi.json" || true)
      if grep -q '"/api/v1/streets"' <<<"$document"; then
        answer=$(curl -s --max-time 5 -u "admin:$(tr -d '[:space:]' <"$password_file")" "$url" || true)
        code=$(grep -o '"code":"[A-Z_]*"' <<<"$answer" | head -1 || true)
        [[ "$code" == '"code":"PASSWORD_CHANGE_REQUIRED"' ]] && { boot=$(( $(now_ms) - started )); break; }
      fi
    fi
    sleep 0.1
  done

  local rss="" jpid
  if kill -0 "$pid" 2>/dev/null; then
    sleep "$settle"
    jpid=$(java_pid "$pid")
    [[ -n "$jpid" ]] && rss=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' /proc/"$jpid"/status 2>/dev/null || true)
  fi
  stop_karaf "$home"
  [[ -z "$boot" ]] && echo "  $mode run $run: no answer within ${boot_timeout} s (last HTTP status ${code:-none}); see $home/data/log/karaf.log" >&2
  result_mode+=("$mode") result_run+=("$run") result_boot+=("${boot:-timeout}") result_rss+=("${rss:-n/a}")
  printf '  %-12s run %d: boot %s ms, RSS %s MB\n' "$mode" "$run" "${boot:-timeout}" "${rss:-n/a}" >&2
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$home"
  [[ -n "$boot" ]]
}

median() {   # numbers on stdin (non-numbers ignored) -> median, or n/a
  grep -E '^[0-9]+$' | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

column_of() {   # mode field -> values, one per line
  local i
  for i in "${!result_mode[@]}"; do
    [[ "${result_mode[$i]}" == "$1" ]] || continue
    if [[ "$2" == boot ]]; then echo "${result_boot[$i]}"; else echo "${result_rss[$i]}"; fi
  done
}

ratio() { [[ "$1" =~ ^[0-9]+$ && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || echo n/a; }

echo "archive: $archive ($(du -m "$archive" | cut -f1) MB), $runs runs per mode, java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2
for mode in silverbranch restart bare; do
  for run in $(seq 1 "$runs"); do
    if ! bench "$mode" "$run" && [[ "$mode" == silverbranch && "$run" == 1 ]]; then
      echo "  silverbranch: the API did not answer on the first run; skipping its other runs" >&2
      break
    fi
  done
done

echo
echo "bare = the same distribution with featuresBoot silverbranch-core replaced by silverbranch-core-platform"
echo "       (same third-party features, no Silverbranch bundles); its boot ends when HTTP answers and the boot features are started."
echo "restart = silverbranch started a second time on the data of its first start (no schema creation, demo data, admin)."
echo
printf '%-14s %6s %10s %8s\n' mode run "boot ms" "RSS MB"
for i in "${!result_mode[@]}"; do
  printf '%-14s %6s %10s %8s\n' "${result_mode[$i]}" "${result_run[$i]}" "${result_boot[$i]}" "${result_rss[$i]}"
done
sb_boot=$(column_of silverbranch boot | median) sb_rss=$(column_of silverbranch rss | median)
re_boot=$(column_of restart boot | median) re_rss=$(column_of restart rss | median)
bare_boot=$(column_of bare boot | median) bare_rss=$(column_of bare rss | median)
printf '%-14s %6s %10s %8s\n' "silverbranch" median "$sb_boot" "$sb_rss"
printf '%-14s %6s %10s %8s\n' "restart" median "$re_boot" "$re_rss"
printf '%-14s %6s %10s %8s\n' "bare" median "$bare_boot" "$bare_rss"
printf '%-14s %6s %10s %8s\n' "ratio s/b" "" "$(ratio "$sb_boot" "$bare_boot")" "$(ratio "$sb_rss" "$bare_rss")"
printf '%-14s %6s %10s %8s\n' "ratio r/b" "" "$(ratio "$re_boot" "$bare_boot")" "$(ratio "$re_rss" "$bare_rss")"
