/**
 * How many products of a content folder show differently on two days: the certification in
 * force or its status changed overnight (`standingDayFacts`, what the daily build keys pages on).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  productStanding,
  standingDayFacts,
  type StandingInput,
  type StandingCertification,
} from '../../../src/lib/domain/product-standing.ts';

export async function statusChanges(contentDir: string, from: string, to: string): Promise<number> {
  const folder = path.join(contentDir, 'products');
  let changed = 0;
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.json'))) {
    const product = JSON.parse(
      await readFile(path.join(folder, file), 'utf8'),
    ) as StandingInput<StandingCertification>;
    const [a, b] = [from, to].map((day) => standingDayFacts(productStanding(product, day)));
    if (a![0] !== b![0] || a![1] !== b![1]) changed++;
  }
  return changed;
}
