/** Typed errors of the catalogue generator: the CLI prints their message and exits non-zero. */

export class GeneratorError extends Error {
  override name = 'GeneratorError';
}

/** A command-line argument or option value the generator cannot use. */
export class InvalidOptionsError extends GeneratorError {
  override name = 'InvalidOptionsError';
}

/** The output folder holds files the generator did not write, so it refuses to clear it. */
export class UnsafeOutputDirectoryError extends GeneratorError {
  override name = 'UnsafeOutputDirectoryError';
}
