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
# Ready when the OpenAPI document (public) lists the core resources: no login is tried, so no failed login counts
# against admin's lockout and the generated password stays unchanged for its user.
ready=no
for _ in $(seq 1 120); do
  document=$(curl -s --max-time 2 "http://localhost:$port/api/v1/openapi.json" 2>/dev/null || true)
  if grep -q '"/api/v1/streets"' <<<"$document"; then
    ready=yes
    break
  fi
  sleep 1
done
if [ "$ready" != yes ]; then
  echo "The platform did not answer on port $port within 120 s; see $home/data/log/karaf.log" >&2
  exit 1
fi
password_file="$home/data/initial-admin-password"
if [ -s "$password_file" ]; then
  password=$(tr -d '[:space:]' <"$password_file")
  login=$(cat <<LOGIN
  Password:  $password   (generated at the first start, in $password_file)
             It must be changed at the first login: until then every request answers 403 PASSWORD_CHANGE_REQUIRED.
             Change it (at least 10 characters, three of: lower case, upper case, digits, other characters):
               curl -u 'admin:$password' -H 'Content-Type: application/json' \\
                 -d '{"oldPassword":"$password","newPassword":"YOUR-NEW-PASSWORD"}' \\
                 http://localhost:$port/api/v1/auth/password
             The file is deleted once the password is changed.
LOGIN
)
else
  login="  Password:  the one you set at the first login (the generated one was changed and its file deleted)"
fi
cat <<MSG

Silverbranch is running (demo district: 松北区, 9 streets, 129 communities, 8 retiree branches).
  API:       http://localhost:$port/api/v1/streets   (OpenAPI: http://localhost:$port/api/v1/openapi.json)
  User:      admin
$login
  Try:       curl -u 'admin:YOUR-NEW-PASSWORD' http://localhost:$port/api/v1/streets
  Shell:     $home/bin/client     Stop: $home/bin/stop     Log: $home/data/log/karaf.log
MSG
