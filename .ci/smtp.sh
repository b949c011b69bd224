#!/usr/bin/env bash
# A real SMTP server for the e-mail tests: aiosmtpd (Apache-2.0) from PyPI in a virtualenv
# cached outside the clone, keyed by version; .ci/smtp-maildir.py writes each message to a folder.
#
#   bash .ci/smtp.sh install   installs (or reuses) it and prints the virtualenv's python
#   source .ci/smtp.sh         (from .ci/run) starts it on a free port with a fresh mail folder,
#                              stops it when the calling shell exits, and exports SMTP_TEST_URL,
#                              SMTP_TEST_MAILDIR and SMTP_TEST_PYTHON
# Without SMTP_TEST_URL the int-email project starts its own server with the same install.
set -euo pipefail

AIOSMTPD_VERSION=1.4.6

smtp_install() {
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/dvctt/aiosmtpd-${AIOSMTPD_VERSION}"
  if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    command -v python3 >/dev/null || { echo "Thiếu python3: cài python3 và python3-venv để chạy máy chủ SMTP thử." >&2; return 1; }
    echo "› pip install aiosmtpd==${AIOSMTPD_VERSION} → $venv" >&2
    rm -rf "$venv"
    python3 -m venv "$venv" >&2 || { echo "Không tạo được virtualenv: cài python3-venv." >&2; return 1; }
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "aiosmtpd==${AIOSMTPD_VERSION}" >&2
  fi
  echo "$venv/bin/python"
}

stop_smtp() {
  kill "$SMTP_PID" 2>/dev/null || true
  rm -rf "$SMTP_DIR"
}

smtp_start() {
  local python dir line
  python=$(smtp_install)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/dvctt-smtp.XXXXXX")
  mkdir -p "$dir/mail"
  "$python" "$(dirname "${BASH_SOURCE[0]}")/smtp-maildir.py" "$dir/mail" >"$dir/port" 2>"$dir/smtp.log" &
  SMTP_PID=$!
  local previous
  previous=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  # shellcheck disable=SC2064
  SMTP_DIR=$dir
  trap "stop_smtp; ${previous:-:}" EXIT
  local tries=0
  until line=$(grep -m1 '^READY ' "$dir/port" 2>/dev/null); do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$SMTP_PID" 2>/dev/null; then
      echo "Máy chủ SMTP thử (aiosmtpd) không khởi động được; nhật ký:" >&2
      cat "$dir/smtp.log" >&2
      return 1
    fi
    sleep 0.1
  done
  export SMTP_TEST_URL="smtp://127.0.0.1:${line#READY }"
  export SMTP_TEST_MAILDIR="$dir/mail"
  export SMTP_TEST_PYTHON="$python"
  echo "› aiosmtpd ${AIOSMTPD_VERSION}: ${SMTP_TEST_URL}, thư ghi vào ${SMTP_TEST_MAILDIR} (pid ${SMTP_PID})"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    install) smtp_install ;;
    *) echo "Dùng: bash .ci/smtp.sh install   (hoặc source từ .ci/run để khởi động)" >&2; exit 2 ;;
  esac
else
  smtp_start
fi
