#!/usr/bin/env bash
# Starts the built distribution (distribution/target/assembly) in the background with the embedded Derby
# database, waits until the REST API answers, and prints where to go and how to log in.
# Usage: distribution/start-demo.sh   (after ./mvnw -B install -DskipTests)
set -euo pipefail
home="$(cd "$(dirname "$0")" && pwd)/target/assembly"
port="${SILVERBRANCH_HTTP_PORT:-8181}"
[ -x "$home/bin/start" ] || { echo "No built distribution in $home: run ./mvnw -B install -DskipTests first" >&2; exit 1; }

if ! "$home/bin/status" >/dev/null 2>&1; then
  SILVERBRANCH_HTTP_PORT="$port" "$home/bin/start"
fi
echo "Starting Silverbranch in $home ..."
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1/openapi.json" || true)
  [ "$code" = 200 ] && [ -s "$home/data/initial-admin-password" ] && break
  sleep 1
done
if [ "$code" != 200 ]; then
  echo "The platform did not answer on port $port within 120 s; see $home/data/log/karaf.log" >&2
  exit 1
fi
cat <<MSG

Silverbranch is running (demo district: 松北区, 9 streets, 129 communities, 8 retiree branches).
  API:       http://localhost:$port/api/v1/streets   (OpenAPI: http://localhost:$port/api/v1/openapi.json)
  User:      admin
  Password:  $(cat "$home/data/initial-admin-password")   (from $home/data/initial-admin-password)
  Try:       curl -u admin:PASSWORD http://localhost:$port/api/v1/streets
  Shell:     $home/bin/client     Stop: $home/bin/stop     Log: $home/data/log/karaf.log
MSG
