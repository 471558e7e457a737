import { readdirSync, readFileSync } from "node:fs";

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
  cmdline: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: fields start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    return { pid, state: fields[0] ?? "", ppid: Number(fields[1]), cmdline };
  } catch {
    return undefined;
  }
}

/** Every live process (zombies are dead: only their exit status is left), from /proc. */
export function liveProcesses(): ProcessInfo[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined && info.state !== "Z" && info.state !== "X");
}

/** Live processes whose command line contains `text`, and all their descendants. */
export function processTreeMatching(text: string): ProcessInfo[] {
  const all = liveProcesses();
  const found = new Map(all.filter((info) => info.cmdline.includes(text)).map((info) => [info.pid, info]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of all) {
      if (!found.has(info.pid) && found.has(info.ppid)) {
        found.set(info.pid, info);
        grew = true;
      }
    }
  }
  return [...found.values()];
}

/** Whether a process recorded earlier still runs (same pid and same command line, so not a reused pid). */
export function stillAlive(info: ProcessInfo): boolean {
  const now = readProcess(info.pid);
  return now !== undefined && now.state !== "Z" && now.state !== "X" && now.cmdline === info.cmdline;
}
