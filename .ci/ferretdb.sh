#!/usr/bin/env bash
# Builds FerretDB 1.x (a MongoDB-wire server over PostgreSQL or SQLite) from the Go module
# proxy into a cache outside the clone, reuses it when present, and prints the binary's path.
#   bash .ci/ferretdb.sh            → …/dvctt/ferretdb-v1.24.2/ferretdb
# `go install …/cmd/ferretdb@v1.24.x` gives a binary that panics at start: the module zip
# lacks build/version/version.txt. So: download the module, copy it, write that file, build.
set -euo pipefail

version="${FERRETDB_VERSION:-v1.24.2}"
dir="${XDG_CACHE_HOME:-$HOME/.cache}/dvctt/ferretdb-$version"
binary="$dir/ferretdb"
if [ -x "$binary" ]; then
  echo "$binary"
  exit 0
fi

command -v go >/dev/null || { echo "ferretdb.sh: Go is needed (https://go.dev/dl/)" >&2; exit 1; }
echo "› building FerretDB $version from the Go module proxy (a few minutes the first time)" >&2
module=$(go mod download -json "github.com/FerretDB/FerretDB@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
[ -d "$module" ] || { echo "ferretdb.sh: go mod download gave no source folder" >&2; exit 1; }

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$module" "$work/src"
chmod -R u+w "$work/src"
echo "$version" > "$work/src/build/version/version.txt"
mkdir -p "$dir"
(cd "$work/src" && go build -trimpath -o "$binary.partial" ./cmd/ferretdb)
mv "$binary.partial" "$binary"
echo "$binary"
