// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageIsDark } from '../../entrypoints/content/page-theme.ts';

const page = (style: string) => {
  document.documentElement.innerHTML = `<head><style>${style}</style></head><body><main><article><p>TikTok</p></article></main></body>`;
  return document.querySelector('article')!;
};

describe('pageIsDark', () => {
  it('sees a dark background set on the body', () => {
    expect(pageIsDark(page('body { background-color: #121212; color: #eee; }'))).toBe(true);
  });
  it('sees a light article card on a dark page as light', () => {
    expect(pageIsDark(page('body { background-color: #111; } article { background-color: rgb(255, 255, 255); }'))).toBe(false);
  });
  it('takes a page with no background as light', () => {
    expect(pageIsDark(page(''))).toBe(false);
  });
});
