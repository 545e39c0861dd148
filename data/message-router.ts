/**
 * Routing a runtime message to its handler, in @webext-core/messaging's wire
 * format (`{ id, type, data, timestamp }` in, `{ res }` out). The library keeps
 * its handlers in a plain object, so a message typed `constructor` or
 * `__proto__` reached Object.prototype and answered with the sender's url or a
 * stack trace. Here the envelope is a strict schema, the type must be one of
 * the protocol's own names, handlers live in a Map, and anything else gets no
 * answer at all: nothing is echoed. A handler that throws answers a plain
 * failed Result, never the error's stack. Pure: the browser listener is the
 * caller's (entrypoints/background/messaging.ts).
 */
import * as z from 'zod/mini';

/** Refused as a message type or a key anywhere: they name Object.prototype's members. */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The wire envelope; its `data` is checked by each handler's own schema. */
export const envelopeSchema = z.strictObject({
  id: z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.optional(z.unknown()),
  timestamp: z.number().check(z.minimum(0), z.maximum(8.64e15)),
});

export interface Incoming<S> {
  data: unknown;
  sender: S;
}

export type Handler<S> = (message: Incoming<S>) => unknown;

/** What the caller hands back to the browser: the answer, or undefined for "not ours, no answer". */
export function route<S>(
  handlers: ReadonlyMap<string, Handler<S>>,
  known: ReadonlySet<string>,
  message: unknown,
  sender: S,
): Promise<{ res: unknown }> | undefined {
  const parsed = envelopeSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const { type, data } = parsed.data;
  if (PROTOTYPE_NAMES.has(type) || !known.has(type)) return undefined;
  const handler = handlers.get(type);
  if (!handler) return undefined;
  return (async () => {
    try {
      return { res: await handler({ data, sender }) };
    } catch {
      return { res: { ok: false, error: 'Backstory could not answer that request.' } };
    }
  })();
}
