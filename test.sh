#!/usr/bin/env bash
# Builds once, then runs every test project twice: on SQLite and on a throwaway PostgreSQL.
# Works on a fresh Debian 12 as root with the .NET SDK: installs Chromium, CJK fonts and PostgreSQL when missing.
# HUIJIN_SKIP_E2E=1 skips tests/HuijinCardHub.E2E (quick local runs; CI does not set it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Playwright must use Debian's Chromium, never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_BROWSERS_PATH=0

log() { printf '\n=== %s\n' "$*"; }

# --- machine prerequisites ---------------------------------------------------------------
have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }
# grep without -q reads all input: an early exit would SIGPIPE fc-list and fail the pipeline under pipefail.
have_cjk_font() { command -v fc-list >/dev/null && fc-list : family | grep -i 'Noto Sans CJK' >/dev/null; }
if [[ ! -x /usr/bin/chromium ]] || ! have_cjk_font || ! have_postgres; then
  log "installing chromium, fonts-noto-cjk, postgresql"
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing prerequisites and not root: apt-get install chromium fonts-noto-cjk postgresql" >&2
    exit 1
  fi
  apt-get update
  # The package may start its own cluster on 5432; we never use it (ours runs below, on another port).
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk postgresql
fi

# --- throwaway PostgreSQL ----------------------------------------------------------------
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  python3 - <<'PY'
import socket
for port in range(55432, 55632):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(port)
        break
PY
}

# Under /tmp so the postgres user can reach it; the socket goes there too, not to /run/postgresql.
pg_dir=$(mktemp -d /tmp/huijin-pg.XXXXXX)
results_dir=$(mktemp -d /tmp/huijin-test-results.XXXXXX)
cleanup() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$results_dir"
}
trap cleanup EXIT

chmod 755 "$pg_dir"
if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$pg_dir"; fi
pg_port=$(free_port)
[[ -n "$pg_port" ]] || { echo "no free port for PostgreSQL" >&2; exit 1; }
log "starting PostgreSQL ($pg_bin) on 127.0.0.1:$pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: the data is thrown away, and tests create many databases.
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-k $pg_dir -h 127.0.0.1 -p $pg_port -c fsync=off -c synchronous_commit=off -c max_connections=300" \
  start >/dev/null || { cat "$pg_dir/server.log" >&2; exit 1; }
for _ in $(seq 1 60); do
  "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
  sleep 1
done
"$pg_bin/pg_isready" -h 127.0.0.1 -p "$pg_port" || { cat "$pg_dir/server.log" >&2; exit 1; }
postgres_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
unset HUIJIN_TEST_POSTGRES

# --- build once --------------------------------------------------------------------------
log "dotnet build HuijinCardHub.sln -c Release"
dotnet build HuijinCardHub.sln -c Release

# A test project not yet in the solution was not built above: build it alone rather than
# fail later with a missing test dll (its references are built already, so this is quick).
for proj in tests/*/*.csproj; do
  if ! grep -qF "$(basename "$proj")" HuijinCardHub.sln; then
    log "warning: $proj is not in HuijinCardHub.sln, building it on its own"
    dotnet build "$proj" -c Release
  fi
done

# --- run every test project on both databases -------------------------------------------
projects=()
for proj in tests/*/*.csproj; do
  if [[ "${HUIJIN_SKIP_E2E:-}" == 1 && "$proj" == tests/HuijinCardHub.E2E/* ]]; then
    log "skipping $proj (HUIJIN_SKIP_E2E=1)"
    continue
  fi
  projects+=("$proj")
done
if [[ ${#projects[@]} -eq 0 ]]; then
  echo "no test projects under tests/" >&2
  echo "0 passed, 0 failed"
  exit 1
fi

failures=()
run_tests() { # project, database label, env assignments...
  local proj=$1 db=$2 name
  shift 2
  name=$(basename "$proj" .csproj)
  log "dotnet test $name on $db"
  if ! env "$@" dotnet test "$proj" -c Release --no-build \
      --logger "console;verbosity=normal" \
      --logger "trx;LogFileName=${name}.${db}.trx" \
      --results-directory "$results_dir" \
      --blame-hang-timeout 10m --blame-hang-dump-type none; then
    failures+=("$name on $db")
  fi
}
for proj in "${projects[@]}"; do
  run_tests "$proj" sqlite -u HUIJIN_TEST_POSTGRES
  run_tests "$proj" postgres "HUIJIN_TEST_POSTGRES=$postgres_connection"
done

# --- summary -----------------------------------------------------------------------------
# Sum the TRX counters of every run: the last line is the one CI reads.
read -r passed failed < <(python3 - "$results_dir" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for counters in ET.parse(path).getroot().iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}Counters"):
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
print(passed, failed)
PY
)

status=0
if [[ ${#failures[@]} -gt 0 ]]; then
  # CI keeps only the tail of the output: name each failed test and the start of its message here.
  log "failed tests:"
  python3 - "$results_dir" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
for path in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    for result in ET.parse(path).getroot().iter(ns + "UnitTestResult"):
        if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = result.find(f"{ns}Output/{ns}ErrorInfo/{ns}Message")
        stack = result.find(f"{ns}Output/{ns}ErrorInfo/{ns}StackTrace")
        print(f"--- {os.path.basename(path)}: {result.get('testName')} ({result.get('duration')})")
        text = (message.text if message is not None else "") or ""
        print("\n".join(text.strip().splitlines()[:25]))
        if stack is not None and stack.text:
            print("\n".join(stack.text.strip().splitlines()[:8]))
PY
  log "failed runs:"
  printf '  %s\n' "${failures[@]}"
  status=1
fi
if [[ $((passed + failed)) -eq 0 ]]; then
  log "no test ran at all"
  status=1
fi
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=${#failures[@]} # a run that crashed before writing its TRX still counts as failed
fi
echo
echo "$passed passed, $failed failed"
exit $status
