#!/usr/bin/env node
// Installs what the project needs on Debian, then the npm packages. Plain JavaScript with no
// dependency, so it runs on a fresh machine before `npm ci`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Debian package → a file it installs, to know whether it is there. */
const SYSTEM_PACKAGES = {
  chromium: "/usr/bin/chromium",
  "poppler-utils": "/usr/bin/pdfinfo",
  "fonts-liberation": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "fonts-dejavu-core": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
};

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
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
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing]);
}

// npm packages: reinstall only when package-lock.json changed since the last install.
const lockHash = createHash("sha256").update(readFileSync(path.join(root, "package-lock.json"))).digest("hex");
const stamp = path.join(root, "node_modules", ".fiches-setup-stamp");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lockHash) {
  console.log("Installation des paquets npm (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, lockHash);
}
console.log("✓ Prérequis en place : Node.js, Chromium, poppler-utils, polices, paquets npm.");
