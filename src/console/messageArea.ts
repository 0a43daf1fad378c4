// The app's messages for the facilitator (scorecards saved, storage problems, ready to work
// offline), which a live drill keeps off the projector (app/live/facilitatorMessages.ts): listed in
// the console's header, newest first, each with the time it was said and a button to clear it. The
// console tells the projector it has them, so the wall drops them.
import type { ConsoleView } from '../app/live/consoleView.ts';
import { MESSAGES_EXTENSION, type MessagesReply } from '../app/live/facilitatorMessages.ts';
import type { I18n } from '../i18n/i18n.ts';
import { formatDateTime } from '../i18n/numberFormat.ts';
import { h } from '../ui/dom.ts';

export interface MessageArea {
  readonly element: HTMLElement;
  update(view: ConsoleView): void;
}

export function createMessageArea(i18n: I18n, sendExtension: (name: string, data: MessagesReply) => void, embedded: boolean): MessageArea {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(`console:${k}`, o ?? {});
  const list = h('ul', { class: 'c-messages', 'aria-live': 'polite', 'aria-label': t('messages.heading'), hidden: true });
  const told = new Set<number>();
  let drawn = '';
  const time = (at: number) => formatDateTime(new Date(at), i18n.language, { timeStyle: 'short' });

  return {
    element: list,
    update(view) {
      const messages = view.messages ?? [];
      const unseen = messages.filter((m) => !told.has(m.id)).map((m) => m.id);
      if (unseen.length > 0) {
        for (const id of unseen) told.add(id);
        sendExtension(MESSAGES_EXTENSION, { seen: unseen, embedded });
      }
      const key = messages.map((m) => m.id).join();
      if (key === drawn) return;
      drawn = key;
      list.hidden = messages.length === 0;
      list.replaceChildren(
        ...[...messages].reverse().map((m) => {
          const clear = h('button', { type: 'button', class: 'c-btn small', 'aria-label': t('messages.clear') }, '×');
          clear.addEventListener('click', () => sendExtension(MESSAGES_EXTENSION, { dismiss: m.id }));
          return h(
            'li',
            { class: `c-message ${m.kind}`, 'data-message-id': String(m.id), role: m.kind === 'error' ? 'alert' : null },
            h('span', { class: 'c-message-time c-dim' }, time(m.at)),
            h('span', { class: 'c-message-text' }, m.text),
            clear,
          );
        }),
      );
    },
  };
}
