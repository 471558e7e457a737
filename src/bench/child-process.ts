import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../platform/repo-root.ts";

/** Starts a TypeScript entry point of the repository as npm scripts do: Node with the tsx loader. */
export function spawnTsx(script: string, env: NodeJS.ProcessEnv = {}, stdio: "pipe" | "ignore" = "pipe"): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, script)], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", stdio, stdio],
  });
}

/** Runs an entry point to its end; rejects with its error output when it fails. */
export function runTsx(script: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnTsx(script, env);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} a échoué (code ${code}) :\n${output}`))));
  });
}
