#!/usr/bin/env bash
# Runs the whole Madoguchi test suite on a fresh Debian machine, installing what it needs.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

log() { printf '\n==> %s\n' "$*"; }

# 1. System packages the tests use: Chromium (browser tests), Japanese fonts (pages, and the fonts the
#    case PDF embeds: IPAex明朝/ゴシック with IPAmj明朝 as fallback), poppler-utils (the PDF tests read
#    the PDFs back), Node (JS corpus), PostgreSQL (the second database every data test runs on).
pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[ -n "$(pg_bin_dir)" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
dpkg -s fonts-ipaexfont >/dev/null 2>&1 || missing+=(fonts-ipaexfont)
for package in fonts-ipaexfont-gothic fonts-ipaexfont-mincho fonts-ipamj-mincho poppler-utils; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
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

dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  log "EF Core migrations match the model ($provider)"
  if dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
      --project "src/Madoguchi.Data.$provider" --startup-project "src/Madoguchi.Data.$provider" >/dev/null; then
    passed=$((passed + 1))
  else
    echo "FAILED: the $provider migrations do not match the model; add a migration."
    failed=$((failed + 1))
  fi
done

log "JavaScript tests (node --test)"
if [ -d tests/js ]; then
  node --test tests/js/ > "$results/node.txt" 2>&1
  cat "$results/node.txt" | tail -n 12
  p=$(grep -E '^# pass ' "$results/node.txt" | awk '{print $3}')
  f=$(grep -E '^# fail ' "$results/node.txt" | awk '{print $3}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-1}))
fi

# A throwaway PostgreSQL cluster owned by this run: loopback only, trust auth, no fsync (its data
# is thrown away), removed on exit. The tests create and drop one database per app under test.
log "PostgreSQL: a throwaway cluster for the test run"
pg_bin=$(pg_bin_dir)
pg_dir=$(mktemp -d /tmp/madoguchi-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root; Debian's package creates the postgres user.
  id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
stop_postgres() {
  [ -f "$pg_dir/data/postmaster.pid" ] && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
pg_port=""
if "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U madoguchi_test --auth=trust -E UTF8 --locale=C.UTF-8 >"$results/initdb.log" 2>&1; then
  # Another run on this machine may hold a port; take the first free one.
  for port in $(seq 55432 55462); do
    if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null 2>&1; then
      pg_port=$port
      break
    fi
  done
fi
if [ -n "$pg_port" ]; then
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
  export MADOGUCHI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=madoguchi_test"
else
  echo "FAILED: could not start PostgreSQL (see $results/initdb.log and $pg_dir/server.log)."
  cat "$pg_dir/server.log" 2>/dev/null | tail -n 20
fi

# Runs one test project with one database; adds its counts to the totals.
run_tests() {
  local project=$1 label=$2 database=$3
  log "$label"
  if [ "$database" = postgres ] && [ -z "$pg_port" ]; then
    echo "FAILED: $label needs PostgreSQL, which did not start."
    failed=$((failed + 1))
    return
  fi
  local server_log="$results/$label.server-errors.log"
  rm -f "$server_log"
  MADOGUCHI_TEST_SERVER_LOG=$server_log MADOGUCHI_TEST_DATABASE=$database dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$label.trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
  local trx="$results/$label.trx" counters p f t x
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
    x=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
    passed=$((passed + ${p:-0}))
    # A failed test may have met a server error: show what the apps logged (many tests provoke errors on purpose).
    if [ "${f:-0}" -gt 0 ] && [ -s "$server_log" ]; then
      echo "Errors the test apps logged during $label (last 80 lines of $server_log):"
      tail -n 80 "$server_log"
    fi
    # Tests that never ran (a crashed host) count as failures.
    failed=$((failed + ${f:-0} + ${t:-0} - ${x:-0}))
  else
    echo "FAILED: $label produced no results."
    failed=$((failed + 1))
  fi
}

# Projects that touch the database run on both; pure libraries once; several-node tests need PostgreSQL;
# the fault tests (crash, duplicates, full disk, overload, database restart) pick the database per
# test, so they run once, with PostgreSQL at hand (and as root: the full-disk test mounts a small disk).
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  case "$name" in
    Madoguchi.Web.Tests | Madoguchi.Browser.Tests)
      SECONDS=0
      run_tests "$project" "$name.sqlite" sqlite
      echo "($name on SQLite: ${SECONDS}s)"
      SECONDS=0
      run_tests "$project" "$name.postgres" postgres
      echo "($name on PostgreSQL: ${SECONDS}s)"
      ;;
    Madoguchi.Cluster.Tests) run_tests "$project" "$name.postgres" postgres ;;
    Madoguchi.Faults.Tests)
      SECONDS=0
      run_tests "$project" "$name" postgres
      echo "($name: ${SECONDS}s)"
      ;;
    *) run_tests "$project" "$name" sqlite ;;
  esac
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
