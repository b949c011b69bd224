#!/usr/bin/env bash
# Entry point for every project command. The machines ship Node 20 while Astro,
# Vitest and Payload's toolchain need Node >= 22.12, so this script fetches
# Node 24 and pnpm 10 from the npm registry into .runtime/ (git-ignored) once,
# installs the workspace from the lockfile, then runs scripts/<command>.ts.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runtime="$root/.runtime"
node_version=24.21.0
pnpm_version=10.34.8

fail() {
  printf '\nLỖI: %s\n' "$1" >&2
  exit 1
}

if [ ! -x "$runtime/node_modules/.bin/node" ] \
  || [ "$("$runtime/node_modules/.bin/node" -v 2>/dev/null)" != "v$node_version" ] \
  || [ ! -e "$runtime/node_modules/pnpm/package.json" ]; then
  command -v npm >/dev/null || fail "Không tìm thấy npm. Hãy cài Node.js (≥ 18) kèm npm rồi chạy lại lệnh."
  echo "› Đang tải Node $node_version và pnpm $pnpm_version từ npm registry vào .runtime/ (chỉ lần đầu)…"
  mkdir -p "$runtime"
  [ -f "$runtime/package.json" ] || echo '{"private":true}' > "$runtime/package.json"
  npm install --prefix "$runtime" --no-audit --no-fund --loglevel=error \
    "node@$node_version" "pnpm@$pnpm_version" >/dev/null \
    || fail "Không tải được Node $node_version từ npm registry. Kiểm tra kết nối tới registry.npmjs.org rồi chạy lại."
fi

export PATH="$runtime/node_modules/.bin:$root/node_modules/.bin:$PATH"
export npm_config_update_notifier=false

# Reinstall when the lockfile is newer than the last successful install.
stamp="$root/node_modules/.install-stamp"
if [ ! -f "$stamp" ] || [ "$root/pnpm-lock.yaml" -nt "$stamp" ]; then
  echo "› Đang cài các gói của dự án (pnpm install)…"
  started=$(date +%s)
  (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE '^(Progress|Packages:|\+{3,})' | tail -n 5) \
    || fail "pnpm install thất bại. Xem thông báo ở trên; thường là do mất kết nối tới npm registry. Chạy lại lệnh khi có mạng."
  [ -d "$root/node_modules/.pnpm" ] || fail "pnpm install không tạo được node_modules."
  touch "$stamp"
  echo "  xong sau $(( $(date +%s) - started )) giây."
fi

command=${1:-}
[ -n "$command" ] || fail "Thiếu lệnh. Dùng: scripts/run.sh <start|test|seed|build-site|bench|…>"
shift
script="$root/scripts/$command.ts"
[ -f "$script" ] || fail "Không có lệnh '$command' (không tìm thấy scripts/$command.ts)."
cd "$root"
exec node --import tsx "$script" "$@"
