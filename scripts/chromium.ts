/**
 * How every script and test here starts Chromium: Debian's /usr/bin/chromium (nothing is
 * downloaded), without a sandbox (root in CI) and with no background network traffic.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
