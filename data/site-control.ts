/**
 * "Off on this site" and "Pause everywhere": the reader's say over where
 * Backstory runs. Kept in storage.local under one key, read by the gate before
 * anything else (so an off site costs one storage read), written by the popup and
 * the options page. Pure and zod-free: the gate imports it.
 */

/** storage.local key. */
export const SITE_CONTROL_KEY = 'backstory:site-control';

export interface SiteControl {
  /** Paused everywhere: the gate does not run on any page. */
  paused: boolean;
  /** Hostnames (without "www.") Backstory is off on, sorted. */
  offSites: string[];
}

export const NO_SITE_CONTROL: SiteControl = { paused: false, offSites: [] };

/** A site as the reader thinks of it: "www.nytimes.com" and "nytimes.com" are one site. */
export const siteOf = (hostname: string) => {
  const h = hostname.toLowerCase();
  return h.startsWith('www.') ? h.slice(4) : h;
};

/** The stored value, whatever state it is in: anything malformed reads as "on everywhere". */
export function readSiteControl(value: unknown): SiteControl {
  if (!value || typeof value !== 'object') return NO_SITE_CONTROL;
  const v = value as { paused?: unknown; offSites?: unknown };
  const offSites = Array.isArray(v.offSites) ? v.offSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 253) : [];
  return { paused: v.paused === true, offSites: [...new Set(offSites.map(siteOf))].sort() };
}

/** Why Backstory does not run on this host, or null when it does. */
export function offReason(control: SiteControl, hostname: string): 'paused' | 'site' | null {
  if (control.paused) return 'paused';
  return control.offSites.includes(siteOf(hostname)) ? 'site' : null;
}

export function withSite(control: SiteControl, hostname: string, off: boolean): SiteControl {
  const site = siteOf(hostname);
  const rest = control.offSites.filter((s) => s !== site);
  return { ...control, offSites: off ? [...rest, site].sort() : rest };
}

/**
 * The open tabs whose on/off state a change of the reader's switches flips, and which way:
 * what the toolbar must show at once, also on pages whose script stopped at the gate.
 * Tabs without an http(s) URL (new tab, the extension's own pages) are never listed.
 */
export function flippedTabs(tabs: { id?: number; url?: string }[], before: SiteControl, after: SiteControl): { tabId: number; off: boolean }[] {
  const flipped: { tabId: number; off: boolean }[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url) continue;
    let hostname: string;
    try {
      const url = new URL(tab.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      hostname = url.hostname;
    } catch {
      continue;
    }
    const was = offReason(before, hostname) !== null;
    const now = offReason(after, hostname) !== null;
    if (was !== now) flipped.push({ tabId: tab.id, off: now });
  }
  return flipped;
}
