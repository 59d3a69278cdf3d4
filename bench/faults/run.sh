#!/usr/bin/env bash
# The full "proof that nothing is lost" run of docs/benchmarks.md: the fault tests
# (tests/Madoguchi.Faults.Tests) with more kills than the short run in test.sh, counted like any
# test run. Needs root (the full-disk test mounts a small filesystem) and PostgreSQL: uses
# MADOGUCHI_TEST_POSTGRES when set, else starts a throwaway cluster as test.sh does.
# Usage: bench/faults/run.sh [kills per crash test, default 10] [clients, default 16]
# Each test prints its figures (kills, receipts, refusals, peak memory); the trx is in artifacts/faults/.
set -euo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-10}
clients=${2:-16}
results=artifacts/faults
rm -rf "$results" && mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${MADOGUCHI_TEST_POSTGRES:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/madoguchi-faults-pg.XXXXXX)
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U madoguchi_test --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  for port in $(seq 55600 55630); do
    if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null 2>&1; then
      export MADOGUCHI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=madoguchi_test"
      break
    fi
  done
  [ -n "${MADOGUCHI_TEST_POSTGRES:-}" ] || { echo "PostgreSQL did not start (see $pg_dir/server.log)"; exit 1; }
fi

dotnet build tests/Madoguchi.Faults.Tests -c Release --nologo -v quiet
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}'); $kills kills per crash test, $clients clients"
MADOGUCHI_FAULTS_KILLS=$kills MADOGUCHI_FAULTS_CLIENTS=$clients \
  dotnet test tests/Madoguchi.Faults.Tests -c Release --no-build --nologo \
  --logger "console;verbosity=detailed" --logger "trx;LogFileName=faults.trx" --results-directory "$results"
