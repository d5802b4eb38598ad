// A @web/test-runner plugin for the visual checks (packages/widgets/test/visual/*.test.ts): the command
// `visual-compare` takes a screenshot of a rectangle of the test page (CSS px, device scale 1) and compares it with the
// checked-in reference packages/widgets/test/visual/references/<name>.png, pixel by pixel (pixelmatch, anti-aliasing ignored). UPDATE_VISUAL=1 writes the
// references instead (`npm run test:visual:update`); a missing reference is written too, and the comparison fails
// ("new"), so a new view never passes without someone looking at its picture and committing it. A failed comparison leaves the actual image and the difference
// beside each other in packages/widgets/test/visual/.diff/ (not checked in).
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const visual = resolve(import.meta.dirname, '../packages/widgets/test/visual');
export const REFERENCES = resolve(visual, 'references');
const DIFFS = resolve(visual, '.diff');

/**
 * `threshold`: how different one pixel's colour may be and still count as the same (pixelmatch's YIQ distance, 0–1).
 * `maxDiffRatio`: the share of pixels that may differ before a comparison fails (font hinting, sub-pixel seams).
 */
export function visualPlugin({ update = process.env.UPDATE_VISUAL === '1', threshold = 0.1, maxDiffRatio = 0.002 } = {}) {
  return {
    name: 'frisklivs-visual',
    async executeCommand({ command, payload, session }) {
      if (command === 'visual-record') {
        // Figures a test measured (heights before and after a search), for the report: .diff/measures.json.
        mkdirSync(DIFFS, { recursive: true });
        const file = join(DIFFS, 'measures.json');
        const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
        all[payload.key] = payload.value;
        writeFileSync(file, `${JSON.stringify(all, null, 1)}\n`);
        return true;
      }
      if (command !== 'visual-compare') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('visual-compare needs the Chromium (puppeteer) launcher');
      const { name, clip } = payload;
      if (!/^[\w.-]+$/.test(name)) throw new Error(`visual-compare: a file-safe name, not "${name}"`);
      const page = session.browser.getPage(session.id);
      const rect = {
        x: Math.max(0, Math.floor(clip.x)),
        y: Math.max(0, Math.floor(clip.y)),
        width: Math.max(1, Math.round(clip.width)),
        height: Math.max(1, Math.round(clip.height)),
      };
      const shot = Buffer.from(await page.screenshot({ type: 'png', clip: rect, captureBeyondViewport: false }));
      const file = join(REFERENCES, `${name}.png`);
      const diffFile = join(DIFFS, `${name}.diff.png`);
      const actualFile = join(DIFFS, `${name}.actual.png`);
      rmSync(diffFile, { force: true });
      rmSync(actualFile, { force: true });
      if (update || !existsSync(file)) {
        mkdirSync(REFERENCES, { recursive: true });
        const existed = existsSync(file);
        writeFileSync(file, shot);
        return { status: update ? (existed ? 'updated' : 'written') : 'new', file };
      }
      const actual = PNG.sync.read(shot);
      const expected = PNG.sync.read(readFileSync(file));
      if (actual.width !== expected.width || actual.height !== expected.height) {
        mkdirSync(DIFFS, { recursive: true });
        writeFileSync(actualFile, shot);
        return {
          status: 'size',
          file,
          message: `${expected.width}×${expected.height} px in the reference, ${actual.width}×${actual.height} px now`,
        };
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const pixels = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold });
      const ratio = pixels / (actual.width * actual.height);
      if (ratio <= maxDiffRatio) return { status: 'same', file, pixels, ratio };
      mkdirSync(DIFFS, { recursive: true });
      writeFileSync(actualFile, shot);
      writeFileSync(diffFile, PNG.sync.write(diff));
      return { status: 'different', file, pixels, ratio, message: `${pixels} px differ (${(ratio * 100).toFixed(2)} %), see ${diffFile}` };
    },
  };
}
