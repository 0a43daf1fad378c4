// The typed-answer box for free-text beats: a <textarea> over the question panel with a word count
// against max_words. Vietnamese input methods (Telex, VNI) compose letters through composition
// events: while composing, Enter confirms the syllable and must neither submit nor lose text.
// Enter submits when not composing; Shift+Enter starts a new line; Escape hands keys back to the game.
import type { I18n } from '../i18n/i18n.ts';
import { h, placeOver } from './dom.ts';
import { countWords } from './wordCount.ts';

export interface AnswerBoxOptions {
  root: HTMLElement;
  i18n: I18n;
  onSubmit: (text: string) => void;
  /** Text typed for a question that moved on before it was sent (time ran out, the drill ended), and that question. */
  onUnsent?: (text: string, beatId: string) => void;
}

export interface AnswerBox {
  readonly element: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  /** `typedOnly`: the question offers no choice, so the box says that it is answered by typing. */
  show(config: { beatId: string; maxWords: number | null; typedOnly?: boolean; rect: { x: number; y: number; w: number; h: number } } | null): void;
  focus(): void;
  isComposing(): boolean;
  /** Re-reads labels after a language change. */
  relabel(): void;
}

export function createAnswerBox(o: AnswerBoxOptions): AnswerBox {
  const t = (k: string, opts?: Record<string, unknown>) => o.i18n.t(k, opts);
  const textarea = h('textarea', { id: 'answer-text', class: 'answer-text', rows: 3, spellcheck: 'false', autocomplete: 'off', lang: o.i18n.language });
  const label = h('label', { for: 'answer-text', class: 'answer-label' });
  const count = h('span', { class: 'answer-count', 'aria-live': 'off' });
  const hint = h('span', { class: 'answer-hint' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary answer-submit' });
  // A question with no choice says so above the box: a trainee who presses 1–4 out of habit
  // sees why the digit went into the answer (and is told so when it does).
  const typedOnlyNote = h('p', { class: 'answer-typed-only', hidden: true, 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'answer-box', hidden: true, 'aria-label': '' },
    label,
    typedOnlyNote,
    textarea,
    h('div', { class: 'answer-footer' }, count, hint, submit),
  );
  o.root.append(form);

  let composing = false;
  let sent = false;
  let beatId: string | null = null;
  let maxWords: number | null = null;
  let typedOnly = false;
  /** The trainee began this answer with a digit, as if picking a numbered choice. */
  let startedWithDigit = false;

  const noteTypedOnly = () => {
    typedOnlyNote.hidden = !typedOnly;
    typedOnlyNote.textContent = typedOnly ? t(startedWithDigit ? 'pressRoom:answerBox.digitTyped' : 'pressRoom:answerBox.typedOnly') : '';
    typedOnlyNote.classList.toggle('answer-note-warning', typedOnly && startedWithDigit);
  };

  const updateCount = () => {
    const words = countWords(textarea.value);
    count.textContent =
      maxWords === null ? t('pressRoom:answerBox.words', { count: words }) : t('pressRoom:answerBox.wordsOf', { count: words, max: maxWords });
    form.classList.toggle('over-limit', maxWords !== null && words > maxWords);
  };

  const send = () => {
    const text = textarea.value.trim();
    if (!text || composing) return;
    sent = true;
    o.onSubmit(text);
  };

  textarea.addEventListener('compositionstart', () => {
    composing = true;
  });
  textarea.addEventListener('compositionend', () => {
    composing = false;
    updateCount();
  });
  textarea.addEventListener('input', () => {
    updateCount();
    const digitFirst = typedOnly && /^\d/.test(textarea.value);
    if (digitFirst !== startedWithDigit) {
      startedWithDigit = digitFirst;
      noteTypedOnly();
    }
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      textarea.blur();
      e.preventDefault();
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey) return;
    // keyCode 229: the IME owns this key (Safari sends it after compositionend).
    if (e.isComposing || composing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });

  const relabel = () => {
    label.textContent = t('pressRoom:answerBox.label');
    textarea.placeholder = t('pressRoom:answerBox.placeholder');
    textarea.lang = o.i18n.language;
    hint.textContent = t('pressRoom:answerBox.hint');
    submit.textContent = t('pressRoom:answerBox.submit');
    form.setAttribute('aria-label', t('pressRoom:answerBox.label'));
    updateCount();
    noteTypedOnly();
  };
  relabel();

  // Nothing typed disappears silently: a draft the question left behind is handed on, once.
  const leaveDraft = () => {
    const draft = textarea.value.trim();
    if (beatId !== null && draft && !sent) o.onUnsent?.(draft, beatId);
    textarea.value = '';
    sent = false;
    startedWithDigit = false;
  };

  return {
    element: form,
    textarea,
    show(config) {
      if (!config) {
        leaveDraft();
        if (document.activeElement === textarea) textarea.blur();
        form.hidden = true;
        beatId = null;
        return;
      }
      if (config.beatId !== beatId) {
        // A new question: a fresh box.
        leaveDraft();
        composing = false;
      }
      beatId = config.beatId;
      maxWords = config.maxWords;
      typedOnly = config.typedOnly === true;
      noteTypedOnly();
      placeOver(form, config.rect);
      form.hidden = false;
      updateCount();
    },
    focus() {
      if (!form.hidden) textarea.focus();
    },
    isComposing: () => composing,
    relabel,
  };
}
