#!/usr/bin/env bash
# Browser end-to-end tests: starts the packaged app on the embedded database on a free port,
# runs every e2e/tests/*.test.mjs in Debian's Chromium (Playwright), stops the app.
# Usage: e2e/run.sh [test file ...]   (builds the jar first if target/ has none)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
jar=$(ls target/lyceum-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw --batch-mode --no-transfer-progress -DskipTests package
  jar=$(ls target/lyceum-*.jar | grep -v original | head -1)
fi
# Debian's Chromium (a browser downloaded by a test tool cannot be fetched here): installed when
# missing and this user can, otherwise the exact command to run is said.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "e2e: installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "e2e: Debian's chromium is missing; install it with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
if ! command -v node > /dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "e2e: Node.js 20 or newer is needed for the browser tests (Debian: sudo apt-get install -y nodejs npm)" >&2
  exit 1
fi
if [ ! -d e2e/node_modules/playwright-core ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
work=$(mktemp -d)
mkdir -p e2e/screenshots
log=e2e/screenshots/app.log
# A staff account of this run's own, for scenarios that need the console (plans). Every scenario
# signs up its own organization from this one address: more than the default 3 sign-ups an hour.
staff_password="e2e-staff-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
java -jar "$jar" --server.port="$port" --lyceum.base-domain="localhost:$port" \
  --lyceum.embedded-db.data-dir="$work/pg" --lyceum.demo=false \
  --lyceum.admin.email=staff@e2e.test --lyceum.admin.password="$staff_password" \
  --lyceum.signup.max-per-address=100 > "$log" 2>&1 &
app=$!
stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

echo "e2e: waiting for the app on port $port (log: $log)"
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "e2e: the app stopped; see $log" >&2; tail -40 "$log" >&2; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null || { echo "e2e: the app did not start in 180 s" >&2; exit 1; }

scenarios() {
  LYCEUM_URL="http://localhost:$port" LYCEUM_STAFF_EMAIL=staff@e2e.test LYCEUM_STAFF_PASSWORD="$staff_password" \
    node --test --test-concurrency=1 "$@"
}
if [ $# -gt 0 ]; then
  scenarios "$@"
else
  scenarios e2e/tests/*.test.mjs
  # Every scenario again on small screens: students on a phone, staff on a tablet (07 is the
  # phone's own scenario already).
  echo "e2e: the scenarios again with students on a phone and staff on a tablet"
  LYCEUM_SCREENS=small scenarios $(ls e2e/tests/*.test.mjs | grep -v '/07-')
fi
