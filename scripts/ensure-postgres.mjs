// Runs before `npm test`: the room server's central-database tests start a throwaway PostgreSQL
// from Debian's packages (never a download). Install them when we are root on a fresh machine, or
// say plainly what to install.
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

function initdbPath() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  for (const v of readdirSync(base).sort().reverse()) {
    const p = `${base}/${v}/bin/initdb`;
    if (existsSync(p)) return p;
  }
  return null;
}

if (process.env.PODIUM_TEST_DATABASE_URL || initdbPath()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'PostgreSQL was not found (no /usr/lib/postgresql/*/bin/initdb). The room server tests start a throwaway one:\n' +
      '  sudo apt-get update && sudo apt-get install -y postgresql\n' +
      'or set PODIUM_TEST_DATABASE_URL=postgres://… to a database the tests may use.',
  );
  process.exit(1);
}
console.log("PostgreSQL is missing: installing Debian's postgresql package (apt-get)…");
try {
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql', { stdio: 'inherit' });
} catch {
  console.error('Could not install postgresql with apt-get. Install it by hand: apt-get install -y postgresql');
  process.exit(1);
}
if (!initdbPath()) {
  console.error('apt-get finished but initdb is still missing.');
  process.exit(1);
}
