// The pure layout arithmetic behind the scenes: canvas size, question panel.
import { describe, expect, it } from 'vitest';
import { canvasSize } from '../../src/game/canvasSize.ts';
import { planQuestion, type PlanInput } from '../../src/game/questionPlan.ts';
import { isSoftwareRenderer, pickRenderer } from '../../src/game/rendererChoice.ts';

describe('canvasSize', () => {
  it('renders at the device pixel ratio up to a 4K canvas', () => {
    expect(canvasSize(1280, 720, 1)).toEqual({ width: 1280, height: 720, ratio: 1 });
    expect(canvasSize(1920, 1080, 2)).toEqual({ width: 3840, height: 2160, ratio: 2 });
    const big = canvasSize(2560, 1440, 2);
    expect(big.width * big.height).toBeLessThanOrEqual(3840 * 2160 + 4000);
    expect(canvasSize(3840, 2160, 1)).toEqual({ width: 3840, height: 2160, ratio: 1 });
  });
});

describe('planQuestion', () => {
  const base = (answers: string[], overrides: Partial<PlanInput> = {}): PlanInput => ({
    panelH: 500,
    growSteps: [0, 100, 200],
    headerH: 60,
    footerH: 40,
    questionSizes: [50, 44, 43],
    choiceLayouts: [
      [1, 24],
      [2, 24],
      [1, 20],
      [2, 20],
      [2, 16],
    ],
    choiceFloors: [20, 0],
    answers,
    boxH: 0,
    gap: 10,
    // Three lines of question at any size; a choice is one line per 40 characters (half in two columns).
    questionHeight: (size) => size * 3,
    choiceHeight: (text, size, cols) => Math.ceil((text.length * cols) / 40) * size * 1.4 + 28,
    ...overrides,
  });

  it('keeps the largest type and the room in view when everything fits', () => {
    expect(planQuestion(base(['short', 'short too']))).toEqual({ grow: 0, questionSize: 50, cols: 1, choiceSize: 24, fits: true });
  });

  it('lets the panel rise before the choices get small', () => {
    const long = 'x'.repeat(120);
    const plan = planQuestion(base([long, long, long, long]));
    expect(plan.fits).toBe(true);
    expect(plan.grow).toBeGreaterThan(0);
    expect(plan.choiceSize).toBeGreaterThanOrEqual(20);
  });

  it('never shrinks the question below its floor, and says when nothing fits', () => {
    const huge = 'x'.repeat(2000);
    const plan = planQuestion(base([huge, huge, huge]));
    expect(plan.fits).toBe(false);
    expect(plan.questionSize).toBe(43);
    expect(plan.grow).toBe(200);
    // What will scroll is laid out in one column at the smallest size allowed.
    expect([plan.cols, plan.choiceSize]).toEqual([1, 20]);
    const layouts: [number, number][] = [
      [1, 24],
      [2, 24],
      [1, 20],
      [1, 16],
    ];
    expect(planQuestion(base([huge, huge, huge], { choiceLayouts: layouts, choiceFloors: [0] })).choiceSize).toBe(16);
    const floored = planQuestion(base([huge, huge, huge], { choiceLayouts: layouts, choiceFloors: [20] }));
    expect([floored.fits, floored.cols, floored.choiceSize]).toEqual([false, 1, 20]);
  });

  it('leaves room for the typed-answer box', () => {
    const plan = planQuestion(base([], { boxH: 300 }));
    expect(plan.fits).toBe(true);
    expect(planQuestion(base([], { boxH: 600 })).fits).toBe(false);
  });
});

describe('renderer choice', () => {
  it('takes the requested renderer, else WebGL unless the GPU is software', () => {
    expect(pickRenderer('canvas', () => 'Apple M2')).toBe('canvas');
    expect(pickRenderer('webgl', () => 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe('webgl');
    expect(pickRenderer('auto', () => 'ANGLE (NVIDIA GeForce RTX 3060)')).toBe('webgl');
    expect(pickRenderer('auto', () => 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe('canvas');
    expect(pickRenderer('auto', () => null)).toBe('canvas');
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
  });
});
