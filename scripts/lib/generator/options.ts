/** Options of the catalogue generator and how they are read from the command line. */
import { parseArgs } from 'node:util';
import { InvalidOptionsError } from './errors.ts';

export interface GeneratorOptions {
  products: number;
  producers: number;
  salesPoints: number;
  seed: number;
  /** How many of the first products get a generated placeholder photo. */
  images: number;
}

export interface CliOptions extends GeneratorOptions {
  out: string;
  help: boolean;
}

export const DEFAULT_OPTIONS: Readonly<CliOptions> = {
  products: 20_000,
  producers: 10_000,
  salesPoints: 500,
  seed: 1,
  images: 0,
  out: 'generated/catalogue',
  help: false,
};

/** Upper bound on any count, so a typo (an extra zero or two) does not fill the disk. */
export const MAX_COUNT = 1_000_000;

export const USAGE = `Usage: node scripts/generate-catalogue.ts [options]

  --products N       products to generate (default ${DEFAULT_OPTIONS.products})
  --producers N      producers to generate (default ${DEFAULT_OPTIONS.producers})
  --sales-points N   sales points to generate (default ${DEFAULT_OPTIONS.salesPoints})
  --seed N           seed of the random numbers; same arguments give identical files (default 1)
  --out DIR          output folder (default ${DEFAULT_OPTIONS.out})
  --images N         placeholder JPEG photos for the first N products (default 0)
  --help             show this help`;

function parseCount(flag: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new InvalidOptionsError(`--${flag} must be a whole number of 0 or more, got "${raw}"`);
  }
  const value = Number(raw);
  if (value > max) throw new InvalidOptionsError(`--${flag} must be at most ${max}, got ${raw}`);
  return value;
}

/** Checks counts that depend on each other; throws `InvalidOptionsError`. */
export function validateOptions(options: GeneratorOptions): GeneratorOptions {
  const counts = ['products', 'producers', 'salesPoints', 'images', 'seed'] as const;
  for (const key of counts) {
    const value = options[key];
    const max = key === 'seed' ? 0xffffffff : MAX_COUNT;
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new InvalidOptionsError(`${key} must be a whole number from 0 to ${max}, got ${value}`);
    }
  }
  if (options.products > 0 && options.producers === 0) {
    throw new InvalidOptionsError('products need producers: --producers must be at least 1');
  }
  if (options.images > options.products) {
    throw new InvalidOptionsError(
      `--images (${options.images}) cannot exceed --products (${options.products})`,
    );
  }
  return options;
}

/**
 * `--products -5` → `--products=-5`, so a negative count gets the "must be 0 or more" message
 * rather than `parseArgs`'s puzzling "argument is ambiguous".
 */
function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (/^--[a-z-]+$/.test(arg) && arg !== '--help' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** Reads `process.argv.slice(2)`-style arguments; throws `InvalidOptionsError` on bad input. */
export function parseCliArguments(args: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args),
      strict: true,
      allowPositionals: false,
      options: {
        products: { type: 'string' },
        producers: { type: 'string' },
        'sales-points': { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        images: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new InvalidOptionsError((error as Error).message);
  }
  const str = (key: string) => values[key] as string | undefined;
  const out = str('out') ?? DEFAULT_OPTIONS.out;
  if (out.trim() === '') throw new InvalidOptionsError('--out must name a folder');
  const options: CliOptions = {
    products: parseCount('products', str('products'), DEFAULT_OPTIONS.products, MAX_COUNT),
    producers: parseCount('producers', str('producers'), DEFAULT_OPTIONS.producers, MAX_COUNT),
    salesPoints: parseCount(
      'sales-points',
      str('sales-points'),
      DEFAULT_OPTIONS.salesPoints,
      MAX_COUNT,
    ),
    seed: parseCount('seed', str('seed'), DEFAULT_OPTIONS.seed, 0xffffffff),
    images: parseCount('images', str('images'), DEFAULT_OPTIONS.images, MAX_COUNT),
    out,
    help: values['help'] === true,
  };
  if (!options.help) validateOptions(options);
  return options;
}
