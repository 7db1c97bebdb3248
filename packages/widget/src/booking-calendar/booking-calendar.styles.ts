import { css } from 'lit';

// Colours come from the widget's theme variables (inherited through the
// shadow boundary); each pair meets WCAG AA in both themes.
export default css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .nav {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }
  :host(:dir(rtl)) .nav {
    transform: scaleX(-1);
  }
  .nav:disabled {
    opacity: 0.4;
    cursor: default;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0.25rem;
    table-layout: fixed;
  }
  th {
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_muted);
  }
  td {
    padding: 0;
  }
  .day {
    position: relative;
    inline-size: 100%;
    min-block-size: 2.5rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_muted);
    font: inherit;
    cursor: default;
  }
  .ok {
    background: var(--_ok-bg);
    color: var(--_ok-fg);
    font-weight: 600;
    cursor: pointer;
  }
  .bad {
    background: var(--_bad-bg);
    color: var(--_bad-fg);
    text-decoration: line-through;
  }
  .sel {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_fg);
  }
  .day:focus-visible,
  .nav:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dot {
    position: absolute;
    inset-block-end: 0.2rem;
    inset-inline-start: 50%;
    inline-size: 0.4rem;
    block-size: 0.4rem;
    margin-inline-start: -0.2rem;
    border-radius: 50%;
    background: var(--_dot);
  }
  .legend {
    margin: 0.25rem 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
`;
