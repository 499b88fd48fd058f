#!/usr/bin/env bash
# build/install-libreoffice.sh — idempotently make sure LibreOffice Writer (headless, /usr/bin/soffice) and the fonts
# metric-compatible with Times New Roman, Arial and Calibri (Liberation, Carlito) are installed. Tests open every
# generated Word file in it (EKTU_QA_SOFFICE, default /usr/bin/soffice) to check how the document reads when printed:
# page orientation and no word broken across lines. Needs root.
set -euo pipefail

SOFFICE=/usr/bin/soffice
PACKAGES=(libreoffice-writer-nogui fonts-liberation fonts-crosextra-carlito)
log() { echo "[install-libreoffice] $(date +%H:%M:%S) $*"; }

missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $EUID -ne 0 ]]; then log "missing ${missing[*]} and not root: run as root to install" >&2; exit 1; fi
  log "installing ${missing[*]}"
  # Lock::Timeout: another apt/dpkg may be running (build/start-mariadb.sh, build/install-chromium.sh).
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 \
        --no-install-recommends "${missing[@]}" >/dev/null; then
    log "install failed with current lists; apt-get update and retry"
    apt-get update -qq -o DPkg::Lock::Timeout=900
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 \
        --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  log "already installed"
fi
log "$("$SOFFICE" --version 2>/dev/null || echo "soffice --version failed")"
