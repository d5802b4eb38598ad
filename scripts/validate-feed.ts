/**
 * `npm run validate-feed -- FILE|URL …`: the feed kit's `validate` command (the
 * validator the elements use), run straight from the sources. Prints every
 * problem with its JSON path; exit code 0 valid, 1 errors, 2 unreadable.
 */
import { main } from '../src/feed-kit/cli.js';

process.exitCode = await main(['validate', ...process.argv.slice(2)]);
