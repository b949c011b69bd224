#!/usr/bin/env bash
# Fetches mongo-java-server (an in-memory MongoDB-wire test server, BSD-3-Clause) from Maven
# Central into a cache outside the clone, compiles a small main class that starts it, reuses
# the cache when present, and prints the path of the start command:
#   "$(bash .ci/mongo-java-server.sh)" <port>     → serves mongodb://127.0.0.1:<port>/
# Needs Java 17 (javac) and Maven (`apt-get install maven openjdk-17-jdk-headless`).
set -euo pipefail

version="${MONGO_JAVA_SERVER_VERSION:-1.47.0}"
dir="${XDG_CACHE_HOME:-$HOME/.cache}/dvctt/mongo-java-server-$version"
start="$dir/start"
if [ -x "$start" ]; then
  echo "$start"
  exit 0
fi

for tool in mvn javac; do
  command -v "$tool" >/dev/null || { echo "mongo-java-server.sh: $tool is needed (apt-get install maven openjdk-17-jdk-headless)" >&2; exit 1; }
done
echo "› fetching mongo-java-server $version from Maven Central" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dvctt.ci</groupId>
  <artifactId>mongo-java-server-runner</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>de.bwaldvogel</groupId>
      <artifactId>mongo-java-server</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
if ! mvn -B -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1; then
  cat "$work/mvn.log" >&2
  exit 1
fi

mkdir -p "$work/classes"
cat > "$work/DvcttMongoServer.java" <<'JAVA'
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Serves an empty in-memory MongoDB (reporting 5.0) on 127.0.0.1:<port> until killed. */
public class DvcttMongoServer {
  public static void main(String[] args) throws InterruptedException {
    MongoServer server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
    server.bind("127.0.0.1", Integer.parseInt(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    Thread.currentThread().join();
  }
}
JAVA
javac -nowarn -cp "$work/lib/*" -d "$work/classes" "$work/DvcttMongoServer.java"

rm -rf "$dir.partial" && mkdir -p "$dir.partial"
mv "$work/lib" "$work/classes" "$dir.partial/"
cat > "$dir.partial/start" <<START
#!/bin/sh
# Starts mongo-java-server $version in memory on 127.0.0.1:\$1.
exec java -XX:+UseSerialGC -cp "$dir/classes:$dir/lib/*" DvcttMongoServer "\$1"
START
chmod +x "$dir.partial/start"
rm -rf "$dir" && mv "$dir.partial" "$dir"
echo "$start"
