// The order a drill shows a beat's answers in. Authors write the best answer anywhere; a trainee
// must read to find it, so each drill shuffles the answers with its own seed (SessionOptions
// .shuffleSeed, saved with the drill). The order is a pure function of (seed, beat id, count):
// replay, resume, export and the debrief all see the order the trainee saw. Without a seed the
// authored order is kept (the CLI, plan files, saves from before shuffling existed).

/** Seeds are unsigned 32-bit integers. */
export const MAX_SHUFFLE_SEED = 0xffff_ffff;

export function isShuffleSeed(seed: unknown): seed is number {
  return typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SHUFFLE_SEED;
}

/** FNV-1a over the beat id, mixed with the seed: each beat gets its own stream. */
function hash(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast, good enough to deal a handful of answers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The authored indexes of a beat's `count` answers in the order they are shown: position p on
 * screen shows answer `order[p]`. No seed: 0, 1, 2, …
 */
export function answerOrder(seed: number | undefined, beatId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (seed === undefined) return order;
  const random = seededRandom(hash(seed, beatId));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A seed for a new drill (the browser's controller); the core itself never draws one. */
export function randomShuffleSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SHUFFLE_SEED + 1)) >>> 0;
}
