// The YAML editor: CodeMirror 6 with YAML highlighting, undo, line numbers and the checker's
// problems underlined at their line and column (the lint extension; the checking itself happens in
// the worker, so typing never waits for it).
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, foldGutter, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../core/scenario/diagnostics.ts';

export interface StudioEditor {
  view: EditorView;
  text(): string;
  /** Replaces the whole text (a file opened, a template), keeping undo for the user's own edits. */
  setText(text: string): void;
  /** Replaces a range (an edit from the translation view). */
  replace(from: number, to: number, insert: string): void;
  showProblems(diagnostics: readonly Diagnostic[], describe: (d: Diagnostic) => string): void;
  /** Puts the cursor at a 1-based line and column and scrolls there. */
  goTo(line: number, column: number): void;
  /** Offset of a 1-based line and column, clamped to the text. */
  offsetOf(line: number, column: number): number;
  focus(): void;
}

/** The range a problem underlines: the word at its column, or the rest of its line. */
function problemRange(doc: Text, line: number, column: number): { from: number; to: number } {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  const from = Math.min(l.from + Math.max(0, column - 1), l.to);
  const rest = doc.sliceString(from, l.to);
  const word = /^[^\s,:{}[\]]+/.exec(rest)?.[0].length ?? 0;
  const to = word > 0 ? from + word : l.to > from ? l.to : Math.min(from + 1, doc.length);
  return { from: Math.min(from, to), to };
}

/** Colours readable on the studio's dark editor (contrast ≥ 4.5:1 on #0a1220). */
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#8cc8ff' },
  { tag: [tags.string, tags.special(tags.string)], color: '#b5e8a0' },
  { tag: [tags.number, tags.bool, tags.null], color: '#ffc27a' },
  { tag: [tags.comment, tags.lineComment], color: '#9aa9bd', fontStyle: 'italic' },
  { tag: [tags.keyword, tags.typeName, tags.labelName, tags.meta], color: '#e3a8ff' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: '#c9d4e3' },
  { tag: tags.invalid, color: '#ff8a8f' },
]);

export function createEditor(parent: HTMLElement, options: { label: string; onChange(text: string): void }): StudioEditor {
  const theme = EditorView.theme({
    '&': { height: '100%', fontSize: 'calc(24 * var(--u, 0.667px))', backgroundColor: 'var(--st-editor-bg)', color: 'var(--st-editor-fg)' },
    // The bundled font: system monospace fonts place Vietnamese tone marks badly (trâń, vê`).
    '.cm-scroller': { fontFamily: '"Be Vietnam Pro", "Segoe UI", sans-serif', lineHeight: '1.6' },
    '.cm-gutters': { backgroundColor: 'var(--st-gutter-bg)', color: 'var(--st-gutter-fg)', border: 'none' },
    '.cm-activeLine': { backgroundColor: 'var(--st-active-line)' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--st-active-line)' },
    '&.cm-focused': { outline: '2px solid var(--accent, #4aa3ff)' },
    '.cm-content': { caretColor: 'var(--st-editor-fg)' },
    '.cm-cursor': { borderLeftColor: 'var(--st-editor-fg)' },
    '.cm-tooltip': { fontSize: 'calc(24 * var(--u, 0.667px))', maxWidth: '40em' },
  });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        lintGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(highlight),
        yaml(),
        EditorState.tabSize.of(2),
        // Long texts wrap instead of running off the column (indentation stays visible).
        EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });

  const offsetOf = (line: number, column: number) => problemRange(view.state.doc, line, column).from;

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
    },
    replace(from, to, insert) {
      view.dispatch({ changes: { from, to, insert } });
    },
    showProblems(diagnostics, describe) {
      const doc = view.state.doc;
      const list: LintDiagnostic[] = diagnostics.map((d) => ({
        ...problemRange(doc, d.line, d.column),
        severity: d.severity,
        message: describe(d),
        source: d.code,
      }));
      view.dispatch(setDiagnostics(view.state, list));
    },
    goTo(line, column) {
      const at = offsetOf(line, column);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    offsetOf,
    focus: () => view.focus(),
  };
}
