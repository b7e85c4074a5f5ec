#!/usr/bin/env bash
# Availability search benchmark of the venue booking module: the search across venues by type, day and size
# (GET /api/v1/venue/streets/{code}/availability, the service call behind it) over many venues and bookings, on the
# module's test database: Derby in memory, or PostgreSQL with SILVERBRANCH_TEST_POSTGRES set (a JDBC URL).
#
#   bench/venue-benchmark.sh [-v VENUES] [-b BOOKINGS] [-d DAYS] [-s SEARCHES]
#
#   -v VENUES     venues, default 200 (two thirds of 太阳岛街道, one third of 松北街道 shared with it)
#   -b BOOKINGS   confirmed bookings with their slot claims, default 50000
#   -d DAYS       days the bookings are spread over, from the test's today, default 60
#   -s SEARCHES   measured searches after 50 warm-up ones, default 500
#
# Prints the load times and the search latency p50/p90/p99/max in ms. Needs the core bundles in the local
# repository (./mvnw install once); builds nothing else. Runs offline.
set -euo pipefail

venues=200 bookings=50000 days=60 searches=500
while getopts "v:b:d:s:h" opt; do
  case "$opt" in
    v) venues=$OPTARG ;; b) bookings=$OPTARG ;; d) days=$OPTARG ;; s) searches=$OPTARG ;;
    *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
module=bundles/org.silverbranch.module.venue
rm -f "$repo/$module/target/venue-benchmark.txt"
cd "$repo"
./mvnw -B -o -q test -pl "$module" -Dtest=AvailabilityBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvenue.bench.venues="$venues" -Dvenue.bench.bookings="$bookings" -Dvenue.bench.days="$days" \
  -Dvenue.bench.searches="$searches" >/dev/null
cat "$repo/$module/target/venue-benchmark.txt"
