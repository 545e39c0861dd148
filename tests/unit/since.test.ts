import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { figureSince, placeAgainst, splitByArticle } from '../../data/records/since.ts';

const ds = datasetSchema.parse(bundledDataset);
const byId = new Map(ds.events.map((e) => [e.id, e]));

describe('what happened since an article', () => {
  it('splits ByteDance’s timeline around an article of 13 Mar 2024: the ruling and the joint venture came after', () => {
    const bytedance = ds.entities.find((e) => e.name === 'ByteDance')!;
    const split = splitByArticle(bytedance.related.map((id) => byId.get(id)!), '2024-03-13');
    const since = split.since.map((e) => e.title);
    expect(since.some((t) => /Supreme Court upholds/.test(t))).toBe(true);
    expect(since.some((t) => /Joint Venture/.test(t))).toBe(true);
    expect(split.before.some((e) => /House passes H\.R\. 7521/.test(e.title))).toBe(true); // the article's own day is before
    // Newest first among the developments since.
    expect([...split.since].sort((a, b) => (a.date < b.date ? 1 : -1))).toEqual(split.since);
  });

  it('never places an event whose period overlaps the article on either side', () => {
    expect(placeAgainst({ date: '2024' }, '2024-03-13')).toBe('around');
    expect(placeAgainst({ date: '2024-03' }, '2024-03-13')).toBe('around');
    expect(placeAgainst({ date: '2024-02' }, '2024-03-13')).toBe('before');
    expect(placeAgainst({ date: '2025-01-18', end: '2025-01-19' }, '2025-01-18')).toBe('around');
    expect(placeAgainst({ date: '2025-01-19' }, '2025-01-18')).toBe('since');
  });

  it('says when a later value replaced the one an article quoted', () => {
    const users = ds.figures.find((f) => f.history.length > 2 && /users/i.test(f.measures))!;
    const change = figureSince(users, '2024-03-13');
    expect(change).not.toBeNull();
    expect(change!.then.date <= '2024-03-13').toBe(true);
    expect(change!.now.date > '2024-03-13').toBe(true);
    expect(change!.now.value).not.toBe(change!.then.value);
    // An article newer than every value has nothing to update.
    expect(figureSince(users, '2099-01-01')).toBeNull();
  });
});
