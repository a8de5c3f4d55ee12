import browser from 'webextension-polyfill';

interface UserAgentData {
  brands?: { brand: string; version: string }[];
  getHighEntropyValues?: (hints: string[]) => Promise<{ fullVersionList?: { brand: string; version: string }[] }>;
}

let cached: Promise<{ name: string; version: string }> | undefined;

/** Name and full version of the browser, from the extension's own context (not from any page). */
export function browserInfo(): Promise<{ name: string; version: string }> {
  cached ??= readBrowserInfo().catch(() => ({ name: 'unknown', version: 'unknown' }));
  return cached;
}

async function readBrowserInfo(): Promise<{ name: string; version: string }> {
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (typeof runtime.getBrowserInfo === 'function') {
    const info = await runtime.getBrowserInfo();
    return { name: info.name, version: info.version };
  }
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const list = (await data?.getHighEntropyValues?.(['fullVersionList']))?.fullVersionList ?? data?.brands ?? [];
  const real = list.find(({ brand }) => !/not.?a.?brand/i.test(brand) && brand !== 'Chromium') ?? list.find(({ brand }) => brand === 'Chromium');
  if (real) return { name: real.brand, version: real.version };
  const match = /(Chrome|Chromium|Firefox)\/([\d.]+)/.exec(navigator.userAgent);
  return match?.[1] && match[2] ? { name: match[1], version: match[2] } : { name: 'unknown', version: 'unknown' };
}
