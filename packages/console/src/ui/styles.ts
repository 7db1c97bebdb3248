// The shared look of every view (buttons, tables, forms, cards, states), on the
// tokens of console.css. Views put `sharedStyles` first in their `static styles`.
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    color: var(--sk-text);
    font-family: var(--sk-font);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 4px;
    letter-spacing: -0.01em;
  }
  h1:focus {
    outline: none;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 12px;
  }
  .lede {
    color: var(--sk-muted);
    margin: 0 0 20px;
  }
  a {
    color: var(--sk-accent);
  }
  .card {
    background: var(--sk-surface);
    border: 1px solid var(--sk-border);
    border-radius: var(--sk-radius);
    box-shadow: var(--sk-shadow);
    padding: 16px 20px;
  }
  .grid {
    display: grid;
    gap: 16px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: end;
    margin-bottom: 16px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font: inherit;
    font-weight: 600;
    border-radius: 8px;
    border: 1px solid var(--sk-border);
    background: var(--sk-surface);
    color: var(--sk-text);
    padding: 7px 14px;
    cursor: pointer;
    min-height: 36px;
    text-decoration: none;
  }
  .button:hover {
    background: var(--sk-surface-2);
  }
  .button.primary {
    background: var(--sk-accent);
    border-color: var(--sk-accent);
    color: var(--sk-on-accent);
  }
  .button.primary:hover {
    background: var(--sk-accent-strong);
  }
  .button.danger {
    color: var(--sk-danger);
    border-color: currentColor;
  }
  .button.danger.solid {
    background: var(--sk-danger);
    border-color: var(--sk-danger);
    color: #fff;
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--sk-focus);
  }
  label {
    display: block;
    font-weight: 600;
    font-size: 0.85rem;
    margin-bottom: 4px;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--sk-text);
    background: var(--sk-surface);
    border: 1px solid var(--sk-border);
    border-radius: 8px;
    padding: 7px 10px;
    min-height: 36px;
  }
  input[aria-invalid='true'] {
    border-color: var(--sk-danger);
  }
  .field-error {
    color: var(--sk-danger);
    font-size: 0.85rem;
    margin: 4px 0 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: left;
    padding: 10px 12px;
    border-bottom: 1px solid var(--sk-border);
    white-space: nowrap;
  }
  th {
    font-size: 0.78rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--sk-muted);
    font-weight: 600;
  }
  tbody tr:hover {
    background: var(--sk-surface-2);
  }
  td.num,
  th.num {
    text-align: right;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 1px 9px;
    font-size: 0.78rem;
    font-weight: 600;
    background: var(--sk-surface-2);
    color: var(--sk-muted);
  }
  .badge.ok {
    background: var(--sk-ok-soft);
    color: var(--sk-ok);
  }
  .badge.warn {
    background: var(--sk-warn-soft);
    color: var(--sk-warn);
  }
  .badge.danger {
    background: var(--sk-danger-soft);
    color: var(--sk-danger);
  }
  .muted {
    color: var(--sk-muted);
  }
  .state {
    padding: 24px;
    text-align: center;
    color: var(--sk-muted);
  }
  .state-error {
    color: var(--sk-danger);
  }
  .spinner {
    display: inline-block;
    width: 14px;
    height: 14px;
    margin-right: 8px;
    vertical-align: -2px;
    border: 2px solid var(--sk-border);
    border-top-color: var(--sk-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
