#!/usr/bin/env node
/**
 * Generates a large synthetic (but valid) feed for performance tests and benchmarks.
 *
 *   node generate-feed.mjs --groups 10000 [--centres N] [--contact-points N] [--seed S] [--out large-feed.json]
 *
 * It uses the same municipalities, offers, themes and building blocks as the sample feed
 * (make-sample-feed.mjs), and the reference data in data/ (or --data DIR). Deterministic for
 * a given seed. All centres, groups and contact data are fictitious.
 *
 *   --groups N           number of self-help groups (default 10000)
 *   --centres N          at most N centres (default: as the demo, about two thirds of the
 *                        municipalities served); with N given, centres are added until N exist
 *                        or every municipality is served (at most 357)
 *   --contact-points N   total contact points, at least the 20 of the demo
 *                        (default: max(20, groups / 25))
 *   --seed S             PRNG seed (default 20261101)
 *   --out FILE           output file (default large-feed.json here), written without indentation
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ATTRIBUTION, DEFAULT_SEED, PACKAGE_DIR, buildFeed, defaultDataDir, loadSources, parseArgs } from './make-sample-feed.mjs';

const USAGE = 'usage: node generate-feed.mjs --groups N [--centres N] [--contact-points N] [--seed S] [--out FILE] [--data DIR]';

function main() {
  const args = parseArgs(process.argv.slice(2), {
    groups: 'number',
    centres: 'number',
    'contact-points': 'number',
    seed: 'number',
    out: 'string',
    data: 'string',
  });
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const groups = args.groups ?? 10_000;
  if (!Number.isInteger(groups) || groups < 0 || groups > 1_000_000) throw new Error('--groups must be a whole number from 0 to 1000000');
  if (args.centres !== undefined && (!Number.isInteger(args.centres) || args.centres < 1))
    throw new Error('--centres must be a whole number of at least 1');
  const contactPoints = args['contact-points'] ?? Math.max(20, Math.round(groups / 25));
  if (!Number.isInteger(contactPoints) || contactPoints < 1) throw new Error('--contact-points must be a whole number');
  const seed = args.seed ?? DEFAULT_SEED;
  const out = resolve(args.out ?? resolve(PACKAGE_DIR, 'large-feed.json'));

  const started = performance.now();
  const sources = loadSources(args.data ? resolve(args.data) : defaultDataDir());
  const feed = buildFeed(sources, {
    seed,
    groups,
    // With an explicit count, fill up to every municipality; otherwise as the demo.
    ...(args.centres !== undefined ? { maxCentres: args.centres, coverFraction: 1 } : {}),
    extraContactPoints: Math.max(0, contactPoints - 20),
    attribution: [
      ...ATTRIBUTION,
      `Syntetisk testfeed laget med scripts/generate-feed.mjs (seed ${seed}, ${groups} grupper); alt innhold utenom kommuner og postnummer er fiktivt.`,
    ],
  });
  const text = JSON.stringify(feed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const ms = performance.now() - started;

  const bytes = Buffer.byteLength(text);
  const gzipped = gzipSync(text, { level: 9 }).length;
  const served = new Set(feed.centres.flatMap((c) => c.municipalities));
  const count = (list, key) =>
    Object.entries(list.reduce((a, x) => ((a[key(x)] = (a[key(x)] ?? 0) + 1), a), {}))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(`wrote ${relative(process.cwd(), out) || out} (seed ${seed}, reference data from ${sources.from})`);
  console.log(`  municipalities ${feed.municipalities.length}, offers ${feed.offers.length}, themes ${feed.themes.length}`);
  console.log(
    `  centres ${feed.centres.length} (${feed.centres.filter((c) => c.municipalities.length > 1).length} inter-municipal; ` +
      `${feed.municipalities.length - served.size} municipalities without a centre)`,
  );
  console.log(`  contact points ${feed.contactPoints.length} (${count(feed.contactPoints, (p) => p.kind)})`);
  console.log(`  groups ${feed.groups.length} (${count(feed.groups, (g) => g.status)}; ${count(feed.groups, (g) => g.mode)})`);
  console.log(
    `  ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes), gzip -9 ${(gzipped / 1024).toFixed(0)} KB; built in ${ms.toFixed(0)} ms`,
  );
}

try {
  main();
} catch (error) {
  console.error(`generate-feed: ${error.message}\n${USAGE}`);
  process.exitCode = 1;
}
