// How every browser test starts Chromium: Debian's (never a downloaded browser), headless, with nothing in
// the background that phones home. Used by the end-to-end tests and the console's server test (Playwright),
// the widget tests (web-test-runner, Puppeteer) and Lighthouse (chrome-launcher).

/** Debian's Chromium: CHROME_PATH or /usr/bin/chromium. */
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]);

/**
 * Browser UI that a headless window never shows, but that Chromium 156 still builds for every window
 * (every page of a new context): the omnibox popup, two WebUI pages in a renderer process of their own.
 * That doubled the CPU of opening a page: 20 pages took 26 core-s with them, 13.8 without. Puppeteer
 * disables these and the WebUI reload button by default; Playwright 1.65 does not.
 */
export const HEADLESS_UNSEEN_UI = Object.freeze([
  'WebUIReloadButton',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
]);

/**
 * Playwright 1.65's own `--disable-features` list (its chromiumSwitches.ts). Chromium honours only the
 * last `--disable-features` on its command line and Playwright puts ours after its own, so ours must
 * repeat its list or it would switch those features back on. scripts/test/chromium.unit.test.ts fails when
 * Playwright's list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = Object.freeze([
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]);

/**
 * Playwright's `chromium.launch()` options. The browser keeps the real clock when a test step shifts the
 * server's (faketime's LD_PRELOAD and its settings are left out of its environment).
 */
export function playwrightLaunchOptions() {
  const disabled = [...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_UNSEEN_UI];
  return {
    executablePath: chromiumPath(),
    env: Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME')),
    ),
    args: [...CHROMIUM_FLAGS, `--disable-features=${disabled.join(',')}`],
  };
}
