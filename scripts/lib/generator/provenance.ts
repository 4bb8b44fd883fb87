/** Every generated record says so, in the same words. */
export function generatedProvenance(): { sources: string[]; invented: string[] } {
  return { sources: [], invented: ['generated'] };
}
