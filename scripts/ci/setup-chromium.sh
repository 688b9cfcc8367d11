#!/usr/bin/env bash
# Installs Debian's Chromium if needed (Playwright's own browser download does not work here) and
# prints the variable the browser tests read:
#
#   eval "$(bash scripts/ci/setup-chromium.sh)"    # sets SITREP_TEST_CHROMIUM
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install-packages.sh" chromium fonts-dejavu-core >&2
chromium --version >&2
echo "export SITREP_TEST_CHROMIUM=/usr/bin/chromium"
