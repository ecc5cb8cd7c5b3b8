#!/usr/bin/env bash
# Starts PostgreSQL and MariaDB when they are down, enables PostgreSQL prepared transactions (XA), and waits until
# both accept connections. Safe to run any number of times.
set -euo pipefail

log() { echo "[services] $*"; }

pg_version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -n 1 || true)
if [ -n "$pg_version" ]; then
  current=$(pg_conftool "$pg_version" main show max_prepared_transactions 2>/dev/null | awk -F= '{gsub(/[ \x27]/,"",$2); print $2}' || true)
  if [ "${current:-0}" = "0" ] || [ -z "$current" ]; then
    log "enabling max_prepared_transactions=20 on PostgreSQL $pg_version"
    pg_conftool "$pg_version" main set max_prepared_transactions 20
    if pg_isready -q -h 127.0.0.1; then
      pg_ctlcluster --skip-systemctl-redirect "$pg_version" main restart
    fi
  fi
  if ! pg_isready -q -h 127.0.0.1; then
    log "starting PostgreSQL $pg_version"
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start || true
  fi
fi

if ! mariadb-admin -uroot ping >/dev/null 2>&1; then
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec "$(command -v mariadbd)" || true
fi

for i in $(seq 1 60); do
  pg_ok=0; my_ok=0
  pg_isready -q -h 127.0.0.1 && pg_ok=1
  mariadb-admin -uroot ping >/dev/null 2>&1 && my_ok=1
  if [ $pg_ok = 1 ] && [ $my_ok = 1 ]; then
    log "PostgreSQL and MariaDB accept connections"
    psql -h 127.0.0.1 -U postgres -tAc "show max_prepared_transactions" | sed 's/^/[services] max_prepared_transactions=/'
    exit 0
  fi
  sleep 1
done
log "servers did not come up: postgres=$pg_ok mariadb=$my_ok"
exit 1
