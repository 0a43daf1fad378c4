// `scenario schema [--out FILE]`: the JSON Schema generated from schema.ts, for editors.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../core/scenario/jsonSchema.ts';

export const SCHEMA_HELP = `Usage: npm run scenario -- schema [--out FILE]

Prints the JSON Schema of the scenario format (generated from src/core/scenario/schema.ts), with
a description of every key, for autocompletion in editors. The committed copy is
docs/scenario.schema.json; regenerate it with:
  npm run scenario -- schema --out docs/scenario.schema.json

In VS Code (YAML extension), start a scenario with:
  # yaml-language-server: $schema=../docs/scenario.schema.json`;

export async function runSchema(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(SCHEMA_HELP);
    return 0;
  }
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const rest = argv.filter((_, i) => i !== at && i !== at + 1);
  if ((at >= 0 && (out === undefined || out.startsWith('-'))) || rest.length > 0) {
    console.error(`scenario schema: ${rest.length > 0 ? `unexpected ${rest[0]}` : '--out needs a file name'}\n`);
    console.error(SCHEMA_HELP);
    return 2;
  }
  const text = scenarioJsonSchemaText();
  if (out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    console.error(`scenario schema: cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return 2;
  }
  console.log(`wrote ${out}`);
  return 0;
}
