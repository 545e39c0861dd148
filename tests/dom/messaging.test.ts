// @vitest-environment happy-dom
/**
 * The content side of the typed protocol (@webext-core/messaging over
 * chrome.runtime). gate-watch.ts speaks its wire format by hand, to keep the
 * library out of the script every page loads; these tests hold the two together:
 * what the gate writes, the library reads, and the other way round.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptyCounts } from '../../data/layers.ts';
import type { PageState } from '../../data/protocol.ts';
import { SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { watchGate } from '../../entrypoints/content/gate-watch.ts';
import { onMessage, sendMessage } from '../../entrypoints/content/messaging.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

type Listener = (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => boolean | void;

/** chrome.runtime as the library uses it: callback sends, listeners that answer through `respond`. */
function fakeChrome() {
  const listeners: Listener[] = [];
  const sent: unknown[] = [];
  let peer: ((message: unknown) => Promise<unknown>) | undefined;
  const runtime = {
    id: fakeBrowser.runtime.id,
    lastError: undefined as { message: string } | undefined,
    sendMessage(message: unknown, callback: (answer: unknown) => void) {
      sent.push(message);
      if (!peer) {
        runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
        callback(undefined);
        runtime.lastError = undefined;
        return;
      }
      void peer(message).then(callback);
    },
    onMessage: {
      addListener: (fn: Listener) => listeners.push(fn),
      removeListener: (fn: Listener) => listeners.splice(listeners.indexOf(fn), 1),
    },
  };
  /** Delivers `message` to this context's listeners, as from `sender`; resolves with the answer given. */
  const deliver = (message: unknown, sender: { id?: string } = { id: runtime.id }) =>
    new Promise<unknown>((resolve) => {
      let answered = false;
      for (const fn of listeners) if (fn(message, sender, (a) => ((answered = true), resolve(a)))) return;
      if (!answered) resolve(undefined);
    });
  return { chrome: { runtime }, sent, deliver, answerWith: (fn: typeof peer) => (peer = fn) };
}

let fake: ReturnType<typeof fakeChrome>;
const STATE: PageState = { url: 'https://news.example/a', status: 'coverage', counts: { entities: 3, timeline: 1, claims: 0, figures: 0 }, published: null };

beforeEach(() => {
  fakeBrowser.reset();
  fake = fakeChrome();
  vi.stubGlobal('chrome', fake.chrome);
});
afterEach(() => vi.unstubAllGlobals());

describe('sendMessage', () => {
  it('sends the type and data, and gives back what the background answered', async () => {
    fake.answerWith(async (m) => ({ res: { ok: true, value: (m as { data: { id: string } }).data.id } }));
    expect(await sendMessage('getCard', { id: 'ent-bytedance' })).toEqual({ ok: true, value: 'ent-bytedance' });
    expect(fake.sent).toEqual([{ id: expect.any(Number), type: 'getCard', data: { id: 'ent-bytedance' }, timestamp: expect.any(Number) }]);
  });

  it('fails, rather than hanging, when no worker is there to answer', async () => {
    await expect(sendMessage('getPackTerms', undefined)).rejects.toThrow('Receiving end does not exist');
  });

  it('reads the answer gate-watch gives by hand on a page without the annotator', async () => {
    const lifetime: FakeLifetime = fakeLifetime();
    document.title = 'Recipes';
    watchGate(lifetime, document, async () => undefined);
    // The popup asks; the gate's bare listener answers through fakeBrowser.
    fake.answerWith(async (m) => (await fakeBrowser.runtime.onMessage.trigger(m, { id: fakeBrowser.runtime.id })).find(Boolean));
    const answer = await sendMessage('getPageState', undefined);
    expect(answer).toEqual({ ok: true, value: { url: location.href, status: 'quiet', counts: emptyCounts(), published: null } });
    lifetime.end();
  });
});

describe('onMessage', () => {
  it('answers a message of its type with the handler’s Result, and leaves others to other listeners', async () => {
    const stop = onMessage('getPageState', () => ({ ok: true, value: STATE }));
    expect(await fake.deliver({ id: 1, type: 'getPageState', timestamp: Date.now() })).toEqual({ res: { ok: true, value: STATE } });
    expect(await fake.deliver({ id: 2, type: 'stepCard', data: { step: 1 }, timestamp: Date.now() })).toBeUndefined();
    stop();
  });

  it('ignores what is not in the wire format: a bare object, a string', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: STATE }));
    const stop = onMessage('getPageState', handler);
    expect(await fake.deliver({ type: 'getPageState' })).toBeUndefined();
    expect(await fake.deliver('getPageState')).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    stop();
  });

  it('gives the handler who sent the message, so a handler can refuse anyone but Backstory', async () => {
    const stop = onMessage('getPageState', ({ sender }) => (sender.id === fakeBrowser.runtime.id ? { ok: true, value: STATE } : { ok: false, error: 'Refused.' }));
    expect(await fake.deliver({ id: 1, type: 'getPageState', timestamp: 1 }, { id: 'another-extension' })).toEqual({ res: { ok: false, error: 'Refused.' } });
    expect(await fake.deliver({ id: 2, type: 'getPageState', timestamp: 2 })).toEqual({ res: { ok: true, value: STATE } });
    stop();
  });

  it('reads the badge report gate-watch sends by hand for a site the reader switched off', async () => {
    const got = vi.fn((_: unknown) => ({ ok: true as const, value: null }));
    const stop = onMessage('reportPage', ({ data }) => got(data));
    await fakeBrowser.storage.local.set({ [SITE_CONTROL_KEY]: { paused: true, offSites: [] } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((m: unknown) => fake.deliver(m) as never);
    const lifetime = fakeLifetime();
    watchGate(lifetime, document, async () => undefined);
    await vi.waitFor(() => expect(got).toHaveBeenCalledOnce());
    expect(got.mock.calls[0]![0]).toMatchObject({ status: 'off', url: location.href });
    lifetime.end();
    stop();
  });
});
