/**
 * Places an article into a real host page: the host's article body (found from
 * Readability's expected output) is replaced by the article's paragraphs, and its
 * title, headline and descriptions take the article's. Self-contained (it runs
 * inside Chromium through page.evaluate in real-markup.ts, and under happy-dom in
 * the DOM tier), so it uses only the DOMParser of wherever it runs.
 */

export interface Article {
  id: string;
  label: 'positive' | 'negative';
  lang: string;
  subtopic: string;
  source: { url: string; publisher: string; published: string | null; title: string };
  headline: string;
  paragraphs: string[];
}

/** In the page: replaces the host's article body with the article; returns the serialised page. */
export function placeInPage(args: { source: string; expected: string; article: Article & { set: string }; setLang: boolean }) {
  const { source, expected, article, setLang } = args;
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const exp = new DOMParser().parseFromString(expected, 'text/html');
  const norm = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
  const wanted = new Set([...exp.querySelectorAll('p, li, blockquote, h2, h3')].map((e) => norm(e.textContent)).filter((t) => t.length >= 40));
  let matched: Element[] = [...doc.body.querySelectorAll('p')].filter((e) => wanted.has(norm(e.textContent)));
  if (matched.length < 3) matched = [...doc.body.querySelectorAll('p, li, blockquote, h2, h3, div, td')].filter((e) => wanted.has(norm(e.textContent)));
  if (matched.length === 0) return null;
  // The body: the deepest element holding at least 80% of the matched paragraphs.
  const counts = new Map<Element, number>();
  for (const m of matched) for (let a = m.parentElement; a; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
  const depth = (e: Element) => {
    let d = 0;
    for (let a = e.parentElement; a; a = a.parentElement) d++;
    return d;
  };
  let body: Element | null = null;
  for (const [el, n] of counts) if (n >= matched.length * 0.8 && (!body || depth(el) > depth(body))) body = el;
  if (!body || body === doc.body || body === doc.documentElement) return null;

  const h1 = doc.querySelector('h1');
  const headlineInBody = h1 ? body.contains(h1) : false;
  body.replaceChildren();
  // Marks for the tests' chrome check only; Backstory never reads data-real-markup.
  body.setAttribute('data-real-markup', 'body');
  if (headlineInBody) {
    const h = doc.createElement('h1');
    h.textContent = article.headline;
    body.append(h);
  } else if (h1) h1.textContent = article.headline;
  for (const text of article.paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    body.append(p);
  }
  doc.title = article.headline;
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) doc.querySelector(sel)?.setAttribute('content', article.headline);
  const dek = article.paragraphs[0]!.slice(0, 160);
  for (const sel of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) doc.querySelector(sel)?.setAttribute('content', dek);
  if (setLang) doc.documentElement.setAttribute('lang', article.lang);
  const headline = headlineInBody ? body.querySelector('h1') : h1;
  headline?.setAttribute('data-real-markup', 'headline');
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n` };
}
