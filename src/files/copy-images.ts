import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";

/** Copies files to their site address (`/images/x.png` → `<siteDir>/images/x.png`): the build and the dev server show the same images. */
export async function copyImages(siteDir: string, images: readonly { file: string; url: string }[]): Promise<void> {
  for (const image of images) {
    const target = path.join(siteDir, image.url);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.file, target);
  }
}
