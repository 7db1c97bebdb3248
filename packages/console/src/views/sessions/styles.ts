// The Sessions view's own look, on the console's tokens (light and dark alike).
import { css } from 'lit';

export const sessionsStyles = css`
  tbody th {
    text-transform: none;
    letter-spacing: normal;
    font-size: inherit;
    color: var(--sk-text);
  }
  .segmented {
    display: inline-flex;
  }
  .segmented .button {
    border-radius: 0;
  }
  .segmented .button:first-child {
    border-radius: 8px 0 0 8px;
  }
  .segmented .button:last-child {
    border-radius: 0 8px 8px 0;
    margin-left: -1px;
  }
  .segmented .button[aria-pressed='true'] {
    background: var(--sk-accent-soft);
    color: var(--sk-accent-strong);
    border-color: var(--sk-accent);
  }
  .nav {
    display: inline-flex;
    gap: 6px;
  }
  .range {
    margin: 0 0 8px;
    font-weight: 600;
  }
  .week {
    display: grid;
    gap: 10px;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  @media (max-width: 1100px) {
    .week {
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    }
  }
  .day {
    padding: 12px;
    min-width: 0;
  }
  .day.is-blocked {
    border-color: var(--sk-danger);
    background: var(--sk-danger-soft);
  }
  .day-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 6px;
    margin-bottom: 8px;
  }
  .day-head h2 {
    margin: 0;
    font-size: 0.95rem;
  }
  .blocked-note {
    margin: 0 0 8px;
    font-size: 0.85rem;
    color: var(--sk-danger);
    overflow-wrap: anywhere;
  }
  .slots {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .slot {
    border: 1px solid var(--sk-border);
    border-radius: 8px;
    padding: 8px;
    background: var(--sk-surface);
  }
  .slot.cancelled {
    opacity: 0.7;
  }
  .slot-line {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 6px;
  }
  .bar {
    display: block;
    width: 100%;
    height: 6px;
    margin: 6px 0 4px;
    border-radius: 3px;
    overflow: hidden;
  }
  .bar-bg {
    fill: var(--sk-surface-2);
  }
  .bar-booked {
    fill: var(--sk-accent);
  }
  .bar-held {
    fill: var(--sk-warn);
  }
  .small-text {
    font-size: 0.8rem;
    margin: 0;
    white-space: normal;
  }
  .button.small {
    min-height: 28px;
    padding: 3px 10px;
    font-size: 0.8rem;
    margin-top: 6px;
  }
  .day-head .button.small {
    margin-top: 0;
  }
  .panel {
    margin-bottom: 16px;
    max-width: 560px;
  }
  .panel input:not([type]) {
    width: 100%;
  }
  .check input {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
    accent-color: var(--sk-accent);
  }
  .check {
    display: flex;
    gap: 8px;
    align-items: center;
    font-weight: 500;
  }
  .panel-actions {
    display: flex;
    gap: 8px;
    margin-top: 12px;
  }
`;
