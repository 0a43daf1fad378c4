// `npm run scenario -- <command> …`: check, schema, graph, play. Problems are printed as lines,
// never as stack traces; the exit status says what happened (see each command's --help).
import { pathToFileURL } from 'node:url';
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

export async function main(argv: string[]): Promise<number> {
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
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
