// `npm run scenario -- <command> …`: check, schema, graph, play. Problems are printed as lines,
// never as stack traces; the exit status says what happened (see each command's --help).
import { pathToFileURL } from 'node:url';
import { visibleControls } from '../core/scenario/controlCharacters.ts';
import { CHECK_HELP, runCheck } from './check.ts';
import { GRAPH_HELP, runGraph } from './graph.ts';
import { PLAY_HELP, runPlay } from './play.ts';
import { runSchema, SCHEMA_HELP } from './schema.ts';

export const HELP = `Usage: npm run scenario -- <command> [options]

Commands:
  check FILE...        check scenario files: problems as PATH:LINE:COLUMN, then a summary per file
  schema [--out FILE]  the JSON Schema of the format, for editor autocompletion
  graph FILE           a Mermaid flowchart of a scenario's beats
  play FILE ...        play a scenario headless in accelerated time (see: play --help)

Run "npm run scenario -- <command> --help" for a command's options.
Problem codes are explained in docs/diagnostics.md.`;

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  check: { run: runCheck, help: CHECK_HELP },
  schema: { run: runSchema, help: SCHEMA_HELP },
  graph: { run: runGraph, help: GRAPH_HELP },
  play: { run: runPlay, help: PLAY_HELP },
};

/** Runs `fn` with console output made terminal-safe: a scenario text, a typed answer or a file name
 *  with an escape or direction character is printed with that character written out, so it can
 *  neither recolour nor clear the terminal nor reorder the line. */
async function withSafeConsole<T>(fn: () => Promise<T>): Promise<T> {
  const { log, error } = console;
  const safe =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) =>
      print(...args.map((a) => (typeof a === 'string' ? visibleControls(a) : a)));
  console.log = safe(log);
  console.error = safe(error);
  try {
    return await fn();
  } finally {
    console.log = log;
    console.error = error;
  }
}

export function main(argv: string[]): Promise<number> {
  return withSafeConsole(() => dispatch(argv));
}

async function dispatch(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    const help = topic !== undefined ? COMMANDS[topic]?.help : undefined;
    console.log(help ?? HELP);
    return command === undefined ? 2 : 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    console.error(`scenario: unknown command "${command}"\n`);
    console.error(HELP);
    return 2;
  }
  return entry.run(rest);
}

/** The reader went away (`scenario check … | head`): stop quietly, as a command killed by SIGPIPE. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`scenario: unexpected problem: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
