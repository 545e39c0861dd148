/**
 * The toolbar, store and side-panel icons: one design (design/icon/source.svg) and
 * its "off" state (off.svg, grey and struck through) for tabs whose site is off or
 * while paused. The PNGs are rendered from the SVGs by `npm run icons`.
 */

/** Pixel sizes Chrome and Firefox ask for: toolbar 16/32, extensions page 48, store 128. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconState = 'on' | 'off';

/** The PNG for one state and size, relative to the extension's root (as public/ is copied). */
export const iconFile = (state: IconState, size: number) => `icon/${state === 'on' ? '' : 'off-'}${size}.png`;

/** `{ 16: "icon/16.png", … }`: the shape of the manifest's icons and of action.setIcon's path. */
export function iconPaths(state: IconState): Record<number, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [s, iconFile(state, s)]));
}
