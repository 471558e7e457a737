import { readFile, realpath } from "node:fs/promises";
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import send from "send";
import { securityHeaders } from "../security/headers.ts";

const ALLOWED_METHODS = "GET, HEAD";
const NOT_FOUND_PAGE = "404.html";

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

interface SiteRoot {
  /** As given (resolved): what `send` serves from and what redirects are computed against. */
  absolute: string;
  /** With symbolic links resolved: no file may be served from outside it. */
  real: string;
}

interface HttpError {
  status?: number;
  headers?: Record<string, string>;
}

function isInside(folder: string, file: string): boolean {
  return file === folder || file.startsWith(`${folder}${path.sep}`);
}

/** Ends a response of our own (not a file): headers already carry the security set; HEAD gets no body. */
function answer(request: IncomingMessage, response: ServerResponse, status: number, body: string | Buffer, type = "text/plain; charset=utf-8"): void {
  response.statusCode = status;
  response.setHeader("Content-Type", type);
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.end(request.method === "HEAD" ? undefined : body);
}

async function answerNotFound(request: IncomingMessage, response: ServerResponse, root: SiteRoot): Promise<void> {
  let page: Buffer | undefined;
  try {
    page = await readFile(path.join(root.absolute, NOT_FOUND_PAGE));
  } catch {
    page = undefined;
  }
  if (page) answer(request, response, 404, page, "text/html; charset=utf-8");
  else answer(request, response, 404, "Page introuvable.");
}

/**
 * `send` already refuses `..` and dotfiles, but follows symbolic links: a link inside the site
 * pointing elsewhere must not make the rest of the disk readable.
 */
async function escapesRoot(root: SiteRoot, decodedPath: string): Promise<boolean> {
  const candidate = path.resolve(root.absolute, `.${path.sep}${decodedPath}`);
  if (!isInside(root.absolute, candidate)) return true;
  try {
    return !isInside(root.real, await realpath(candidate));
  } catch {
    return false; // Missing file: `send` answers 404.
  }
}

/** The address of a folder, rebuilt from the file system: always one leading slash, never another host. */
function folderLocation(root: SiteRoot, folder: string, query: string): string {
  const segments = path.relative(root.absolute, folder).split(path.sep).filter(Boolean).map(encodeURIComponent);
  const search = query ? new URL(`/?${query}`, "http://localhost").search : "";
  return `/${segments.map((segment) => `${segment}/`).join("")}${search}`;
}

async function handle(request: IncomingMessage, response: ServerResponse, root: SiteRoot): Promise<void> {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  response.setHeader("Cache-Control", "no-cache");

  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", ALLOWED_METHODS);
    return answer(request, response, 405, `${STATUS_CODES[405]}\n`);
  }

  const target = request.url ?? "/";
  const queryStart = target.indexOf("?");
  const urlPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(urlPath);
  } catch {
    return answer(request, response, 400, `${STATUS_CODES[400]}\n`);
  }
  if (!urlPath.startsWith("/") || decodedPath.includes("\0")) return answer(request, response, 400, `${STATUS_CODES[400]}\n`);
  if (await escapesRoot(root, decodedPath)) return answerNotFound(request, response, root);

  send(request, urlPath, { root: root.absolute, index: ["index.html"], dotfiles: "ignore", cacheControl: false })
    .on("directory", (_response: ServerResponse, folder: string) => {
      response.statusCode = 301;
      response.setHeader("Location", folderLocation(root, folder, query));
      response.end();
    })
    .on("error", (error: HttpError) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const status = error.status ?? 500;
      if (status === 404 || status === 403) {
        void answerNotFound(request, response, root);
        return;
      }
      for (const [name, value] of Object.entries(error.headers ?? {})) response.setHeader(name, value);
      answer(request, response, status, `${STATUS_CODES[status] ?? status}\n`);
    })
    .pipe(response);
}

/**
 * Serves a built site on 127.0.0.1 the way the static host does (index.html for folders, 404.html
 * with status 404, production security headers on every answer, errors included), for tests, audits,
 * PDFs and previews. Serving itself is `send` (Express's file server): ranges, conditional requests,
 * and releasing the file when a client hangs up are its job, not ours.
 */
export async function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const absolute = path.resolve(root);
  const siteRoot: SiteRoot = { absolute, real: await realpath(absolute) };
  const server: Server = createServer((request, response) => {
    handle(request, response, siteRoot).catch(() => {
      if (response.headersSent) response.destroy();
      else answer(request, response, 500, `${STATUS_CODES[500]}\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
