#!/usr/bin/env bash
# build/install-chromium.sh — idempotently make sure Debian's `chromium` (/usr/bin/chromium) is
# installed; the browser tests drive it through EKTU_QA_CHROMIUM=/usr/bin/chromium (Playwright
# with an explicit executable, so no Playwright browser download is needed). Needs root.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
log() { echo "[install-chromium] $(date +%H:%M:%S) $*"; }

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ $EUID -ne 0 ]]; then log "chromium missing and not root: run as root to install it" >&2; exit 1; fi
  log "installing chromium"
  # Lock::Timeout: another apt/dpkg may be running (e.g. build/start-mariadb.sh or a background install).
  # Try with the current package lists first; refresh them once if that fails (stale or absent lists).
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 \
        --no-install-recommends chromium >/dev/null; then
    log "install failed with current lists; apt-get update and retry"
    apt-get update -qq -o DPkg::Lock::Timeout=900
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 \
        --no-install-recommends chromium >/dev/null
  fi
else
  log "already installed"
fi

# --version does not start a browser session; as root it needs no --no-sandbox.
log "$("$CHROMIUM" --version 2>/dev/null || echo "chromium --version failed")"
