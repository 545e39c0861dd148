/** Width and height from a PNG's IHDR chunk, which always comes first; throws on anything not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('Not a PNG');
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
