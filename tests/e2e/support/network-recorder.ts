/**
 * A CDP recorder of every request made anywhere in the browser, and the checks the privacy e2e
 * tests run on what it saw: requests from the extension that leave the browser, web requests the
 * test did not open, requests the fixture server received, and downloads not from the extension's
 * own blob: URLs.
 */
import type { Browser, CDPSession, Protocol, WebWorker } from 'puppeteer-core';
import type { FixtureServer } from './fixture-server';

export interface SeenRequest {
  /** A request, a WebSocket, or the address a target (tab, worker…) was created with or navigated to. */
  kind: 'request' | 'websocket' | 'address';
  url: string;
  /** The kind of CDP target it was seen in: 'service_worker', 'page', 'other' (the popup)… */
  targetType: string;
  /** The document or worker script that made it. */
  documentUrl: string;
  /** Scripts named by the initiator, e.g. a content script's chrome-extension:// file. */
  initiatorUrls: string[];
}

function initiatorUrls(initiator?: Protocol.Network.Initiator): string[] {
  const urls = initiator?.url ? [initiator.url] : [];
  for (let stack = initiator?.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((frame) => frame.url));
  return urls.filter(Boolean);
}

const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

/**
 * Sees every request of every target in the browser: pages, the popup, the options page, service
 * and other workers, frames. It auto-attaches with waitForDebuggerOnStart, so a new target stays
 * paused until Network is enabled on it and nothing it does first is missed. Attach it before the
 * extension is installed (launchWithExtension's beforeInstall) to see the worker's first run too.
 */
export class NetworkRecorder {
  readonly requests: SeenRequest[] = [];
  readonly #seen = new Set<string>();

  static async attach(browser: Browser): Promise<NetworkRecorder> {
    const recorder = new NetworkRecorder();
    const root = await browser.target().createCDPSession();
    recorder.#follow(root);
    // A tab opened straight onto an address (chrome.tabs.create) starts loading before anyone can
    // attach to it, so the address every target shows, first and after each navigation, counts too.
    const noteAddress = ({ targetInfo: target }: { targetInfo: Protocol.Target.TargetInfo }) => {
      if (target.type !== 'browser_ui' && target.url && target.url !== 'about:blank') {
        recorder.#add(`${target.targetId} address`, { kind: 'address', url: target.url, targetType: target.type, documentUrl: target.url, initiatorUrls: [] });
      }
    };
    root.on('Target.targetCreated', noteAddress);
    root.on('Target.targetInfoChanged', noteAddress);
    await root.send('Target.setDiscoverTargets', { discover: true });
    await root.send('Target.setAutoAttach', AUTO_ATTACH);
    return recorder;
  }

  /** Requests made by the extension: from its pages and workers, or by its scripts inside a web page. */
  fromExtension(extensionId: string): SeenRequest[] {
    const origin = `chrome-extension://${extensionId}/`;
    return this.requests.filter((request) => [request.documentUrl, ...request.initiatorUrls].some((url) => url.startsWith(origin)));
  }

  #follow(parent: CDPSession): void {
    parent.on('Target.attachedToTarget', (event) => {
      const session = parent.connection()?.session(event.sessionId);
      if (session) void this.#listen(session, event.targetInfo);
    });
  }

  async #listen(session: CDPSession, target: Protocol.Target.TargetInfo): Promise<void> {
    try {
      // The browser's own UI (omnibox popup…) only loads chrome:// resources.
      if (target.type === 'browser_ui') return;
      this.#follow(session);
      let documentUrl = target.url;
      session.on('Network.requestWillBeSent', (event) => {
        documentUrl = event.documentURL ?? documentUrl;
        this.#add(event.requestId, {
          kind: 'request',
          url: event.request.url,
          targetType: target.type,
          documentUrl,
          initiatorUrls: initiatorUrls(event.initiator),
        });
      });
      session.on('Network.webSocketCreated', (event) => {
        this.#add(event.requestId, { kind: 'websocket', url: event.url, targetType: target.type, documentUrl, initiatorUrls: initiatorUrls(event.initiator) });
      });
      await Promise.all([session.send('Network.enable'), session.send('Target.setAutoAttach', AUTO_ATTACH)]);
    } catch {
      // The target went away while we attached.
    } finally {
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    }
  }

  /** A worker can be attached twice (on its own and under a page it serves): count each request once. */
  #add(requestId: string, request: SeenRequest): void {
    const key = `${requestId} ${request.url}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.requests.push(request);
  }
}

/** Schemes that stay inside the browser. Anything else (http, https, ws, wss, ftp…) would leave it. */
const INTERNAL_SCHEMES = ['chrome-extension:', 'blob:', 'data:'];
const LEAVES_THE_BROWSER = /^(https?|wss?|ftp):/i;

export function extensionRequestsLeavingTheBrowser(recorder: NetworkRecorder, extensionId: string): string[] {
  return recorder
    .fromExtension(extensionId)
    .map((request) => request.url)
    .filter((url) => !INTERNAL_SCHEMES.some((scheme) => url.startsWith(scheme)));
}

/** Network requests from any context (also a tab the extension might open) other than the fixture pages the test opened. */
export function webRequestsNotOpenedByTheTest(recorder: NetworkRecorder, server: FixtureServer, paths: ReadonlySet<string>): string[] {
  return recorder.requests
    .map((request) => request.url)
    .filter((url) => LEAVES_THE_BROWSER.test(url))
    .filter((url) => !(url.startsWith(`${server.origin}/`) && paths.has(new URL(url).pathname)));
}

export function serverRequestsNotOpenedByTheTest(server: FixtureServer, paths: ReadonlySet<string>): string[] {
  return server.requests.filter((request) => request.host !== '127.0.0.1' || !paths.has(request.path)).map((request) => `${request.host}${request.path}`);
}

/** Downloads happen in the browser process, out of every target's sight: ask the downloads list. */
export async function downloadsNotFromExtensionBlobs(worker: WebWorker, extensionId: string): Promise<string[]> {
  const urls = await worker.evaluate(async () => (await chrome.downloads.search({})).map((item) => item.url));
  return urls.filter((url) => !url.startsWith(`blob:chrome-extension://${extensionId}/`));
}
