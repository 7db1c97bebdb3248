import { css } from 'lit';

export const detailStyles = css`
  .back {
    display: inline-block;
    margin-bottom: 8px;
    text-decoration: none;
    font-weight: 600;
  }
  .lede {
    display: flex;
    gap: 10px;
    align-items: center;
    flex-wrap: wrap;
  }
  .actions {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    margin-bottom: 16px;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 16px;
  }
  .wide {
    grid-column: 1 / -1;
  }
  @media (max-width: 800px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 6px 16px;
    margin: 0;
  }
  dt {
    color: var(--sk-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .refs dd {
    font-family: ui-monospace, monospace;
    font-size: 0.82rem;
  }
  .small {
    font-size: 0.85rem;
    margin: 12px 0 0;
  }
  tfoot th,
  tfoot td {
    border-bottom: 0;
    font-weight: 700;
    text-align: right;
  }
  .log,
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .log li {
    display: grid;
    padding: 8px 0;
    border-bottom: 1px solid var(--sk-border);
  }
  .timeline li {
    display: grid;
    grid-template-columns: 14px 1fr auto;
    gap: 10px;
    align-items: center;
    padding: 6px 0;
  }
  .timeline .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--sk-accent);
  }
  .state-error {
    color: var(--sk-danger);
  }
`;
