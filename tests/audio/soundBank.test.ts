// The sound bank's own logic, with howler replaced by a fake that records what it is asked:
// global volume and mute, no stacking, idempotent loops, and silence (never an exception) when
// audio cannot work.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  interface Options {
    src: string[];
    html5: boolean;
    volume: number;
    onload: () => void;
    onloaderror: () => void;
  }
  class FakeHowl {
    static made: FakeHowl[] = [];
    static nextId = 1;
    static failPlay = false;
    status: 'loading' | 'loaded' = 'loading';
    sounding = new Set<number>();
    plays: number[] = [];
    loops: Array<[boolean, number]> = [];
    fades: Array<[number, number, number, number]> = [];
    unloaded = false;
    constructor(public options: Options) {
      FakeHowl.made.push(this);
    }
    state() {
      return this.status;
    }
    play() {
      if (FakeHowl.failPlay) throw new Error('the decoder broke');
      const id = FakeHowl.nextId++;
      this.plays.push(id);
      this.sounding.add(id);
      return id;
    }
    playing(id?: number) {
      return id === undefined ? this.sounding.size > 0 : this.sounding.has(id);
    }
    stop() {
      this.sounding.clear();
      return this;
    }
    loop(on: boolean, id: number) {
      this.loops.push([on, id]);
      return this;
    }
    fade(from: number, to: number, ms: number, id: number) {
      this.fades.push([from, to, ms, id]);
      return this;
    }
    unload() {
      this.unloaded = true;
    }
    // Test controls: what the browser would do.
    finishLoading() {
      this.status = 'loaded';
      this.options.onload();
    }
    failLoading() {
      this.options.onloaderror();
    }
    end(id: number) {
      this.sounding.delete(id);
    }
  }
  const context = { state: 'suspended' as string, resume: async () => {} };
  const Howler = {
    ctx: null as typeof context | null,
    usingWebAudio: true,
    contextCreatable: true,
    volumes: [] as number[],
    mutes: [] as boolean[],
    // Like howler: the first global call creates the AudioContext.
    volume(v: number) {
      this.createContext();
      this.volumes.push(v);
      return this;
    },
    mute(m: boolean) {
      this.createContext();
      this.mutes.push(m);
      return this;
    },
    createContext() {
      if (this.ctx || !this.usingWebAudio) return;
      if (this.contextCreatable) this.ctx = context;
      else this.usingWebAudio = false;
    },
  };
  return { FakeHowl, Howler, context };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { createSoundBank } = await import('../../src/audio/soundBank.ts');
const { SOUND_KEYS } = await import('../../src/audio/sounds.ts');

const { FakeHowl, Howler, context } = fake;
const howlOf = (file: string) => FakeHowl.made.find((h) => h.options.src[0]!.includes(`/${file}.`))!;

beforeEach(() => {
  FakeHowl.made = [];
  FakeHowl.failPlay = false;
  Object.assign(Howler, { ctx: null, usingWebAudio: true, contextCreatable: true, volumes: [], mutes: [] });
  context.state = 'suspended';
  context.resume = vi.fn(async () => {
    context.state = 'running';
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sound bank without Web Audio', () => {
  it('is unavailable and every call does nothing, without throwing', () => {
    expect(globalThis.AudioContext).toBeUndefined(); // Node has none
    const bank = createSoundBank();
    expect(bank.available).toBe(false);
    for (const key of SOUND_KEYS) {
      bank.play(key);
      bank.loop(key);
      bank.stop(key);
    }
    bank.setVolume(0.3);
    bank.setMuted(true);
    bank.unlock();
    bank.stopAll();
    expect(FakeHowl.made).toHaveLength(0);
    expect(Howler.volumes).toEqual([]);
    expect(bank.diagnostics()).toEqual({
      context: 'none',
      playing: [],
      loaded: [],
      failed: [],
      volume: 0.3,
      muted: true,
      masterGain: null,
    });
  });

  it('is unavailable when an AudioContext exists but cannot be created', () => {
    vi.stubGlobal('AudioContext', class {});
    Howler.contextCreatable = false;
    const bank = createSoundBank();
    expect(bank.available).toBe(true);
    bank.play('shutter');
    expect(bank.available).toBe(false);
    expect(FakeHowl.made).toHaveLength(0);
  });
});

describe('sound bank on Web Audio', () => {
  beforeEach(() => {
    vi.stubGlobal('AudioContext', class {});
  });

  it('waits for the first use to create the audio context, then applies the remembered settings', () => {
    const bank = createSoundBank({ volume: 0.6, muted: false });
    bank.setVolume(0.4);
    bank.setMuted(true);
    expect(Howler.ctx).toBeNull();
    bank.unlock();
    expect(Howler.volumes).toEqual([0.4]);
    expect(Howler.mutes).toEqual([true]);
    expect(context.resume).toHaveBeenCalledTimes(1);
    expect(bank.diagnostics().context).toBe('running');
  });

  it('sets volume and mute globally, volume clamped to 0..1', () => {
    const bank = createSoundBank();
    bank.unlock();
    bank.setVolume(1.7);
    bank.setVolume(-2);
    bank.setVolume(Number.NaN);
    bank.setVolume(0.25);
    bank.setMuted(true);
    bank.setMuted(false);
    expect(Howler.volumes.slice(1)).toEqual([1, 0, 0, 0.25]);
    expect(Howler.mutes.slice(1)).toEqual([true, false]);
  });

  it('preloads every sound on unlock from Web Audio buffers, Ogg first then MP3', () => {
    const bank = createSoundBank({ baseUrl: '/assets/snd/' });
    bank.unlock();
    expect(FakeHowl.made.map((h) => h.options.src)).toEqual(SOUND_KEYS.map((key) => [`/assets/snd/${key}.ogg`, `/assets/snd/${key}.mp3`]));
    expect(FakeHowl.made.every((h) => h.options.html5 === false)).toBe(true);
    bank.unlock();
    expect(FakeHowl.made).toHaveLength(SOUND_KEYS.length);
  });

  it('loads a sound only when it is first needed', () => {
    const bank = createSoundBank();
    bank.play('notify');
    expect(FakeHowl.made.map((h) => h.options.src[0])).toEqual(['/sounds/notify.ogg']);
  });

  it('never stacks ticks: a tick while one sounds is dropped, the next second plays', () => {
    const bank = createSoundBank();
    bank.play('tick');
    bank.play('tick');
    const tick = howlOf('tick');
    expect(tick.plays).toHaveLength(1); // queued before loading counts as sounding
    tick.finishLoading();
    bank.play('tick');
    expect(tick.plays).toHaveLength(1);
    tick.end(tick.plays[0]!);
    bank.play('tick');
    expect(tick.plays).toHaveLength(2);
  });

  it('lets two feed notifications overlap but not a third', () => {
    const bank = createSoundBank();
    bank.play('notify');
    howlOf('notify').finishLoading();
    for (let i = 0; i < 5; i++) bank.play('notify');
    expect(howlOf('notify').plays).toHaveLength(2);
  });

  it('starts the ambience loop once, faded in, however often it is asked', () => {
    const bank = createSoundBank({ loopFadeMs: 800 });
    bank.loop('ambience');
    bank.loop('ambience');
    const ambience = howlOf('ambience');
    ambience.finishLoading();
    bank.loop('ambience');
    expect(ambience.plays).toHaveLength(1);
    const id = ambience.plays[0]!;
    expect(ambience.loops).toEqual([[true, id]]);
    expect(ambience.fades).toEqual([[0, ambience.options.volume, 800, id]]);
    expect(bank.diagnostics().playing).toEqual(['ambience']);

    bank.stop('ambience');
    expect(bank.diagnostics().playing).toEqual([]);
    bank.loop('ambience');
    expect(ambience.plays).toHaveLength(2);
  });

  it('stopAll silences every sound', () => {
    const bank = createSoundBank();
    bank.loop('ambience');
    bank.play('call');
    bank.stopAll();
    expect(bank.diagnostics().playing).toEqual([]);
  });

  it('silences a sound that fails to decode and keeps the others', () => {
    const bank = createSoundBank();
    bank.unlock();
    howlOf('tick').finishLoading();
    howlOf('sting').failLoading();
    expect(howlOf('sting').unloaded).toBe(true);
    expect(bank.available).toBe(true);
    const made = FakeHowl.made.length;
    bank.play('sting');
    expect(FakeHowl.made).toHaveLength(made);
    expect(bank.diagnostics()).toMatchObject({ loaded: ['tick'], failed: ['sting'] });
  });

  it('becomes unavailable when nothing decodes', () => {
    const bank = createSoundBank();
    bank.unlock();
    for (const howl of FakeHowl.made) howl.failLoading();
    expect(bank.available).toBe(false);
    bank.play('answer');
    bank.loop('ambience');
    expect(FakeHowl.made.every((h) => h.plays.length === 0)).toBe(true);
  });

  it('turns an error inside howler into silence, not an exception', () => {
    const bank = createSoundBank();
    FakeHowl.failPlay = true;
    expect(() => bank.play('shutter')).not.toThrow();
    expect(bank.available).toBe(false);
    expect(() => bank.loop('ambience')).not.toThrow();
  });
});
