// Placeholder until the engine lands: `scenario play` is implemented with the Session.
export async function runPlay(_argv: string[]): Promise<number> {
  console.error('scenario play is not available yet.');
  return 2;
}
