#!/usr/bin/env bash
# Builds FerretDB v1.24.2 (MongoDB wire protocol on SQLite) into the project-local .bin/ folder.
# `go install ...@v1.24.2` alone yields a binary that panics at start ("Invalid build/version/version.txt"),
# because the module zip lacks the generated version file; so we copy the module source, write the
# version file the way FerretDB's own `task gen-version` would, and build from that copy.
set -euo pipefail
VERSION=v1.24.2
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.bin/ferretdb"

# --if-needed (used by npm start / npm test): nothing to do when a real MongoDB is configured.
if [ "${1:-}" = "--if-needed" ]; then
  if [ -n "${MONGODB_URI:-}" ] || { [ -f "$root/.env" ] && grep -qE '^[[:space:]]*MONGODB_URI=[^[:space:]]' "$root/.env"; }; then
    exit 0
  fi
fi
if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
  echo "FerretDB already installed: $bin"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "Go is not installed, so FerretDB cannot be built." >&2
  echo "Do one of these: install Go 1.22 or newer (https://go.dev/dl/ or 'apt-get install golang'), then run 'npm run db:install';" >&2
  echo "or set MONGODB_URI to a MongoDB 6+ server (Atlas or Azure Cosmos DB for MongoDB work too)." >&2
  exit 1
fi

echo "Building FerretDB $VERSION into $bin (the first build takes a few minutes) ..."
export GOFLAGS=-mod=mod
go mod download github.com/FerretDB/FerretDB@$VERSION
src=$(go list -m -f '{{.Dir}}' github.com/FerretDB/FerretDB@$VERSION 2>/dev/null || true)
if [ -z "$src" ]; then
  src="$(go env GOMODCACHE)/github.com/!ferret!d!b/!ferret!d!b@$VERSION"
fi
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$src/." "$work/"
chmod -R u+w "$work"
echo "$VERSION" > "$work/build/version/version.txt"
mkdir -p "$root/.bin"
(cd "$work" && CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/ferretdb)
"$bin" --version | head -1
echo "FerretDB installed: $bin"
