/**
 * `npm run validate-feed -- FILE|URL …`: the feed kit's `validate` command (the
 * validator the elements use), run straight from the sources. Prints every
 * problem with its JSON path; exit code 0 valid, 1 errors, 2 unreadable.
 */
import { main } from '../src/cli.js';

// `npm run … -w frisklivs-feed` runs in this package's folder; paths on the command line are the caller's.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

process.exitCode = await main(['validate', ...process.argv.slice(2)]);
