import type { Problem } from './schema-kit.js';

export type FeedErrorKind = 'no-feed' | 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'version';

/** Why a feed could not be used. Every element shows it as a localized message with a retry. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
