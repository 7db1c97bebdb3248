import { css } from 'lit';

export const dashboardStyles = css`
  .button.small {
    min-height: 30px;
    padding: 3px 10px;
    font-size: 0.85rem;
  }
  .head-actions {
    display: flex;
    gap: 12px;
    align-items: end;
    flex-wrap: wrap;
  }
  .row-actions {
    display: inline-flex;
    gap: 6px;
    flex-wrap: wrap;
  }
  td.attendance {
    white-space: nowrap;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: end;
    gap: 16px;
    flex-wrap: wrap;
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 16px;
    margin: 0 0 16px;
  }
  @media (max-width: 700px) {
    .kpis {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .kpi {
    padding: 14px 18px;
  }
  .kpi dt {
    color: var(--sk-muted);
    font-size: 0.82rem;
    font-weight: 600;
  }
  .kpi dd {
    margin: 4px 0 0;
    font-size: 1.6rem;
    font-weight: 700;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 16px;
  }
  .manifest {
    grid-column: 1 / -1;
  }
  @media (max-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .section-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
  }
  td.time {
    font-weight: 700;
  }
  tr.inactive td {
    color: var(--sk-muted);
    text-decoration: line-through;
  }
  tr.inactive td:last-child {
    text-decoration: none;
  }
  .number {
    display: block;
    font-size: 0.8rem;
  }
  .chart {
    width: 100%;
    height: auto;
    display: block;
  }
  .chart .grid {
    stroke: var(--sk-border);
    stroke-width: 1;
  }
  .chart .axis {
    fill: var(--sk-muted);
    font-size: 11px;
  }
  .chart .axis.revenue {
    fill: var(--sk-chart-line);
  }
  .chart .bar {
    fill: var(--sk-chart-bar);
    opacity: 0.85;
  }
  .chart .line {
    fill: none;
    stroke: var(--sk-chart-line);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .chart .dot {
    fill: var(--sk-surface);
    stroke: var(--sk-chart-line);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    gap: 16px;
    font-size: 0.85rem;
    color: var(--sk-muted);
    margin-top: 6px;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 3px;
    margin-right: 6px;
  }
  .swatch.bar {
    background: var(--sk-chart-bar);
  }
  .swatch.line {
    background: var(--sk-chart-line);
  }
  ul.upcoming,
  ul.alerts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.upcoming a {
    display: grid;
    gap: 2px;
    padding: 10px 8px;
    border-bottom: 1px solid var(--sk-border);
    text-decoration: none;
    color: var(--sk-text);
    border-radius: 6px;
  }
  ul.upcoming a:hover {
    background: var(--sk-surface-2);
  }
  .when {
    font-weight: 650;
  }
  .alert {
    display: flex;
    gap: 10px;
    padding: 10px 0;
    border-bottom: 1px solid var(--sk-border);
  }
  .alert p {
    margin: 4px 0 0;
  }
  .ref {
    font-family: ui-monospace, monospace;
    font-size: 0.8rem;
    word-break: break-all;
  }
  .all-clear {
    color: var(--sk-muted);
  }
`;
