// @vitest-environment happy-dom
/**
 * The content script's calls to the background, against a hand-written
 * background behind messaging.ts: the answer's value comes back, a failed Result
 * becomes the reader's message, a worker that is waking up is asked again, and
 * the badge reports never throw. Answers are validated on the background side
 * (zod, handlers.ts), not here: here anything but an ok Result is refused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardData, PageState } from '../../data/protocol.ts';

const background = vi.hoisted(() => ({ answer: vi.fn<(type: string, data: unknown) => unknown>() }));
vi.mock('../../entrypoints/content/messaging.ts', () => ({
  // An Error for an answer stands for a worker that is not there: the send itself fails.
  sendMessage: async (type: string, data: unknown) => {
    const answer = background.answer(type, data);
    if (answer instanceof Error) throw answer;
    return answer;
  },
}));
const { BackstoryAnswerError, loadCard, loadPackTerms, repairData, reportFound, reportPage } = await import('../../entrypoints/content/background-client.ts');

const CARD = { id: 'ent-bytedance', type: 'entity', title: 'ByteDance' } as unknown as CardData;
const asleep = () => new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => background.answer.mockReset());

describe('the background client', () => {
  it('asks for a card by id, with the article’s day when the page has one, and gives back its value', async () => {
    background.answer.mockReturnValue({ ok: true, value: CARD });
    expect(await loadCard('ent-bytedance')).toBe(CARD);
    await loadCard('ent-bytedance', '2024-03-13');
    await loadCard('ent-bytedance', null);
    // No `published` key at all without a day to give: null (the page has no date) is a different question.
    expect(background.answer.mock.calls).toStrictEqual([
      ['getCard', { id: 'ent-bytedance' }],
      ['getCard', { id: 'ent-bytedance', published: '2024-03-13' }],
      ['getCard', { id: 'ent-bytedance', published: null }],
    ]);
  });

  it('turns a failed answer into an error carrying the background’s words for the reader', async () => {
    background.answer.mockReturnValue({ ok: false, error: 'This record is missing from the stored data.' });
    const error = await loadCard('ent-gone').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackstoryAnswerError);
    expect((error as Error).name).toBe('BackstoryAnswerError'); // the card shows such messages as they are
    expect((error as Error).message).toBe('This record is missing from the stored data.');
  });

  it('refuses an answer that is not an ok Result: nothing, or a value without ok', async () => {
    for (const answer of [undefined, null, {}, { value: CARD }, { ok: false }]) {
      background.answer.mockReturnValue(answer);
      await expect(loadCard('ent-bytedance'), JSON.stringify(answer)).rejects.toBeInstanceOf(BackstoryAnswerError);
    }
  });

  it('asks a worker that is still starting again, until it answers', async () => {
    background.answer.mockReturnValueOnce(asleep()).mockReturnValueOnce(asleep()).mockReturnValue({ ok: true, value: { terms: [], replaced: [], revision: 3 } });
    expect(await loadPackTerms()).toEqual({ terms: [], replaced: [], revision: 3 });
    expect(background.answer).toHaveBeenCalledTimes(3);
    expect(background.answer).toHaveBeenCalledWith('getPackTerms', undefined);
  });

  it('does not ask again once the background has answered, even with a refusal', async () => {
    background.answer.mockReturnValue({ ok: false, error: 'Repair failed.' });
    await expect(repairData()).rejects.toThrow('Repair failed.');
    expect(background.answer).toHaveBeenCalledTimes(1);
    expect(background.answer).toHaveBeenCalledWith('repairData', undefined);
  });

  it('sends the badge and side-panel reports best effort: a worker that is gone is no error', async () => {
    background.answer.mockReturnValue(asleep());
    const state: PageState = { url: 'https://news.example/a', status: 'coverage', counts: { entities: 3, timeline: 0, claims: 0, figures: 1 }, published: null };
    await expect(reportPage(state)).resolves.toBeUndefined();
    await expect(reportFound({ url: state.url, published: null, found: [] })).resolves.toBeUndefined();
    expect(background.answer.mock.calls.map(([type]) => type)).toEqual(['reportPage', 'reportFound']);
  });
});
