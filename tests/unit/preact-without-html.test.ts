import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripPreactHtml } from '../../data/scripts/preact-without-html.ts';

const require = createRequire(import.meta.url);
const preactBrowserBuild = readFileSync(require.resolve('preact').replace(/preact\.js$/, 'preact.module.js'), 'utf8');

describe('Preact without its HTML path', () => {
  it('cuts the one innerHTML write out of the installed Preact, and nothing else', () => {
    expect(preactBrowserBuild).toContain('innerHTML');
    const out = stripPreactHtml(preactBrowserBuild);
    expect(out).not.toContain('innerHTML');
    expect(preactBrowserBuild.length - out.length).toBeLessThan(200);
    expect(out).toContain('"dangerouslySetInnerHTML"'); // the prop is still taken out of the props, so it never becomes an attribute
  });

  it('fails the build, rather than ship the HTML path, when Preact’s code no longer matches', () => {
    expect(() => stripPreactHtml('if(h)u.innerHTML=h.__html;')).toThrow(/not found once/);
  });
});
