import { css } from 'lit';

// `all: initial` on the host keeps page CSS out; only custom properties
// (our --slotkit-* theme API) and `direction` cross the boundary.
// Colour pairs are WCAG AA (≥ 4.5:1) in both themes.
export default css`
  :host {
    all: initial;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_bg: var(--slotkit-bg, #ffffff);
    --_fg: var(--slotkit-fg, #1f2937);
    --_muted: #4b5563;
    --_line: #9ca3af;
    --_surface: #f3f4f6;
    --_ok-bg: #dcfce7;
    --_ok-fg: #14532d;
    --_bad-bg: #fee2e2;
    --_bad-fg: #7f1d1d;
    --_error: #b91c1c;
    --_dot: #1d4ed8;
    --_focus: var(--_fg);
    --_radius: var(--slotkit-radius, var(--_venue-radius, 8px));
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: 1rem/1.5 var(--slotkit-font, var(--_venue-font, system-ui, sans-serif));
    text-align: start;
  }
  .dark {
    --_bg: var(--slotkit-bg, #111827);
    --_fg: var(--slotkit-fg, #f9fafb);
    --_muted: #d1d5db;
    --_line: #6b7280;
    --_surface: #1f2937;
    --_ok-bg: #14532d;
    --_ok-fg: #dcfce7;
    --_bad-bg: #7f1d1d;
    --_bad-fg: #fee2e2;
    --_error: #fca5a5;
    --_dot: #93c5fd;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1rem;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  header {
    margin-block-end: 0.75rem;
  }
  header p {
    margin: 0;
  }
  .venue,
  .note,
  dd {
    color: var(--_muted);
  }
  .title {
    font-weight: 600;
  }
  .notice p,
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .list,
  .slots {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
    transition:
      background-color 0.15s,
      box-shadow 0.15s;
  }
  .choice,
  .slot {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    text-align: start;
  }
  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .slot[aria-disabled='true'] .left {
    text-decoration: line-through;
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  .tier {
    display: grid;
    grid-template-columns: 1fr auto 2.5rem auto;
    align-items: center;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_line);
  }
  .step {
    inline-size: 2.75rem;
    padding: 0;
  }
  output {
    text-align: center;
    font-weight: 600;
  }
  .price {
    color: var(--_muted);
  }
  .total {
    font-size: 1.1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .check {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .check a,
  .check .error {
    grid-column: 2;
  }
  input {
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .summary {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  dd {
    margin: 0;
  }
  .summary .total {
    color: var(--_fg);
  }
  .timer {
    font-size: 1.1rem;
  }
  [role='timer'] {
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .number {
    font-size: 1.5rem;
    letter-spacing: 0.05em;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
