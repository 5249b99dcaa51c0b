#!/usr/bin/env bash
# Installs everything tsmp needs on a fresh Debian machine with Node 20, then builds the packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# better-sqlite3 compiles from source (no prebuilt binaries can be downloaded here);
# without this, node-gyp tries to download the Node headers and fails.
export npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}"

# Tools the tests read documents with: pdftotext, pdffonts, pdftoppm (poppler-utils),
# LibreOffice to open DOCX files, xmllint to check XML against an XSD, pandoc for the export benchmark.
missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v pandoc >/dev/null || missing+=(pandoc)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "9.15.9" ]; then
  npm install -g pnpm@9.15.9 >/dev/null
fi

pnpm install --frozen-lockfile
pnpm build
