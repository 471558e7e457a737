import type { Server } from "node:http";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copyImages } from "../files/copy-images.ts";
import type { SiteGraph } from "../graph/site-graph.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";
import { securityHeaders } from "../security/headers.ts";
import { pdfSizesPlugin } from "./pdf-sizes.ts";
import { ELEVENTY_CONFIG, PAGES_DIR, provideGraph } from "./render-pages.ts";

export interface ServeOptions {
  /** The published site, written over in place: the search index and PDFs of the last full build stay. */
  outputDir: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The interface to listen on: 127.0.0.1 keeps the preview off the network unless asked otherwise. */
  host: string;
  /** Loads content and builds the graph again: called on every rebuild, so edits show at once. */
  loadGraph: () => Promise<SiteGraph>;
  /** Folders whose changes trigger a rebuild (the content folder). */
  watch: string[];
  /**
   * Runs once the server answers, before the first rebuild: the pages already in `outputDir` are
   * served meanwhile, so this may wait (for content that loads) without leaving the editor with nothing.
   */
  beforeFirstBuild?: (url: string) => Promise<void>;
}

export interface DevServer {
  /** The address to open, with the port actually taken. */
  url: string;
  eleventy: Eleventy;
}

/** The parts of `@11ty/eleventy-dev-server` (2.x) used here; checked at run time, as they are not public API. */
interface DevServerInternals {
  readonly server: Server;
  ready(): Promise<void>;
  _serverListen(port: number): void;
  augmentContentWithNotifier(content: string, inlineContents?: boolean, options?: object): string;
}

interface EleventyServeInternals {
  init(): Promise<void>;
  initServerInstance(): Promise<void>;
  readonly server: unknown;
}

function isDevServer(value: unknown): value is DevServerInternals {
  const candidate = value as Partial<Record<keyof DevServerInternals, unknown>> | undefined;
  return (
    typeof candidate?._serverListen === "function" &&
    typeof candidate.ready === "function" &&
    typeof candidate.augmentContentWithNotifier === "function"
  );
}

/**
 * Eleventy's dev server has no `host` option (it listens on every interface, 11ty/dev-server#128),
 * sets `headers` only on the files it renders (not on redirects, error pages or its reload client),
 * and inlines its reload client in pages that are not 200, which our CSP (`script-src 'self'`) blocks.
 * This adjusts the one instance Eleventy creates, before it listens, and fails loudly if it changed.
 */
async function adjustedDevServer(eleventy: Eleventy, host: string): Promise<DevServerInternals> {
  const serve = (eleventy as unknown as { eleventyServe?: EleventyServeInternals }).eleventyServe;
  if (!serve) throw new Error("Eleventy n’expose plus son serveur de développement (eleventyServe) : revoir src/eleventy/serve-pages.ts.");
  await serve.init();
  await serve.initServerInstance();
  const devServer = serve.server;
  if (!isDevServer(devServer)) throw new Error("@11ty/eleventy-dev-server a changé : revoir src/eleventy/serve-pages.ts.");
  devServer._serverListen = (port: number) => devServer.server.listen({ port, host });
  devServer.server.prependListener("request", (_request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  });
  const augment = devServer.augmentContentWithNotifier.bind(devServer);
  devServer.augmentContentWithNotifier = (content, _inlineContents, options) => augment(content, false, options);
  return devServer;
}

function urlOf(server: Server): string {
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("Le serveur de développement n’écoute sur aucun port.");
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const host = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/**
 * The dev server: the same pages, from the same graph builder as a full build, rebuilt on every
 * change to content or templates, with open data and content images kept in step, and the production security headers
 * on every answer so that a CSP mistake shows while editing rather than once deployed.
 */
export async function servePages(options: ServeOptions): Promise<DevServer> {
  let latest: SiteGraph | undefined;
  const eleventy = new Eleventy(PAGES_DIR, options.outputDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    runMode: "serve",
    config: (config: UserConfig) => {
      provideGraph(config, async () => (latest = await options.loadGraph()));
      for (const folder of options.watch) config.addWatchTarget(folder);
      config.addPlugin(pdfSizesPlugin, { pdfDir: path.join(options.outputDir, "pdf") });
      // Eleventy takes `port || serverOptions.port`: both are set so that 0 means any free port.
      config.setServerOptions({ port: options.port, messageOnStart: () => false });
      config.on("eleventy.after", async () => {
        if (!latest) return;
        await writeOpenData(options.outputDir, latest);
        await copyImages(options.outputDir, latest.images);
      });
    },
  });
  await eleventy.init();
  const devServer = await adjustedDevServer(eleventy, options.host);
  await eleventy.serve(options.port);
  await devServer.ready();
  const url = urlOf(devServer.server);
  await options.beforeFirstBuild?.(url);
  await eleventy.watch();
  return { url, eleventy };
}
