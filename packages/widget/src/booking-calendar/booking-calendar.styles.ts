import { css } from 'lit';

// Colours and sizes come from the widget's tokens (inherited through the
// shadow boundary); every status has one look, the same in the legend.
export default css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s2);
    margin-block-end: var(--_s2);
  }
  h3 {
    margin: 0;
    font-size: var(--_t-md);
    font-weight: 600;
  }
  h3::first-letter {
    text-transform: uppercase;
  }
  .nav {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: var(--_t-lg);
    line-height: 1;
    cursor: pointer;
  }
  .nav:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  :host(:dir(rtl)) .nav {
    transform: scaleX(-1);
  }
  .nav:disabled {
    opacity: 0.35;
    cursor: default;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 2px;
    table-layout: fixed;
  }
  th {
    padding-block-end: var(--_s1);
    font-size: var(--_t-xs);
    font-weight: 600;
    color: var(--_muted);
  }
  td {
    padding: 0;
    block-size: var(--_day);
  }
  .day {
    position: relative;
    inline-size: 100%;
    block-size: var(--_day);
    border: 0;
    border-radius: var(--_radius-s);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: var(--_t-sm);
    font-variant-numeric: tabular-nums;
    cursor: default;
  }
  .ok {
    background: var(--_ok-bg);
    color: var(--_ok-fg);
    font-weight: 600;
    cursor: pointer;
  }
  .ok:hover {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .sold {
    color: var(--_bad-fg);
    text-decoration: line-through;
  }
  .blocked {
    background: var(--_bad-bg);
    color: var(--_bad-fg);
    cursor: help;
  }
  .today {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .sel {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .day:focus-visible,
  .nav:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .dot {
    position: absolute;
    inset-block-end: 4px;
    inset-inline-start: 50%;
    inline-size: 5px;
    block-size: 5px;
    margin-inline-start: -2.5px;
    border-radius: 50%;
    background: var(--_dot);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s3);
    margin: var(--_s2) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_t-xs);
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_s1);
  }
  .sw {
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 3px;
    border: 1px solid var(--_line);
  }
  .sw.sold {
    background: linear-gradient(to top right, transparent 45%, var(--_bad-fg) 45% 55%, transparent 55%);
  }
  .sw.custom {
    inline-size: 6px;
    block-size: 6px;
    border: 0;
    border-radius: 50%;
    background: var(--_dot);
  }
`;
