import { describe, expect, it } from 'vitest';
import { flippedTabs, NO_SITE_CONTROL, offReason, readSiteControl, withSite } from '../../data/site-control.ts';

describe('where Backstory runs', () => {
  it('is off on a site the reader turned off, with or without www.', () => {
    const c = withSite(NO_SITE_CONTROL, 'www.Example.com', true);
    expect(offReason(c, 'example.com')).toBe('site');
    expect(offReason(c, 'www.example.com')).toBe('site');
    expect(offReason(c, 'news.example.com')).toBeNull();
    expect(offReason(withSite(c, 'example.com', false), 'www.example.com')).toBeNull();
  });

  it('is off everywhere while paused', () => {
    expect(offReason({ paused: true, offSites: [] }, 'anything.org')).toBe('paused');
  });

  it('reads a damaged stored value as on everywhere, keeping what is readable', () => {
    expect(readSiteControl('nonsense')).toEqual(NO_SITE_CONTROL);
    expect(readSiteControl({ paused: 'yes', offSites: ['a.com', 3, '', 'WWW.A.com', 'b.org'] })).toEqual({ paused: false, offSites: ['a.com', 'b.org'] });
  });

  it('lists the open tabs a switch turns off or back on, and only those', () => {
    const tabs = [
      { id: 1, url: 'https://www.example.com/story' },
      { id: 2, url: 'https://news.other.org/' },
      { id: 3, url: 'chrome://newtab/' },
      { id: 4 }, // no permission to see its URL
      { url: 'https://example.com/no-id' },
      { id: 5, url: 'not a url' },
    ];
    const off = withSite(NO_SITE_CONTROL, 'example.com', true);
    expect(flippedTabs(tabs, NO_SITE_CONTROL, off)).toEqual([{ tabId: 1, off: true }]);
    expect(flippedTabs(tabs, off, NO_SITE_CONTROL)).toEqual([{ tabId: 1, off: false }]);
    // Pausing flips every web page but the one already off; resuming with the site still off leaves it off.
    const paused = { ...off, paused: true };
    expect(flippedTabs(tabs, off, paused)).toEqual([{ tabId: 2, off: true }]);
    expect(flippedTabs(tabs, paused, off)).toEqual([{ tabId: 2, off: false }]);
    expect(flippedTabs(tabs, off, off)).toEqual([]);
  });
});
