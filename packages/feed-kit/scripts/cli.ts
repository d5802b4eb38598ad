/** `npm run feed-kit -- COMMAND …`: the feed kit's command line, run straight from the sources. */
import { main } from '../src/cli.js';

// `npm run … -w frisklivs-feed` runs in this package's folder; paths on the command line are the caller's.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

process.exitCode = await main(process.argv.slice(2));
