import { describe, expect, it } from 'vitest';
import { NO_SITE_CONTROL, offReason, readSiteControl, withSite } from '../../data/site-control.ts';

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
});
