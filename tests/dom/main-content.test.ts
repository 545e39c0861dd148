// @vitest-environment happy-dom
/**
 * The main-content finder on the layouts that hid the story on real sites: a form
 * around the page, a widget-named wrapper, teaser articles, comments. Under
 * happy-dom, so the finder runs on a real DOM with no layout.
 */
import { describe, expect, it } from 'vitest';
import { findMainContent } from '../../entrypoints/content/main-content.ts';
import { collectText } from '../../entrypoints/content/page-text.ts';

const story = [
  'ByteDance must sell TikTok by January 19 or the app will be banned in the United States, under a law Congress passed in April.',
  'The Supreme Court heard arguments on January 10, and the justices seemed inclined to uphold the law on national-security grounds.',
  'TikTok says the law violates the First Amendment rights of its 170 million American users, and that a sale is not possible.',
  'Beijing has said it would oppose any forced sale of the recommendation algorithm, which it added to its export-control list in 2020.',
].map((t) => `<p>${t}</p>`).join('');

const teaser = (n: number) => `<article class="card"><h3><a href="/s${n}">Other story ${n}</a></h3><p>A short teaser line for story ${n}, about something else.</p></article>`;

async function read(html: string) {
  document.documentElement.innerHTML = html;
  const scope = await findMainContent(document);
  if (!scope) return { scope, text: '' };
  return { scope, text: (await collectText(scope.root, undefined, scope.keep)).text };
}

describe('findMainContent', () => {
  it('reads an article whose whole page sits inside one <form> (ASP.NET)', async () => {
    const { text } = await read(`<body><form id="aspnetForm"><nav><a href="/">Home</a></nav><div id="main"><h1>TikTok deadline</h1>${story}</div><footer>© Site</footer></form></body>`);
    expect(text).toContain('ByteDance must sell TikTok');
    expect(text).toContain('export-control list');
    expect(text).not.toContain('© Site');
  });

  it('reads an article inside a wrapper whose class names a widget (div.with-sidebar)', async () => {
    const { text } = await read(`<body><div class="layout with-sidebar"><div class="story">${story}</div><div class="sidebar"><p>Most read: a long list of other headlines that are not the story at all today.</p></div></div></body>`);
    expect(text).toContain('ByteDance must sell TikTok');
    expect(text).not.toContain('Most read');
  });

  it('reads an article inside an aria-hidden layout shell that is not hidden', async () => {
    const { text } = await read(`<body><div id="app" aria-hidden="true"><main>${story}</main></div></body>`);
    expect(text).toContain('The Supreme Court heard arguments');
  });

  it('picks the story over teaser <article>s before it, and takes its headline', async () => {
    const { scope, text } = await read(`<body><main>${teaser(1)}${teaser(2)}${teaser(3)}<article class="story"><h1>Court weighs TikTok law</h1>${story}</article>${teaser(4)}</main></body>`);
    expect(scope?.root.className).toBe('story');
    expect(text).toContain('Court weighs TikTok law');
    expect(text).not.toContain('teaser line');
  });

  it('does not take a comment thread longer than the story for the story', async () => {
    const comment = (n: number) => `<li><p>Comment ${n}: I have used TikTok for years and I think the ban is a mistake because the government has shown no evidence at all.</p></li>`;
    const { text } = await read(`<body><div class="post-body">${story}</div><div id="comments" class="comments"><ol>${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></div></body>`);
    expect(text).toContain('ByteDance must sell TikTok');
    expect(text).not.toContain('Comment 3');
  });

  it('still leaves share bars, asides and editors inside the article alone', async () => {
    const { text } = await read(`<body><article>${story}<div class="share-bar">Share on TikTok</div><aside><p>Related: TikTok dances of the year, a round-up of every viral trend.</p></aside><div contenteditable="true">Draft about TikTok</div></article></body>`);
    expect(text).not.toMatch(/Share on TikTok|Related|Draft/);
  });

  it('finds nothing worth reading on an app shell', async () => {
    const { scope } = await read('<body><div id="root"><button>Sign in</button><a href="/tiktok">TikTok</a></div></body>');
    expect(scope).toBeNull();
  });

  it('yields inside one giant paragraph and finds the same story as without slices', async () => {
    const giant = `<p>${'TikTok and ByteDance faced the law, the court said. '.repeat(8_000)}</p>`;
    document.documentElement.innerHTML = `<body><nav><a href="/">Home</a></nav><main><h1>TikTok deadline</h1>${giant}</main></body>`;
    let yields = 0;
    const sliced = await findMainContent(document, { due: () => true, yield: async () => void yields++ });
    const whole = await findMainContent(document);
    expect(yields).toBeGreaterThanOrEqual(6);
    expect(sliced?.root).toBe(whole?.root);
    expect(sliced?.root.localName).toBe('main');
  });
});
