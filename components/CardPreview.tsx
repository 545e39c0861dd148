import type { CardData } from '../data/protocol.ts';
import { clipWords } from '../data/records/card-brief.ts';

/** Words of the summary a preview shows: about one line (CSS clamps it at two). */
const PREVIEW_WORDS = 12;

/** The hover preview: name, type and one line. Pointer-only; the card itself is what a click opens. */
export function CardPreview({ card, dark }: { card: CardData; dark: boolean }) {
  return (
    <div class={`bs-preview bs-${card.type}${dark ? ' bs-dark' : ''}`} role="tooltip">
      <p class="bs-kicker">{card.kicker}</p>
      <p class="bs-preview-title">{clipWords(card.title, 12)}</p>
      {card.verdict && <p class={`bs-verdict bs-verdict-${card.verdict.key}`}><strong>{card.verdict.label}</strong></p>}
      <p class="bs-preview-line">{clipWords(card.summary, PREVIEW_WORDS)}</p>
    </div>
  );
}
