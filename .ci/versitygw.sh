#!/usr/bin/env bash
# S3-compatible object storage for the tests: versitygw (Apache-2.0), built from
# the Go module proxy and cached outside the clone, keyed by version.
#
#   bash .ci/versitygw.sh install   builds (or reuses) the binary and prints its path
#   source .ci/versitygw.sh         (from .ci/run) starts it on a free temp root, stops it
#                                   when the calling shell exits, and exports the S3 test env
set -euo pipefail

VERSITYGW_VERSION=1.8.0
VERSITYGW_PORT=${VERSITYGW_PORT:-7070}

versitygw_install() {
  local bin_dir="${XDG_CACHE_HOME:-$HOME/.cache}/dvctt/versitygw-${VERSITYGW_VERSION}"
  if [ ! -x "$bin_dir/versitygw" ]; then
    command -v go >/dev/null || { echo "Thiếu Go: cài Go ≥ 1.24 để dựng versitygw." >&2; return 1; }
    echo "› go install versitygw v${VERSITYGW_VERSION} → $bin_dir (≈ 2 phút CPU lần đầu)" >&2
    mkdir -p "$bin_dir"
    GOBIN="$bin_dir" GOFLAGS=-mod=mod go install "github.com/versity/versitygw/cmd/versitygw@v${VERSITYGW_VERSION}"
  fi
  echo "$bin_dir/versitygw"
}

stop_versitygw() {
  kill "$VERSITYGW_PID" 2>/dev/null || true
  rm -rf "$VERSITYGW_ROOT"
}

versitygw_start() {
  local bin root key secret
  bin=$(versitygw_install)
  root=$(mktemp -d "${TMPDIR:-/tmp}/dvctt-versitygw.XXXXXX")
  # Fresh keys each run: nothing to commit, nothing to leak.
  key=$(openssl rand -hex 10)
  secret=$(openssl rand -hex 20)
  mkdir -p "$root/data"
  # A server left on the port (another run on this machine) would answer with other keys: take the next free one.
  while (exec 3<>"/dev/tcp/127.0.0.1/${VERSITYGW_PORT}") 2>/dev/null; do VERSITYGW_PORT=$((VERSITYGW_PORT + 1)); done
  ROOT_ACCESS_KEY="$key" ROOT_SECRET_KEY="$secret" \
    "$bin" --port "127.0.0.1:${VERSITYGW_PORT}" posix "$root/data" >"$root/versitygw.log" 2>&1 &
  VERSITYGW_PID=$!
  VERSITYGW_ROOT=$root
  # Chain onto any EXIT trap .ci/run already has (MongoDB…). Traps hold function names only,
  # so chaining never nests quotes.
  local previous
  previous=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  # shellcheck disable=SC2064
  trap "stop_versitygw; ${previous:-:}" EXIT
  local tries=0
  # Bash's own TCP probe: curl is not on every CI image.
  until (exec 3<>"/dev/tcp/127.0.0.1/${VERSITYGW_PORT}") 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$VERSITYGW_PID" 2>/dev/null; then
      echo "versitygw không khởi động được; nhật ký:" >&2
      cat "$root/versitygw.log" >&2
      return 1
    fi
    sleep 0.1
  done
  export S3_TEST_ENDPOINT="http://127.0.0.1:${VERSITYGW_PORT}"
  export S3_TEST_ACCESS_KEY_ID="$key"
  export S3_TEST_SECRET_ACCESS_KEY="$secret"
  export S3_TEST_REGION=us-east-1
  echo "› versitygw ${VERSITYGW_VERSION}: ${S3_TEST_ENDPOINT} (pid ${VERSITYGW_PID})"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    install) versitygw_install ;;
    *) echo "Dùng: bash .ci/versitygw.sh install   (hoặc source từ .ci/run để khởi động)" >&2; exit 2 ;;
  esac
else
  versitygw_start
fi
