// Strongly connected components of the beat graph (Tarjan, iterative so that a long chain of
// beats cannot overflow the stack). Components come out in reverse topological order: every
// component is listed after all the components it leads to.

export interface Components {
  /** Beat indices per component, sinks first. */
  members: number[][];
  /** Component index per beat. */
  of: Int32Array;
  /** Whether a component can repeat: more than one beat, or a beat that leads to itself. */
  cyclic: boolean[];
}

/** `successors[v]` may contain negative entries (END): they are ignored. */
export function stronglyConnected(successors: readonly (readonly number[])[]): Components {
  const n = successors.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const of = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const members: number[][] = [];
  const cyclic: boolean[] = [];
  let counter = 0;
  const work: [number, number][] = []; // (beat, next successor position)

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const v = frame[0];
      if (frame[1] === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const next = successors[v]!;
      let descended = false;
      while (frame[1] < next.length) {
        const w = next[frame[1]++]!;
        if (w < 0) continue;
        if (index[w] === -1) {
          work.push([w, 0]);
          descended = true;
          break;
        }
        if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
      }
      if (descended) continue;
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          of[w] = members.length;
          component.push(w);
        } while (w !== v);
        component.reverse();
        cyclic.push(component.length > 1 || next.includes(v));
        members.push(component);
      }
    }
  }
  return { members, of, cyclic };
}
