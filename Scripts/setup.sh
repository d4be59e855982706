#!/usr/bin/env bash
# Installs what VietIE needs from Debian on a fresh machine: ICU's headers and pkg-config.
# Safe to run again: it installs nothing when both are present.
set -euo pipefail
if pkg-config --exists icu-i18n 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev pkg-config >/dev/null
pkg-config --exists icu-i18n
