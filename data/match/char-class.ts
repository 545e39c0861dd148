/**
 * Word-character classes for whole-word matching. Scripts written without spaces
 * (Han, kana) need no word boundary; every other letter, digit or mark does.
 */
export const NON_WORD = 0;
export const WORD = 1;
export const UNSPACED = 2;

const newTable = () => new Int8Array(65536).fill(-1);
// Pure, so a bundle that never classifies a character (the gate) drops it.
const table = /* @__PURE__ */ newTable();
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function classify(c: number): number {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0xf900 && c <= 0xfaff)) return UNSPACED;
  if (c >= 0xd800 && c <= 0xdfff) return NON_WORD;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD : NON_WORD;
}

/** Class of one UTF-16 code unit; computed once per distinct unit. */
export function charClass(c: number): number {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : NON_WORD;
  }
  let k = table[c]!;
  if (k < 0) {
    k = classify(c);
    table[c] = k;
  }
  return k;
}

export const isDigit = (c: number) => c >= 48 && c <= 57;
