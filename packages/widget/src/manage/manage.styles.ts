import { css } from 'lit';

// The manage mode's rules: they travel in the manage chunk and are adopted next to the widget's own styles.
// Tokens (--_*) come from booking-widget.styles.ts.
export default css`
  .manage {
    display: grid;
    gap: var(--_s3);
    max-inline-size: 40rem;
  }
  .manage h2,
  .manage h3,
  .manage h4 {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_s1) var(--_s4);
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_s2);
    border-radius: 999px;
    border: 1px solid var(--_line);
  }
  .badge.ok {
    border-color: var(--_accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
  }
  .panel {
    display: grid;
    gap: var(--_s3);
    padding-block-start: var(--_s3);
    border-block-start: 1px solid var(--_line);
  }
  .policy {
    margin: 0;
    padding-inline-start: var(--_s5);
  }
  .due {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s3);
    align-items: center;
    font-weight: 600;
  }
  .danger {
    background: #b42318;
    border-color: #b42318;
    color: #fff;
  }
  .confirm-q {
    font-weight: 600;
    margin: 0;
  }
`;
