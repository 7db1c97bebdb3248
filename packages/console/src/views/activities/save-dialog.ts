// The message of the save dialog: what saving will do to the sessions, from the
// server's dry run (previewActivityCreate / previewActivityUpdate).
import type { PreviewActivityUpdateQuery } from '@slotkit/sdk/generated';
import { html, nothing } from 'lit';
import { formatLocalDate } from '../../ui/format.ts';
import { t } from './messages.ts';

export type ChangePreview = PreviewActivityUpdateQuery['previewActivityUpdate'];

/** Lines shown per list in the dialog; the rest are counted. */
const SHOWN = 8;

type Line = { localDate: string; localStartTime: string };

function list(
  items: readonly Line[],
  total: number,
  line: (s: Line) => string = (s) => `${formatLocalDate(s.localDate)} ${s.localStartTime}`,
) {
  return html`<ul class="sessions-list">
    ${items.slice(0, SHOWN).map((s) => html`<li>${line(s)}</li>`)}
    ${total > SHOWN ? html`<li>${t('andMore', { count: total - SHOWN })}</li>` : nothing}
  </ul>`;
}

export function changeMessage(p: ChangePreview) {
  if (p.addedCount === 0 && p.removedCount === 0 && p.kept.length === 0) return html`<p>${t('noSessionChange')}</p>`;
  return html`
    ${
      p.addedCount
        ? html`<p>${t('addedList', { count: p.addedCount })}</p>
            ${list(p.added, p.addedCount)}`
        : nothing
    }
    ${
      p.removedCount
        ? html`<p>${t('removedList', { count: p.removedCount })}</p>
            ${list(p.removed, p.removedCount)}`
        : nothing
    }
    ${
      p.kept.length
        ? html`<p>${t('keptList', { count: p.kept.length })}</p>
            <ul class="sessions-list">
              ${p.kept.map(
                (s) =>
                  html`<li>
                    ${t('keptLine', {
                      date: formatLocalDate(s.localDate),
                      time: s.localStartTime,
                      booked: s.confirmedCount,
                      held: s.heldCount,
                    })}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  `;
}
