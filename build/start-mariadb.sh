#!/usr/bin/env bash
# build/start-mariadb.sh — install (if needed), initialise (if needed) and start (if not running)
# a private MariaDB server WITHOUT systemd, bound to 127.0.0.1:$MARIADB_PORT (default 3307), with
# its unix socket, pid file, log and data under $MARIADB_BASE (default /tmp/ektu-qa-mariadb).
# Then ensures database $MARIADB_DB and user $MARIADB_USER/$MARIADB_PASSWORD exist, with rights on
# that database and on every `<db>_%` database (test suites create/drop throw-away databases).
# Idempotent: safe to run again when already installed / initialised / running.
# Needs root (apt-get, and mariadbd is started as the package's 'mysql' account).
#
#   build/start-mariadb.sh            # install + init + start + create db/user, prints the connection string
#   build/start-mariadb.sh stop       # clean shutdown (SIGTERM to the pid in the pid file, wait)
#   build/start-mariadb.sh status     # prints running/stopped (exit 0/1)
#   build/start-mariadb.sh conn       # prints ONLY the connection string (for scripts; does not start anything)
#
# Connection string (MySQL connector):
#   Server=127.0.0.1;Port=3307;Database=qa;User ID=qa;Password=qa-pass;
set -euo pipefail

PORT="${MARIADB_PORT:-3307}"
BASE="${MARIADB_BASE:-/tmp/ektu-qa-mariadb}"
DATADIR="$BASE/data"
SOCKET="$BASE/mysqld.sock"
PIDFILE="$BASE/mysqld.pid"
LOGFILE="$BASE/mysqld.err"
DB="${MARIADB_DB:-qa}"
DBUSER="${MARIADB_USER:-qa}"
DBPASS="${MARIADB_PASSWORD:-qa-pass}"
RUNUSER="mysql"   # mariadbd refuses to run as root unless told --user=root; use the package's 'mysql' account
CONN="Server=127.0.0.1;Port=$PORT;Database=$DB;User ID=$DBUSER;Password=$DBPASS;"

log() { echo "[start-mariadb] $(date +%H:%M:%S) $*"; }

is_running() {
  [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

stop_server() {
  if ! is_running; then log "not running"; return 0; fi
  local pid; pid="$(cat "$PIDFILE")"
  log "stopping pid $pid (SIGTERM = clean shutdown)"
  kill -TERM "$pid"
  for _ in $(seq 1 600); do   # up to 60 s
    kill -0 "$pid" 2>/dev/null || { log "stopped"; return 0; }
    sleep 0.1
  done
  log "pid $pid did not stop within 60 s"; return 1
}

case "${1:-start}" in
  stop)   stop_server; exit $? ;;
  status) if is_running; then echo "running pid $(cat "$PIDFILE") port $PORT socket $SOCKET"; exit 0; else echo "stopped"; exit 1; fi ;;
  conn)   echo "$CONN"; exit 0 ;;
  start)  ;;
  *) echo "usage: $0 [start|stop|status|conn]" >&2; exit 2 ;;
esac

if [[ $EUID -ne 0 ]]; then
  echo "[start-mariadb] must run as root (apt-get install, chown to '$RUNUSER', mariadbd --user=$RUNUSER)" >&2
  exit 1
fi

T0=$(date +%s.%N)
mkdir -p "$BASE"   # every parent must be traversable by the 'mysql' user (e.g. not under /root)

# 1. install (Debian bookworm: mariadb-server 1:10.11.x; there is no mysql-server package)
if ! command -v mariadbd >/dev/null 2>&1 || ! command -v mariadb-install-db >/dev/null 2>&1; then
  log "installing mariadb-server"
  # policy-rc.d (exit 101) in the CI image keeps the package from starting its own service on :3306.
  # Lock::Timeout: another apt/dpkg may be running (e.g. a background install); wait instead of failing.
  # Try with the current package lists first; refresh them once if that fails (stale or absent lists).
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends \
        mariadb-server mariadb-client >/dev/null 2>"$BASE/apt.err"; then
    log "install failed with current lists; apt-get update and retry"
    apt-get update -qq -o DPkg::Lock::Timeout=900
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends \
        mariadb-server mariadb-client >/dev/null
  fi
fi
T1=$(date +%s.%N)

# 2. initialise the private data dir (once)
chown "$RUNUSER:$RUNUSER" "$BASE"
if [[ ! -d "$DATADIR/mysql" ]]; then
  log "initialising $DATADIR"
  mkdir -p "$DATADIR"; chown "$RUNUSER:$RUNUSER" "$DATADIR"
  # --auth-root-authentication-method=socket (default): root@localhost logs in only via unix_socket
  # as OS user root, which is what this script uses below; no root password exists.
  mariadb-install-db --no-defaults --user="$RUNUSER" --datadir="$DATADIR" --skip-name-resolve \
      --skip-test-db --auth-root-authentication-method=socket >"$BASE/install-db.log" 2>&1 \
    || { cat "$BASE/install-db.log"; exit 1; }
fi
T2=$(date +%s.%N)

# 3. start in the background (no systemd, no /etc/mysql config: --no-defaults must be FIRST)
if is_running; then
  log "already running (pid $(cat "$PIDFILE"))"
else
  rm -f "$SOCKET" "$PIDFILE"
  log "starting mariadbd on 127.0.0.1:$PORT socket $SOCKET"
  # setsid + nohup + </dev/null: the server outlives this script and the CI step's process group.
  setsid nohup mariadbd --no-defaults \
      --user="$RUNUSER" \
      --datadir="$DATADIR" \
      --port="$PORT" --bind-address=127.0.0.1 \
      --socket="$SOCKET" --pid-file="$PIDFILE" \
      --log-error="$LOGFILE" \
      --skip-name-resolve \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --default-time-zone=+00:00 \
      --innodb-buffer-pool-size=256M \
      --max-connections=200 \
      </dev/null >>"$BASE/mysqld.out" 2>&1 &
  for i in $(seq 1 300); do   # up to 30 s
    if mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1; then break; fi
    sleep 0.1
    if [[ $i == 300 ]]; then log "server did not come up"; tail -30 "$LOGFILE" || true; exit 1; fi
  done
  log "up (pid $(cat "$PIDFILE"))"
fi
T3=$(date +%s.%N)

# 4. database + user (idempotent). '%' covers 127.0.0.1 (skip-name-resolve) and the socket needs 'localhost'.
#    ALTER USER re-applies the password in case the user already existed with another one.
mariadb --no-defaults --socket="$SOCKET" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DBUSER'@'%' IDENTIFIED BY '$DBPASS';
CREATE USER IF NOT EXISTS '$DBUSER'@'localhost' IDENTIFIED BY '$DBPASS';
ALTER USER '$DBUSER'@'%' IDENTIFIED BY '$DBPASS';
ALTER USER '$DBUSER'@'localhost' IDENTIFIED BY '$DBPASS';
GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$DBUSER'@'%';
GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$DBUSER'@'localhost';
-- lets test suites create and drop throw-away databases named ${DB}_<anything> ('\_' = literal underscore)
GRANT ALL PRIVILEGES ON \`${DB}\\_%\`.* TO '$DBUSER'@'%';
GRANT ALL PRIVILEGES ON \`${DB}\\_%\`.* TO '$DBUSER'@'localhost';
FLUSH PRIVILEGES;
SQL
T4=$(date +%s.%N)

log "$(awk -v a="$T0" -v b="$T1" -v c="$T2" -v d="$T3" -v e="$T4" \
   'BEGIN{printf "timings: install %.1fs, init %.1fs, start %.1fs, db/user %.1fs, total %.1fs", b-a, c-b, d-c, e-d, e-a}')"
log "ready: $CONN"
