#!/usr/bin/env bash
# Benchmark: builds duban, generates the workloads and times templates, collect and report end to
# end against the openpyxl/pandas peer and the bare unzip+StAX limit. See bench/README.md.
#   bench/run.sh            full sizes (about 15 minutes the first time, workloads are cached)
#   bench/run.sh --quick    small sizes, one run each: checks the harness works, not how fast
# Other options (--runs N, --only collect, --reuse-data) are passed to bench/harness.py.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the harness needs, installed the way .ci/run installs LibreOffice (Debian/Ubuntu).
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ -x /usr/bin/time ] || need+=(time)                        # wall time, CPU time and peak RSS
# The peer runs on Debian's own python, where the Debian packages install (not a pyenv python3).
[ -x /usr/bin/python3 ] || need+=(python3)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || need+=(python3-pandas)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "bench/run.sh needs these Debian packages: ${need[*]} (apt-get install them as root)" >&2
    exit 2
  fi
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "building duban (mvn -DskipTests package)" >&2
# Offline when the local repository has every plugin; a fresh machine has to fetch the package plugins.
mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package
mkdir -p bench/work/classes
javac -encoding UTF-8 -nowarn -cp target/duban.jar -d bench/work/classes bench/src/*.java

exec /usr/bin/python3 bench/harness.py "$@"
