/**
 * Labels the background writes into cards, the side panel and search results:
 * an entity's kind, a verdict and its definition. Message keys, not English, so
 * the reader sees them in the browser's language (public/_locales/).
 */
import type { MessageKey, Translate } from '../i18n.ts';
import type { Verdict } from './schema.ts';

const ENTITY_KIND_KEYS: Record<string, MessageKey> = {
  company: 'cardEntityCompany', person: 'cardEntityPerson', 'government-body': 'cardEntityGovernmentBody', law: 'cardEntityLaw',
  'court-case': 'cardEntityCourtCase', product: 'cardEntityProduct', program: 'cardEntityProgram', organisation: 'cardEntityOrganisation',
};

/** "Company", "Court case"…; a kind a newer pack adds and no message names is shown as written. */
export function entityKindLabel(kind: string, t: Translate): string {
  return Object.hasOwn(ENTITY_KIND_KEYS, kind) ? t(ENTITY_KIND_KEYS[kind]!) : kind;
}

/** Each verdict's label and written definition (README's verdict table is checked against the English). */
export const VERDICT_KEYS: Record<Verdict, { label: MessageKey; definition: MessageKey }> = {
  supported: { label: 'cardVerdictSupported', definition: 'cardVerdictSupportedDefinition' },
  'partly-supported': { label: 'cardVerdictPartly', definition: 'cardVerdictPartlyDefinition' },
  'not-supported': { label: 'cardVerdictNotSupported', definition: 'cardVerdictNotSupportedDefinition' },
  contradicted: { label: 'cardVerdictContradicted', definition: 'cardVerdictContradictedDefinition' },
  outdated: { label: 'cardVerdictOutdated', definition: 'cardVerdictOutdatedDefinition' },
};

export function verdictText(verdict: Verdict, t: Translate): { label: string; definition: string } {
  const keys = VERDICT_KEYS[verdict];
  return { label: t(keys.label), definition: t(keys.definition) };
}
