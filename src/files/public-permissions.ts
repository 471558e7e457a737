import { chmod, readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Gives a built site the modes a web server running as another user (nginx's `www-data`) needs:
 * folders 0755, files 0644, whatever the umask or `mkdtemp` (0700) left. Links are not followed.
 */
export async function makePublic(siteDir: string): Promise<void> {
  await chmod(siteDir, 0o755);
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isDirectory()) return chmod(file, 0o755);
      if (entry.isFile()) return chmod(file, 0o644);
      return undefined;
    }),
  );
}
