#!/usr/bin/env node
// Installs what the project needs on Debian, then the npm packages. Plain JavaScript with no
// dependency, so it runs on a fresh machine before `npm ci`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Debian package → a file it installs, to know whether it is there. */
const SYSTEM_PACKAGES = {
  chromium: "/usr/bin/chromium",
  "poppler-utils": "/usr/bin/pdfinfo",
  "fonts-liberation": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "fonts-dejavu-core": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  // A real nginx for tests/site/nginx.test.ts, with brotli_static for the precompressed `.br` files.
  nginx: "/usr/sbin/nginx",
  "libnginx-mod-http-brotli-static": "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
};
/** Tells Debian's maintainer scripts not to start any service (nginx on port 80) during the install. */
const POLICY_RC = "/usr/sbin/policy-rc.d";

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Runs a command; `cleanup` runs before a failure exits, since `process.exit` skips `finally`. */
function run(command, args, cleanup = () => {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  cleanup();
  if (result.status !== 0) fail(`« ${command} ${args.join(" ")} » a échoué (code ${result.status ?? result.signal}).`);
}

/**
 * Whether `version` is in an engines range made of `^X.Y.Z` and `>=X.Y.Z` joined by `||`, the only
 * forms package.json uses (so the check cannot drift from what the dependencies accept).
 */
function satisfiesEngines(range, version) {
  const have = version.split(".").map(Number);
  return range.split("||").some((part) => {
    const match = /^\s*(\^|>=)\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!match) fail(`package.json : engines.node « ${part.trim()} » n'est pas de la forme ^X.Y.Z ou >=X.Y.Z.`);
    const need = match.slice(2).map(Number);
    const index = have.findIndex((value, i) => value !== need[i]);
    const atLeast = index === -1 || have[index] > need[index];
    return atLeast && (match[1] === ">=" || have[0] === need[0]);
  });
}

const nodeRange = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines.node;
if (!satisfiesEngines(nodeRange, process.versions.node)) {
  fail(`Node.js ${process.versions.node} n'est pas pris en charge : installez un Node.js dans ${nodeRange} (la LTS actuelle, par exemple), puis relancez.`);
}

const missing = Object.entries(SYSTEM_PACKAGES)
  .filter(([, marker]) => !existsSync(marker))
  .map(([name]) => name);
if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    fail(`Paquets système manquants : installez-les avec « sudo apt-get install -y ${missing.join(" ")} », puis relancez.`);
  }
  console.log(`Installation des paquets système : ${missing.join(", ")}…`);
  run("apt-get", ["update", "-qq"]);
  // Created only if absent, and removed afterwards: a container may already have its own.
  const ownPolicy = !existsSync(POLICY_RC);
  if (ownPolicy) writeFileSync(POLICY_RC, "#!/bin/sh\n# Posé par npm run setup le temps de l'installation : aucun service ne démarre.\nexit 101\n", { mode: 0o755 });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], () => {
    if (ownPolicy) rmSync(POLICY_RC, { force: true });
  });
}

// npm packages: reinstall only when package-lock.json changed since the last install.
const lockHash = createHash("sha256").update(readFileSync(path.join(root, "package-lock.json"))).digest("hex");
const stamp = path.join(root, "node_modules", ".fiches-setup-stamp");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lockHash) {
  console.log("Installation des paquets npm (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, lockHash);
}
console.log("✓ Prérequis en place : Node.js, Chromium, poppler-utils, polices, nginx, paquets npm.");
