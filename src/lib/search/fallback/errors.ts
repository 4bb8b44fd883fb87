/** The one error the server-less engine throws: a file it could not fetch, or a request it cannot answer. */
export class FallbackSearchError extends Error {
  override name = 'FallbackSearchError';
  /** HTTP status when a file could not be fetched. */
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}
