export declare const chromiumPath: () => string;
export declare const CHROMIUM_FLAGS: readonly string[];
export declare const HEADLESS_UNSEEN_UI: readonly string[];
export declare const PLAYWRIGHT_DISABLED_FEATURES: readonly string[];
export declare function playwrightLaunchOptions(): {
  executablePath: string;
  env: Record<string, string | undefined>;
  args: string[];
};
