#!/usr/bin/env bash
# Hot-deploy benchmark of a service module in the running platform: how long from "install" to the module's first
# 200, how many core requests fail while the module is installed and uninstalled again and again, and whether
# uninstalling leaves classes behind (JVM Metaspace before and after many cycles).
#
#   bench/module-benchmark.sh [-m MODULE] [-c CYCLES] [-l LEAK_CYCLES] [-p PORT] [ARCHIVE]
#
#   ARCHIVE       default: distribution/target/silverbranch-*.tar.gz (build it first; this script builds nothing)
#   -m MODULE     module id, default volunteer; its endpoint GET /api/v1/MODULE/streets/230109002/teams must exist
#                 (-e PATH to name another path below /api/v1/MODULE/streets/230109002/)
#   -c CYCLES     install/uninstall cycles under core load, default 20
#   -l CYCLES     cycles for the Metaspace figure, default 50
#   -p PORT       HTTP port, default 18700 (SSH PORT+1, RMI PORT+2, PORT+3)
#   KEEP=1        keep the unpacked directory
#
# Prints: install -> first 200 (min/median/max ms), core requests sent and failed during the cycles, and Metaspace
# used (after a full GC) before and after the leak cycles. Targets (issue 3): 0 failed core requests; Metaspace
# growth under 5 MB after 50 cycles.
set -euo pipefail

module=volunteer endpoint=teams cycles=20 leak_cycles=50 port=18700
while getopts "m:e:c:l:p:h" opt; do
  case "$opt" in
    m) module=$OPTARG ;; e) endpoint=$OPTARG ;; c) cycles=$OPTARG ;; l) leak_cycles=$OPTARG ;; p) port=$OPTARG ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

repo=$(cd "$(dirname "$0")/.." && pwd)
archive=${1:-$(ls "$repo"/distribution/target/silverbranch-*.tar.gz 2>/dev/null | head -1 || true)}
[[ -n "$archive" && -f "$archive" ]] || { echo "no distribution archive; build it: ./mvnw install -DskipTests" >&2; exit 1; }
for tool in curl jcmd jstat; do command -v "$tool" >/dev/null || { echo "$tool is required (a JDK 17)" >&2; exit 1; }; done
unset SILVERBRANCH_HTTP_PORT

work=$(mktemp -d "${TMPDIR:-/tmp}/silverbranch-modbench.XXXXXX")
home="$work/karaf" pid="" load_pid=""
cleanup() {
  [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    timeout 30 "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

set_cfg() { sed -i -E "s|^[[:space:]]*$2[[:space:]]*=.*|$2 = $3|" "$1"; grep -q "^$2 = $3" "$1" || printf '\n%s = %s\n' "$2" "$3" >>"$1"; }
now_ms() { date +%s%3N; }

mkdir -p "$home"
tar xzf "$archive" -C "$home" --strip-components=1
set_cfg "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
set_cfg "$home/etc/org.apache.karaf.shell.cfg" sshPort "$((port + 1))"
set_cfg "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$((port + 2))"
set_cfg "$home/etc/org.apache.karaf.management.cfg" rmiServerPort "$((port + 3))"
setsid "$home/bin/karaf" server >"$work/console.log" 2>&1 &
pid=$!

api="http://localhost:$port/api/v1"
password="" auth=()
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { echo "karaf exited; see $home/data/log/karaf.log" >&2; exit 1; }
  if [[ -s "$home/data/initial-admin-password" ]]; then
    password=$(tr -d '[:space:]' <"$home/data/initial-admin-password")
    code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -u "admin:$password" "$api/streets" || true)
    [[ "$code" == 200 || "$code" == 403 ]] && break
  fi
  sleep 0.2
done
if [[ "${code:-}" == 403 ]]; then   # the generated password must be changed first
  new="Bench-$(date +%s)-Silverbranch!"
  curl -s --max-time 30 -o /dev/null -u "admin:$password" -H 'Content-Type: application/json' \
    -d "{\"oldPassword\":\"$password\",\"newPassword\":\"$new\"}" "$api/auth/password"
  password=$new
fi
auth=(-u "admin:$password")
[[ "$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "${auth[@]}" "$api/streets")" == 200 ]] || { echo "API not ready; see $home/data/log/karaf.log" >&2; exit 1; }
jpid=$(pgrep -P "$pid" java || echo "$pid")
[[ "$(cat /proc/"$jpid"/comm 2>/dev/null)" == java ]] || jpid=$pid

street=230109002
curl -s --max-time 30 -o /dev/null -f "${auth[@]}" -X PUT "$api/streets/$street/modules/$module" || { echo "cannot enable $module" >&2; exit 1; }
module_url="$api/$module/streets/$street/$endpoint"

cycle() {   # prints ms from install to the module's first 200
  local t0 code
  t0=$(now_ms)
  curl -s --max-time 30 -o /dev/null -f "${auth[@]}" -X POST "$api/modules/$module/install" || { echo "install failed" >&2; return 1; }
  for _ in $(seq 1 600); do
    code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "${auth[@]}" "$module_url" || true)
    [[ "$code" == 200 ]] && break
    sleep 0.01
  done
  [[ "$code" == 200 ]] || { echo "module endpoint answered $code after install" >&2; return 1; }
  echo $(( $(now_ms) - t0 ))
  curl -s --max-time 30 -o /dev/null -f "${auth[@]}" -X POST "$api/modules/$module/uninstall" || { echo "uninstall failed" >&2; return 1; }
}

# Core load: GETs of core endpoints as fast as one curl loop goes, each status written down.
statuses="$work/core-statuses"
touch "$work/load" "$statuses"
( while [[ -f "$work/load" ]]; do
    curl -s -o /dev/null --max-time 10 -w '%{http_code}\n' "${auth[@]}" "$api/streets/$street/members?size=5" >>"$statuses" || true
  done ) &
load_pid=$!

timings=()
for i in $(seq 1 "$cycles"); do timings+=("$(cycle)"); done
rm -f "$work/load"; wait "$load_pid" 2>/dev/null || true; load_pid=""
sent=$(wc -l <"$statuses") failed=$(grep -vc '^200$' "$statuses" || true)

metaspace_kb() { jcmd "$jpid" GC.run >/dev/null; sleep 1; jstat -gc "$jpid" | awk 'NR == 2 { for (i = 1; i <= NF; i++) if (h[i] == "MU") print int($i) } NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }'; }
bundle_loaders() { jcmd "$jpid" VM.classloader_stats | grep -c 'BundleWiringImpl\$BundleClassLoader' || true; }
before=$(metaspace_kb) loaders_before=$(bundle_loaders)
for i in $(seq 1 "$leak_cycles"); do cycle >/dev/null; done
after=$(metaspace_kb) loaders_after=$(bundle_loaders)

sorted=$(printf '%s\n' "${timings[@]}" | sort -n)
echo
echo "module $module, $cycles install/uninstall cycles under core load, then $leak_cycles more for Metaspace"
echo "install -> first 200 of $endpoint: min $(echo "$sorted" | head -1) ms, median $(echo "$sorted" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }') ms, max $(echo "$sorted" | tail -1) ms"
echo "core requests during the cycles: $sent sent, $failed failed (target 0)"
echo "bundle class loaders alive after full GC: before $loaders_before, after $leak_cycles cycles $loaders_after"
echo "Metaspace used after full GC: before $((before / 1024)) MB, after $leak_cycles cycles $((after / 1024)) MB, growth $(( (after - before) / 1024 )) MB (target < 5 MB)"
