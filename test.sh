#!/usr/bin/env bash
# Runs the whole Madoguchi test suite on a fresh Debian machine, installing what it needs.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

log() { printf '\n==> %s\n' "$*"; }

# 1. System packages the tests use: Chromium (browser tests), Japanese fonts, Node (JS corpus).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
dpkg -s fonts-ipaexfont >/dev/null 2>&1 || missing+=(fonts-ipaexfont)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]} with apt"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/)"; echo "0 passed, 1 failed"; exit 1; }

# 2. Node packages pinned by the test projects' lock files (official data used as test oracles).
for dir in $(git ls-files 'tests/*package-lock.json' | xargs -r -n1 dirname); do
  log "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --silent) || { echo "npm ci failed in $dir"; echo "0 passed, 1 failed"; exit 1; }
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0
failed=0

log "Restore and build"
if ! dotnet build Madoguchi.slnx -c Release --nologo -v quiet; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

log "Code style (dotnet format --verify-no-changes)"
if dotnet format Madoguchi.slnx --verify-no-changes --no-restore -v quiet; then
  passed=$((passed + 1))
else
  echo "FAILED: dotnet format found style problems; run 'dotnet format Madoguchi.slnx'."
  failed=$((failed + 1))
fi

log "EF Core migrations match the model"
if dotnet tool restore >/dev/null && dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
    --project src/Madoguchi.Data.Sqlite --startup-project src/Madoguchi.Data.Sqlite >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAILED: the SQLite migrations do not match the model; add a migration."
  failed=$((failed + 1))
fi

log "JavaScript tests (node --test)"
if [ -d tests/js ]; then
  node --test tests/js/ > "$results/node.txt" 2>&1
  cat "$results/node.txt" | tail -n 12
  p=$(grep -E '^# pass ' "$results/node.txt" | awk '{print $3}')
  f=$(grep -E '^# fail ' "$results/node.txt" | awk '{print $3}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-1}))
fi

for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log "$name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
    x=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
    passed=$((passed + ${p:-0}))
    # Tests that never ran (a crashed host) count as failures.
    failed=$((failed + ${f:-0} + ${t:-0} - ${x:-0}))
  else
    echo "FAILED: $name produced no results."
    failed=$((failed + 1))
  fi
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
