#!/usr/bin/env bash
# Installs ikbot's embedded database, mongo-java-server, into the project-local .bin/embedded-mongo/:
# the pinned jars from Maven Central (scripts/embedded-mongo/pom.xml) and the small launcher compiled
# from scripts/embedded-mongo/*.java (EmbeddedMongo and its index lookup).
# Needs Java 17+ (javac) and Maven. Takes seconds;
# nothing is done again while the pom and the launcher are unchanged.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/scripts/embedded-mongo"
dest="$root/.bin/embedded-mongo"

# --if-needed (used by npm start / npm test): nothing to do when a real MongoDB is configured.
if [ "${1:-}" = "--if-needed" ]; then
  if [ -n "${MONGODB_URI:-}" ] || { [ -f "$root/.env" ] && grep -qE '^[[:space:]]*MONGODB_URI=[^[:space:]]' "$root/.env"; }; then
    exit 0
  fi
fi

stamp=$(cat "$src/pom.xml" "$src"/*.java | sha256sum | cut -c1-16)
if [ -f "$dest/stamp" ] && [ "$(cat "$dest/stamp")" = "$stamp" ]; then
  exit 0
fi

missing=()
command -v java >/dev/null 2>&1 || missing+=(java)
command -v javac >/dev/null 2>&1 || missing+=(javac)
command -v mvn >/dev/null 2>&1 || missing+=(mvn)
if [ ${#missing[@]} -gt 0 ]; then
  echo "The embedded database (mongo-java-server) needs Java 17+ and Maven; not found: ${missing[*]}." >&2
  echo "Do one of these: install them (Debian/Ubuntu: 'sudo apt-get install openjdk-17-jdk-headless maven'," >&2
  echo "macOS: 'brew install openjdk@17 maven'), then run 'npm run db:install';" >&2
  echo "or set MONGODB_URI to a MongoDB 6+ server (Atlas or Azure Cosmos DB for MongoDB vCore work too)." >&2
  exit 1
fi

echo "Installing the embedded database (mongo-java-server 1.47, from Maven Central) into $dest ..."
work="$dest.tmp"
rm -rf "$work"
mkdir -p "$work/lib" "$work/classes"
mvn -q -B -f "$src/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
javac -nowarn -d "$work/classes" -cp "$work/lib/*" "$src"/*.java
echo "$stamp" > "$work/stamp"
rm -rf "$dest"
mv "$work" "$dest"
echo "Embedded database installed: $(ls "$dest/lib" | wc -l) jars in $dest/lib."
