// The after-drill views, one chunk of their own: the debrief report, the history, the replay bar
// and the room's votes on a report (src/ui/debrief, src/ui/history). installReports.ts imports this
// module lazily (`loadReportViews`): the menu's first screen needs none of it, and a drill ends at
// the earliest minutes after start-up, by when the chunk has been fetched in the background.
export { reportContext } from '../ui/debrief/context.ts';
export { mountDebrief } from '../ui/debrief/debriefView.ts';
export { download } from '../ui/debrief/dom.ts';
export { mountReplay } from '../ui/debrief/replayBar.ts';
export { roomSection } from '../ui/debrief/roomSection.ts';
export { mountHistory } from '../ui/history/historyView.ts';
