/** Typed errors for reading content files outside Astro (scripts, importer, indexer). */
import type { z } from 'astro/zod';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** One problem in one field of one file, in plain words. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class InvalidContentError extends ContentError {
  override name = 'InvalidContentError';
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
  }
}

/** Turns a zod error into problems naming the file and the field path ("certifications[1].score"). */
export function describeZodError(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: formatPath(issue.path) || '(whole entry)',
    message: issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
