import { formatDate } from '../data/format-date.ts';
import type { InstalledData, InstalledPack } from '../data/protocol.ts';
import { englishT, plural, type MessageKey, type Translate } from '../data/i18n.ts';

export interface InstalledListProps {
  installed: InstalledData;
  /** Id of a pack being removed, to disable its button. */
  removing?: string;
  onRemove(id: string): void;
  t?: Translate;
  locale?: string;
}

const COUNT_NAMES: [keyof InstalledPack['counts'], MessageKey, MessageKey][] = [
  ['entities', 'optionsCountEntitiesOne', 'optionsCountEntitiesOther'], ['events', 'optionsCountEventsOne', 'optionsCountEventsOther'],
  ['claims', 'optionsCountClaimsOne', 'optionsCountClaimsOther'], ['figures', 'optionsCountFiguresOne', 'optionsCountFiguresOther'],
  ['sources', 'optionsCountSourcesOne', 'optionsCountSourcesOther'],
];

export function countsText(counts: InstalledPack['counts'], t: Translate = englishT, locale?: string): string {
  const parts = COUNT_NAMES.filter(([k]) => counts[k] > 0).map(([k, one, other]) => plural(t, counts[k], one, other, locale));
  return parts.length ? parts.join(', ') : t('optionsNoRecords');
}

/** The bundled dataset and each installed pack, newest data last, each pack with a Remove button. */
export function InstalledList({ installed, removing, onRemove, t = englishT, locale }: InstalledListProps) {
  const { bundled, packs } = installed;
  return (
    <section aria-labelledby="bs-installed">
      <h2 id="bs-installed">{t('optionsInstalled')}</h2>
      <ul class="bs-installed">
        <li class="bs-bundled">
          <strong>{bundled.title}</strong> {t('optionsBundled')}
          <span class="bs-meta">{t('optionsBundledMeta', bundled.version, formatDate(bundled.lastReviewed, undefined, locale))}</span>
        </li>
        {packs.map((p) => (
          <li key={p.id} class="bs-pack" data-pack={p.id}>
            <strong>{p.title}</strong> {t('optionsPackBy', p.publisher)}
            <span class="bs-meta">{t('optionsPackMeta', p.version, formatDate(p.created, undefined, locale), countsText(p.counts, t, locale))}</span>
            <button type="button" disabled={removing === p.id} onClick={() => onRemove(p.id)} aria-label={t('optionsRemovePack', p.title)}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      {packs.length === 0 && <p class="bs-none">{t('optionsNoPacks')}</p>}
    </section>
  );
}
