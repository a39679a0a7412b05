#!/usr/bin/env bash
# Launch-to-ready time of the packaged jar on the embedded database: first start (initdb, platform
# and demo migrations) and a restart on the same data. Prints figures; build first with ./mvnw package.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/lyceum-*.jar | head -n1)
data=$(mktemp -d)
port=${PORT:-18080}

measure() {
  local label=$1 start end pid
  start=$(date +%s%N)
  "$JAVA" -jar "$jar" --server.port="$port" --lyceum.embedded-db.data-dir="$data/pg" >"$data/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
    sleep 0.1
  done
  end=$(date +%s%N)
  echo "BENCH $label: $(( (end - start) / 1000000 )) ms to healthy"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure first-start
measure restart
echo "BENCH jar size: $(du -m "$jar" | cut -f1) MB"
rm -rf "$data"
