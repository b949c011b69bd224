# Sourced by .ci/run. `start_mongo_servers` starts the two MongoDB-wire stand-ins the tests run on
# (there is no mongod to be had here; tests/README.md, "MongoDB") and exports their URLs:
#   MONGODB_URL   mongo-java-server, in memory: the whole int-mongodb project
#   FERRETDB_URL  FerretDB 1.x on PostgreSQL (a database of its own on POSTGRES_URL): int-ferretdb
# A URL already set is kept and its server not started. `stop_mongo_servers` stops what was started
# (call it from an EXIT trap). Each server gets the first free port from a fixed base, its log and
# state in a temp dir, and must answer a ping within a minute.

ci_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mongo_server_pids=()
mongo_server_tmp=""

stop_mongo_servers() {
  local pid
  for pid in "${mongo_server_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${mongo_server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  mongo_server_pids=()
  [ -z "$mongo_server_tmp" ] || rm -rf "$mongo_server_tmp"
}

# First port from $1 on which nothing listens.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Waits until the server on port $2 answers a ping; $1 names it, $3 is its pid, $4 its log.
wait_for_mongo() {
  local name=$1 port=$2 pid=$3 log=$4 tries=0
  until python3 "$ci_dir/mongo-ping.py" "$port" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ $((tries += 1)) -gt 120 ]; then
      echo "✖ $name did not answer on port $port; its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
}

start_mongo_servers() {
  mongo_server_tmp=$(mktemp -d -t dvctt-mongo.XXXXXX)
  if [ -z "${MONGODB_URL:-}" ]; then
    local start port
    start=$(bash "$ci_dir/mongo-java-server.sh")
    port=$(free_port 27217)
    "$start" "$port" >"$mongo_server_tmp/mongo-java-server.log" 2>&1 &
    mongo_server_pids+=($!)
    wait_for_mongo mongo-java-server "$port" "$!" "$mongo_server_tmp/mongo-java-server.log"
    export MONGODB_URL="mongodb://127.0.0.1:$port/"
  fi
  if [ -z "${FERRETDB_URL:-}" ]; then
    local ferretdb port database="dvctt_ferretdb"
    ferretdb=$(bash "$ci_dir/ferretdb.sh")
    # A fresh PostgreSQL database for FerretDB's data, on the server the tests already use.
    PGOPTIONS=--client-min-messages=warning psql -q -v ON_ERROR_STOP=1 "$POSTGRES_URL" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null
    port=$(free_port 27317)
    "$ferretdb" --handler=postgresql --postgresql-url="${POSTGRES_URL%/*}/$database" \
      --listen-addr="127.0.0.1:$port" --state-dir="$mongo_server_tmp" --debug-addr=- \
      --telemetry=disable --log-level=warn >"$mongo_server_tmp/ferretdb.log" 2>&1 &
    mongo_server_pids+=($!)
    wait_for_mongo FerretDB "$port" "$!" "$mongo_server_tmp/ferretdb.log"
    export FERRETDB_URL="mongodb://127.0.0.1:$port/"
  fi
}
