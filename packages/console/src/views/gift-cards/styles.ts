// The Gift cards page's layout: the card list beside its forms on a wide screen, the forms under it below.
import { css } from 'lit';

export const giftCardsStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(280px, 1fr);
    gap: 16px;
    align-items: start;
  }
  .side {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 16px;
    min-width: 0;
  }
  /* The card list needs ~900 px for its five columns: below a wide screen the forms go under it, side by side. */
  @media (max-width: 1400px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .side + .side {
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      align-items: start;
    }
  }
  form {
    display: grid;
    gap: 4px;
  }
  form input,
  form select {
    width: 100%;
  }
  form label:not(:first-of-type) {
    margin-top: 10px;
  }
  form .button {
    margin-top: 14px;
  }
  .hint {
    font-size: 0.85rem;
    margin: 2px 0 0;
  }
  .row {
    display: flex;
    gap: 8px;
  }
  .row input {
    flex: 1;
  }
  .row .button {
    margin-top: 0;
  }
  .code-once {
    border: 2px dashed var(--sk-accent, currentColor);
  }
  .code-once output {
    display: block;
    margin: 8px 0;
    font:
      700 1.35rem/1.4 ui-monospace,
      Menlo,
      Consolas,
      monospace;
    letter-spacing: 0.06em;
    word-break: break-all;
  }
  .code-once .toolbar {
    display: flex;
    gap: 8px;
  }
  code {
    font-weight: 650;
  }
  .found {
    margin-top: 12px;
  }
`;
