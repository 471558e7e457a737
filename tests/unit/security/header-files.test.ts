import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { netlifyHeadersFile, nginxHeadersSnippet } from "../../../src/security/header-files.ts";
import { contentSecurityPolicy, securityHeaders } from "../../../src/security/headers.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

describe("unit", () => {
  describe("contentSecurityPolicy", () => {
    it("allows only our own origin, WebAssembly for search, and nothing unsafe", () => {
      expect(contentSecurityPolicy).toContain("default-src 'none'");
      expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(contentSecurityPolicy).toContain("base-uri 'none'");
      expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
      expect(contentSecurityPolicy).not.toMatch(/'unsafe-(inline|eval)'/);
    });
  });

  describe("netlifyHeadersFile", () => {
    it("applies every security header to every path", () => {
      const file = netlifyHeadersFile();
      expect(file).toMatch(/^\/\*$/m);
      for (const [name, value] of Object.entries(securityHeaders)) expect(file).toContain(`  ${name}: ${value}`);
    });
  });

  describe("nginxHeadersSnippet", () => {
    it("sends every header with « always », so error pages get them too", () => {
      const snippet = nginxHeadersSnippet();
      for (const name of Object.keys(securityHeaders)) expect(snippet).toMatch(new RegExp(`^add_header ${name} ".+" always;$`, "m"));
    });

    it("matches the committed deploy/ file (run « npm run headers » after changing a header)", async () => {
      expect(await readFile(path.join(repoRoot, "deploy/nginx-fiches-pratiques.conf"), "utf8")).toBe(nginxHeadersSnippet());
    });
  });
});
