// Talks to the checker's worker. `check` answers every request (the library checks several files);
// `latest` is for typing: while the worker is busy only the newest text waits, so the problems
// shown always catch up with the last keystroke instead of working through a queue of old ones.
import type { CheckReply, CheckRequest } from './checkProtocol.ts';

export interface CheckClient {
  check(file: string, text: string): Promise<CheckReply>;
  /** Checks the newest text only; `onReply` gets the reply and the version it belongs to. */
  latest(file: string, text: string, version: number, onReply: (reply: CheckReply, version: number) => void): void;
  dispose(): void;
}

export function createCheckClient(): CheckClient {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'podium-checker' });
  let nextId = 1;
  const waiting = new Map<number, (reply: CheckReply) => void>();
  let busy = 0;
  let queued: { file: string; text: string; version: number; onReply: (reply: CheckReply, version: number) => void } | null = null;

  worker.onmessage = (e: MessageEvent<CheckReply>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.(e.data);
  };

  const send = (file: string, text: string): Promise<CheckReply> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, file, text } satisfies CheckRequest);
    });

  const runLatest = (job: NonNullable<typeof queued>) => {
    busy++;
    void send(job.file, job.text).then((reply) => {
      busy--;
      job.onReply(reply, job.version);
      const next = queued;
      queued = null;
      if (next) runLatest(next);
    });
  };

  return {
    check: send,
    latest(file, text, version, onReply) {
      const job = { file, text, version, onReply };
      if (busy > 0) queued = job;
      else runLatest(job);
    },
    dispose: () => worker.terminate(),
  };
}
