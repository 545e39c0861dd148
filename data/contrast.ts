/**
 * Colour arithmetic for legible highlights: WCAG 2 relative luminance and
 * contrast ratio, alpha compositing, and whether a background is dark. Pure.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "#abc" or "#aabbcc"; null for anything else (named colours, color-mix()…). */
export function parseColor(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  if (s.startsWith('#')) {
    const hex = s.slice(1);
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 || [...full].some((c) => !'0123456789abcdef'.includes(c))) return null;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16), a: 1 };
  }
  const open = s.indexOf('(');
  if (!(s.startsWith('rgb(') || s.startsWith('rgba(')) || !s.endsWith(')')) return null;
  const parts = s.slice(open + 1, -1).split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ({ r, g, b }: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(x: Rgba, y: Rgba): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** A background dark enough that light-page highlight colours would be faint on it. */
export const isDark = (background: Rgba) => luminance(background) < 0.2;
