#!/usr/bin/env bash
# build/start-galera.sh — a 3-node MariaDB Galera cluster on loopback, without systemd, for the fail-over tests.
# Node N listens on 127.0.0.N:$GALERA_PORT (one port, three addresses: what a connection string listing the nodes with
# LoadBalance=FailOver expects), replicates over 127.0.0.N:4567 (IST 4568, rsync SST 4444), and keeps its data, socket,
# pid and log under $GALERA_BASE/nodeN. Node 1 bootstraps the cluster; 2 and 3 join it by state transfer.
# Uses Debian's mariadb-server and galera-4 (installed by build/start-mariadb.sh's packages, galera-4 added here).
#
#   build/start-galera.sh              # install if needed, start the three nodes, create db/user; prints the connection string
#   build/start-galera.sh kill N       # SIGKILL node N (the test's "writer dies")
#   build/start-galera.sh start-node N # start node N again; it rejoins the running cluster
#   build/start-galera.sh stop         # stop every node
#   build/start-galera.sh conn         # prints ONLY the connection string
set -euo pipefail

PORT="${GALERA_PORT:-3310}"
BASE="${GALERA_BASE:-/tmp/ektu-qa-galera}"
DB="${GALERA_DB:-qa}"
DBUSER="${GALERA_USER:-qa}"
DBPASS="${GALERA_PASSWORD:-qa-pass}"
RUNUSER="mysql"
CLUSTER="gcomm://127.0.0.1:4567,127.0.0.2:4567,127.0.0.3:4567"
CONN="Server=127.0.0.1,127.0.0.2,127.0.0.3;Port=$PORT;LoadBalance=FailOver;Database=$DB;User ID=$DBUSER;Password=$DBPASS;"

log() { echo "[start-galera] $(date +%H:%M:%S) $*"; }
dir() { echo "$BASE/node$1"; }
pid_of() { cat "$(dir "$1")/mysqld.pid" 2>/dev/null || true; }
running() { local p; p="$(pid_of "$1")"; [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; }
client() { mariadb --no-defaults --socket="$(dir "$1")/mysqld.sock" -uroot "${@:2}"; }

start_node() {
  local n="$1" bootstrap="${2:-}" d; d="$(dir "$n")"
  if running "$n"; then log "node $n already running"; return 0; fi
  mkdir -p "$d"; chown "$RUNUSER:$RUNUSER" "$BASE" "$d"
  if [[ ! -d "$d/data/mysql" ]]; then
    mkdir -p "$d/data"; chown "$RUNUSER:$RUNUSER" "$d/data"
    mariadb-install-db --no-defaults --user="$RUNUSER" --datadir="$d/data" --skip-name-resolve --skip-test-db \
      --auth-root-authentication-method=socket >"$d/install-db.log" 2>&1 || { cat "$d/install-db.log"; exit 1; }
  fi
  rm -f "$d/mysqld.sock" "$d/mysqld.pid"
  log "starting node $n on 127.0.0.$n:$PORT${bootstrap:+ (bootstrap)}"
  setsid nohup mariadbd --no-defaults --user="$RUNUSER" --datadir="$d/data" \
      --port="$PORT" --bind-address="127.0.0.$n" --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" \
      --log-error="$d/mysqld.err" --skip-name-resolve \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
      --innodb-buffer-pool-size=64M --max-connections=200 \
      --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
      --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=ektu-qa-test \
      --wsrep-cluster-address="$CLUSTER" --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.$n" \
      --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.$n:4567;ist.recv_addr=127.0.0.$n:4568;gcache.size=64M" \
      --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.$n:4444" \
      $bootstrap </dev/null >>"$d/mysqld.out" 2>&1 &
  for i in $(seq 1 1200); do   # up to 120 s: a joiner copies the donor's data first
    if client "$n" -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | grep -q ON; then log "node $n ready"; return 0; fi
    sleep 0.1
  done
  log "node $n did not become ready"; tail -40 "$d/mysqld.err" || true; exit 1
}

stop_all() {
  for n in 3 2 1; do
    if running "$n"; then local p; p="$(pid_of "$n")"; kill -TERM "$p"
      for _ in $(seq 1 600); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done; log "node $n stopped"; fi
  done
}

case "${1:-start}" in
  conn) echo "$CONN"; exit 0 ;;
  stop) stop_all; exit 0 ;;
  kill) p="$(pid_of "$2")"; [[ -n "$p" ]] && kill -KILL "$p" && log "node $2 killed (pid $p)"; exit 0 ;;
  start-node) start_node "$2"; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|conn|kill N|start-node N]" >&2; exit 2 ;;
esac

if [[ $EUID -ne 0 ]]; then echo "[start-galera] must run as root" >&2; exit 1; fi
if [[ ! -f /usr/lib/galera/libgalera_smm.so ]] || ! command -v mariadbd >/dev/null || ! command -v rsync >/dev/null; then
  log "installing mariadb-server galera-4 rsync"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends \
    mariadb-server mariadb-client galera-4 rsync >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client galera-4 rsync >/dev/null; }
fi

# A cluster left by an earlier run may be half up; a fresh one is cheaper to reason about than a recovery.
if ! (running 1 && running 2 && running 3); then
  stop_all
  for n in 1 2 3; do p="$(pid_of "$n")"; [[ -n "$p" ]] && kill -KILL "$p" 2>/dev/null || true; done
  rm -rf "$BASE"
  mkdir -p "$BASE"
  start_node 1 --wsrep-new-cluster
  # Account statements replicate; the joiners get them (and everything else) by state transfer.
  client 1 <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DBUSER'@'%' IDENTIFIED BY '$DBPASS';
GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$DBUSER'@'%';
GRANT ALL PRIVILEGES ON \`${DB}\\_%\`.* TO '$DBUSER'@'%';
FLUSH PRIVILEGES;
SQL
  start_node 2
  start_node 3
fi
log "cluster size $(client 1 -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
log "ready: $CONN"
