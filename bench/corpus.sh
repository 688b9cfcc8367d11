#!/usr/bin/env bash
# The corpus benchmark on the development corpora (../shared/corpora beside the project root).
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${1:-../shared/corpora}
dotnet build src/Sitrep.Cli -c Release --nologo -v quiet
sitrep=src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll
for corpus in gva-dev.jsonl muc-dev.jsonl; do
  dotnet "$sitrep" bench "$corpora/$corpus"
  echo
done
# Five times the articles: peak memory must stay where it was (inputs are streamed).
dotnet "$sitrep" bench "$corpora/gva-dev.jsonl" --repeat 5 | tail -n 2
