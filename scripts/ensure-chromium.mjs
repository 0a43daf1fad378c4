// Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core and
// never download a browser. Install it when we are root on a fresh machine, or say plainly what
// to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium was not found at ${CHROMIUM}. The browser tests need Debian's Chromium:\n` +
      `  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or set CHROMIUM_PATH to another Chromium binary.`,
  );
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
try {
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch (_e) {
  console.error('Could not install chromium with apt-get. Install it by hand: apt-get install -y chromium');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
