// How a question and its choices share the question panel: the largest readable type that fits,
// with the panel allowed to rise over the lower part of the room when a beat has long answers.
// Pure arithmetic over a `measure` function, so it is tested without a browser.

export interface PlanInput {
  /** Height of the panel before it rises, and how far it may rise. */
  panelH: number;
  growSteps: number[];
  /** Height taken above the question (the reporter line) and below the choices (margins). */
  headerH: number;
  footerH: number;
  /** Question font sizes to try, largest first (the last is the floor: 4 % of screen height). */
  questionSizes: number[];
  /** [columns, font size] in order of preference. */
  choiceLayouts: [number, number][];
  /** Choice type is kept at or above each floor in turn (rising panel first, smaller type last). */
  choiceFloors: number[];
  answers: string[];
  /** Height of the typed-answer box (0 without free text). */
  boxH: number;
  gap: number;
  /** Height of the question at a size, and of one choice button at a size and column count. */
  questionHeight(size: number): number;
  choiceHeight(text: string, size: number, cols: number): number;
}

export interface Plan {
  grow: number;
  questionSize: number;
  cols: number;
  choiceSize: number;
  fits: boolean;
}

function choicesHeight(input: PlanInput, cols: number, size: number): number {
  let total = 0;
  for (let row = 0; row * cols < input.answers.length; row++) {
    const rowItems = input.answers.slice(row * cols, row * cols + cols);
    total += Math.max(...rowItems.map((a) => input.choiceHeight(a, size, cols))) + input.gap;
  }
  return Math.max(0, total - input.gap);
}

export function planQuestion(input: PlanInput): Plan {
  const layouts = input.answers.length ? input.choiceLayouts.filter(([cols]) => cols === 1 || input.answers.length >= 3) : [[1, 0] as [number, number]];
  for (const floor of input.choiceFloors) {
    const allowed = layouts.filter(([, size]) => size >= floor || input.answers.length === 0);
    for (const grow of input.growSteps) {
      for (const questionSize of input.questionSizes) {
        const free = input.panelH + grow - input.headerH - input.footerH - input.questionHeight(questionSize) - (input.boxH ? input.boxH + input.gap : 0);
        for (const [cols, size] of allowed) {
          const needed = input.answers.length ? choicesHeight(input, cols, size) : 0;
          if (needed <= free) return { grow, questionSize, cols, choiceSize: size, fits: true };
        }
      }
    }
  }
  // Nothing fits: the content will scroll, in one column (long answers side by side in narrow
  // columns would only be taller), at the smallest reading size.
  const floor = input.choiceFloors[input.choiceFloors.length - 1] ?? 0;
  const last = [...layouts].reverse().find(([cols, size]) => cols === 1 && size >= floor) ?? layouts[layouts.length - 1]!;
  return {
    grow: input.growSteps[input.growSteps.length - 1] ?? 0,
    questionSize: input.questionSizes[input.questionSizes.length - 1] ?? 0,
    cols: last[0],
    choiceSize: last[1],
    fits: false,
  };
}
