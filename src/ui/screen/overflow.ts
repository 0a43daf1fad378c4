// Marks a scroll box that holds more than it shows (class ps-more: a fade at its foot) until it is
// scrolled to the end, so a long text is never cut without a sign.
const observed = new WeakSet<HTMLElement>();
let resize: ResizeObserver | null = null;

function update(el: HTMLElement): void {
  el.classList.toggle('ps-more', el.scrollTop + el.clientHeight < el.scrollHeight - 2);
}

export function watchOverflow(el: HTMLElement): void {
  if (observed.has(el)) return update(el);
  observed.add(el);
  el.addEventListener('scroll', () => update(el), { passive: true });
  resize ??= typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => entries.forEach((e) => update(e.target as HTMLElement)));
  resize?.observe(el);
  requestAnimationFrame(() => update(el));
}
