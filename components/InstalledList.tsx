import { formatDate } from '../data/format-date.ts';
import type { InstalledData, InstalledPack } from '../data/protocol.ts';

export interface InstalledListProps {
  installed: InstalledData;
  /** Id of a pack being removed, to disable its button. */
  removing?: string;
  onRemove(id: string): void;
}

const COUNT_NAMES: [keyof InstalledPack['counts'], string, string][] = [
  ['entities', 'entity', 'entities'], ['events', 'event', 'events'], ['claims', 'claim', 'claims'],
  ['figures', 'figure', 'figures'], ['sources', 'source', 'sources'],
];

export function countsText(counts: InstalledPack['counts']): string {
  const parts = COUNT_NAMES.filter(([k]) => counts[k] > 0).map(([k, one, many]) => `${counts[k]} ${counts[k] === 1 ? one : many}`);
  return parts.length ? parts.join(', ') : 'no records';
}

/** The bundled dataset and each installed pack, newest data last, each pack with a Remove button. */
export function InstalledList({ installed, removing, onRemove }: InstalledListProps) {
  const { bundled, packs } = installed;
  return (
    <section aria-labelledby="bs-installed">
      <h2 id="bs-installed">Installed data</h2>
      <ul class="bs-installed">
        <li class="bs-bundled">
          <strong>{bundled.title}</strong> (bundled with this build)
          <span class="bs-meta">version {bundled.version} · last reviewed {formatDate(bundled.lastReviewed)}</span>
        </li>
        {packs.map((p) => (
          <li key={p.id} class="bs-pack" data-pack={p.id}>
            <strong>{p.title}</strong> by {p.publisher}
            <span class="bs-meta">
              version {p.version} · {formatDate(p.created)} · {countsText(p.counts)}
            </span>
            <button type="button" disabled={removing === p.id} onClick={() => onRemove(p.id)} aria-label={`Remove ${p.title}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {packs.length === 0 && <p class="bs-none">No context packs installed.</p>}
    </section>
  );
}
