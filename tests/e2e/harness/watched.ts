// A fixture server plus Chromium with a DevTools port, and a recorder of every
// request made from an extension context: the setup of the privacy and
// resilience files, which must prove no request ever leaves the extension.
import { launchChromium, type LaunchedChromium } from './browser';
import { debuggingArgs, freePort } from './cdp';
import { watchExtensionNetwork, type ExtensionNetworkWatch } from './extension-network';
import { startFixtureServer, type FixtureServer } from './server';

export interface WatchedChromium {
  server: FixtureServer;
  browser: LaunchedChromium;
  net: ExtensionNetworkWatch;
  close(): Promise<void>;
}

export async function launchWatchedChromium(): Promise<WatchedChromium> {
  const server = await startFixtureServer();
  const port = await freePort();
  const browser = await launchChromium({ server, args: debuggingArgs(port) });
  const net = await watchExtensionNetwork(port, browser.extensionId);
  return {
    server,
    browser,
    net,
    async close() {
      net.close();
      await browser.close();
      await server.close();
    },
  };
}
