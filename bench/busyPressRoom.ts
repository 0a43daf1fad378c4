// Puts the running app (through its debugging hook window.__podium) into the busiest press room
// the issue asks to measure: a drill under way, 300 posts in the feed with new ones arriving, four
// rumours spreading, the breaking-news ticker running. Real rumours and events of the scenario are
// injected through the controller; the rest is added to each view the controller publishes, so the
// scenes render it exactly as they would render a scenario that large.
import type { Page } from 'playwright-core';

export interface BusyState {
  scenario: string;
  feed: number;
  spreading: number;
  ticker: boolean;
}

export const FEED_POSTS = 300;
export const SPREADING_RUMOURS = 4;

export async function busyPressRoom(page: Page): Promise<BusyState> {
  await page.evaluate(
    ({ posts, rumours }) => {
      type Text = string | Record<string, string>;
      interface Feed {
        key: string;
        kind: string;
        at: number;
        text: Text;
        from?: string;
        rumourId?: string;
      }
      interface Rumour {
        id: string;
        text: Text;
        author: string;
        state: string;
        reach: number;
        appearedAt: number | null;
        rebuttedAt: number | null;
        injected: boolean;
      }
      interface View {
        now: number;
        feed: Feed[];
        rumours: Rumour[];
      }
      interface Drill {
        view: View;
      }
      interface Scenario {
        id: string;
        rumours?: { id: string }[];
        events?: { id?: string; kind: string }[];
      }
      const podium = (
        window as unknown as {
          __podium: {
            store: {
              getState(): { selectedScenarioId: string | null; scenarios: { checked: { scenario: Scenario } | null }[]; setDrill(d: Drill | null): void };
              setState(patch: object): void;
            };
            controller: { startDrill(id: string): boolean; inject(what: object): void };
          };
        }
      ).__podium;
      const { store, controller } = podium;
      const state = store.getState();
      // The flood scenario has a rumour and breaking news of its own; any playable one will do.
      const scenario =
        state.scenarios.find((e) => e.checked?.scenario.id === 'flood-dam-rumour')?.checked?.scenario ??
        state.scenarios.find((e) => e.checked?.scenario.id === state.selectedScenarioId)?.checked?.scenario ??
        state.scenarios.find((e) => e.checked)?.checked?.scenario;
      if (!scenario) throw new Error('no playable scenario in the menu');

      const voices = ['Người dân Hà Lam', 'Tin Nóng 24h', 'Bà Tư chợ Phú Mỹ', 'Lê Minh Ánh', 'Hội phụ huynh', 'Reuters VN', 'Tuấn Vlog'];
      const lines = [
        { vi: 'Nước đang lên nhanh ở đầu cầu, mọi người cẩn thận nhé!', en: 'Water rising fast by the bridge, take care everyone!' },
        { vi: 'Có ai xác nhận thông tin sơ tán chưa? Ủy ban chưa trả lời.', en: 'Has anyone confirmed the evacuation? The committee has not answered.' },
        { vi: 'ẢNH: Đoàn cứu hộ đã tới xã Phú Mỹ lúc 14 giờ.', en: 'PHOTO: the rescue team reached Phu My at 2 pm.' },
        { vi: 'Đừng chia sẻ tin chưa kiểm chứng! Chờ thông báo chính thức.', en: 'Do not share unverified news! Wait for the official notice.' },
      ];
      const realRumours = new Set((scenario.rumours ?? []).map((r) => r.id));
      const extra = Math.max(0, rumours - realRumours.size);
      let startNow: number | null = null;

      // Synthetic posts arrive five per drill second, so the window of the latest 300 keeps moving.
      const augment = (view: View): View => {
        startNow ??= view.now;
        const t0 = startNow - posts / 5;
        const rumoursNow: Rumour[] = [...view.rumours];
        for (let i = 0; i < extra; i++) {
          const appearedAt = startNow - 20 - 10 * i;
          rumoursNow.push({
            id: `bench-rumour-${i}`,
            text: { vi: `KHẨN: tin đồn thứ ${i + 1} lan trên mạng, chưa kiểm chứng!!!`, en: `URGENT: rumour number ${i + 1} spreading online, unverified!!!` },
            author: voices[i % voices.length]!,
            state: 'spreading',
            reach: Math.round(Math.min(250_000, 1000 * 2 ** ((view.now - appearedAt) / (20 + 5 * i)))),
            appearedAt,
            rebuttedAt: null,
            injected: true,
          });
        }
        const synthetic: Feed[] = [];
        const newest = Math.floor((view.now - t0) * 5);
        const want = Math.max(0, posts - view.feed.length - extra);
        for (let k = Math.max(0, newest - want + 1); k <= newest; k++) {
          synthetic.push({ key: `event:bench-post-${k}`, kind: 'post', at: t0 + k / 5, text: lines[k % lines.length]!, from: voices[k % voices.length]! });
        }
        for (let i = 0; i < extra; i++) {
          const r = rumoursNow[view.rumours.length + i]!;
          synthetic.push({ key: `rumour:${r.id}`, kind: 'rumour', at: r.appearedAt!, text: r.text, from: r.author, rumourId: r.id });
        }
        const feed = [...view.feed, ...synthetic].sort((a, b) => a.at - b.at);
        return { ...view, feed, rumours: rumoursNow };
      };
      const setDrill = state.setDrill;
      store.setState({ setDrill: (drill: Drill | null) => setDrill(drill && { ...drill, view: augment(drill.view) }) });

      if (!controller.startDrill(scenario.id)) throw new Error(`the drill ${scenario.id} did not start`);
      for (const id of realRumours) controller.inject({ rumour: id });
      for (const event of scenario.events ?? []) if (event.kind === 'breaking' && event.id) controller.inject({ event: event.id });
    },
    { posts: FEED_POSTS, rumours: SPREADING_RUMOURS },
  );
  await page.waitForFunction(() => document.body.dataset.screen === 'PressRoom', null, { timeout: 30_000 });
  // Let a few frames publish views through the augmented store.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __podium: { store: { getState(): { drill: { scenarioId: string; view: { feed: { kind: string }[]; rumours: { state: string }[] } } | null } } };
      }
    ).__podium.store.getState();
    const view = s.drill?.view;
    return {
      scenario: s.drill?.scenarioId ?? 'none',
      feed: view?.feed.length ?? 0,
      spreading: view?.rumours.filter((r) => r.state === 'spreading').length ?? 0,
      ticker: view?.feed.some((f) => f.kind === 'breaking') ?? false,
    };
  });
}
