import { PNG } from 'pngjs';

/** How two pictures of the same size differ: pixels with any channel apart by more than `tolerance`. */
export interface PixelDifference {
  /** Pixels whose red, green, blue or alpha differ by more than the tolerance. */
  count: number;
  /** The largest difference of one channel anywhere, 0 to 255. */
  largest: number;
}

/**
 * Compares two PNGs pixel by pixel. WebKitGTK antialiases the same text a little
 * differently from one page load to the next (up to 68 of 255 in a channel, measured over
 * repeated loads of one page), so a comparison that must hold in every engine counts only
 * differences beyond `tolerance`: what a page's CSS changes (a colour, a font, a spacing that
 * moves the glyphs) differs by far more.
 * @example differingPixels(before, after, 96).count // 0
 */
export function differingPixels(a: Buffer, b: Buffer, tolerance: number): PixelDifference {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return { count: x.width * x.height, largest: 255 };
  let count = 0;
  let largest = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    let pixel = 0;
    for (let c = 0; c < 4; c++) pixel = Math.max(pixel, Math.abs(x.data[i + c] - y.data[i + c]));
    largest = Math.max(largest, pixel);
    if (pixel > tolerance) count++;
  }
  return { count, largest };
}
