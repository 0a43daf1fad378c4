// `npm run room`: the room server on the facilitator's laptop. It serves the built app (dist/) and
// the phones' page on the local network, keeps everything in an embedded PostgreSQL (PGlite) under
// .podium-room/ unless PODIUM_DATABASE_URL names a central PostgreSQL, and prints the addresses,
// the facilitator key and a QR code for the phones.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { loadBundledScenarios } from './bundledScenarios.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/sql.ts';
import { createRoomServer } from './server.ts';

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const port = Number(process.env.PODIUM_ROOM_PORT ?? 8080);
  const host = process.env.PODIUM_ROOM_HOST ?? '0.0.0.0';
  const setting = process.env.PODIUM_DATABASE_URL ?? resolve(root, '.podium-room');
  const staticDir = resolve(root, process.env.PODIUM_ROOM_STATIC ?? 'dist');
  const key = process.env.PODIUM_FACILITATOR_KEY ?? randomBytes(9).toString('base64url');
  const scaleOut = process.env.PODIUM_ROOM_SCALE_OUT === '1';

  const db = await openDatabase(setting);
  const applied = await migrate(db);
  const scenarios = loadBundledScenarios(resolve(root, 'scenarios'));
  const publicHost = process.env.PODIUM_ROOM_PUBLIC_HOST ?? (host === '0.0.0.0' ? lanAddress() : host);
  const server = await createRoomServer({
    db,
    facilitatorKey: key,
    scenarios,
    staticDir: existsSync(staticDir) ? staticDir : null,
    scaleOut,
    publicUrl: () => `http://${publicHost}:${address.port}`,
  });
  const address = await server.listen(port, host);
  const base = `http://${publicHost}:${address.port}`;
  const lines = [
    `Podium room server — ${db.kind === 'postgres' ? 'central PostgreSQL' : `embedded database in ${setting}`}${applied.length ? ` (schema steps applied: ${applied.join(', ')})` : ''}`,
    existsSync(staticDir)
      ? `Projector and console (this laptop): http://127.0.0.1:${address.port}/?room=1`
      : `No built app in ${staticDir}: run \`npm run build\` first (the channel works without it).`,
    `Phones join at: ${base}/phone.html`,
    `Facilitator key (only for this laptop): ${key}`,
    `${scenarios.length} scenarios loaded for the discernment checks. Stop with Ctrl+C.`,
  ];
  console.log(lines.join('\n'));
  console.log(await QRCode.toString(`${base}/phone.html`, { type: 'terminal', small: true }));
  const stop = async () => {
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`The room server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
