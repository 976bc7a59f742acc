import { chromium } from './chromium';
import type { Engine } from './driver';
import { firefox } from './firefox';
import { webkit } from './webkit';

const all: Engine[] = [chromium(), firefox(), webkit()];

/**
 * The engines every journey runs in: Chromium, Firefox and WebKit, or those named in
 * `ENGINES` (comma-separated, e.g. `ENGINES=firefox,webkit`).
 */
export const engines: Engine[] = process.env.ENGINES
  ? all.filter((e) => process.env.ENGINES?.split(',').includes(e.name))
  : all;
