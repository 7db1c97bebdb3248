// The Promo codes page's layout: the code list beside the new-code form, the form under it on a narrow screen.
import { css } from 'lit';

export const promoCodesStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(260px, 1fr);
    gap: 16px;
    align-items: start;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .layout > * {
    min-width: 0;
  }
  td.wrap {
    white-space: normal;
    min-width: 8rem;
  }
  td .badge {
    margin-inline-start: 6px;
  }
  .button.small {
    min-height: 30px;
    padding: 3px 10px;
    font-size: 0.85rem;
  }
  form {
    display: grid;
    gap: 4px;
  }
  form input:not([type='checkbox']):not([type='radio']),
  form select {
    width: 100%;
  }
  form > label:not(:first-of-type),
  fieldset {
    margin-top: 10px;
  }
  fieldset {
    border: 1px solid var(--sk-border);
    border-radius: 8px;
    padding: 8px 12px;
  }
  fieldset label {
    display: flex;
    gap: 8px;
    align-items: center;
    font-weight: 400;
    margin: 2px 0;
  }
  .hint {
    font-size: 0.85rem;
    margin: 2px 0 0;
  }
  form .button {
    margin-top: 14px;
  }
  code {
    font-weight: 650;
  }
  tr.inactive td {
    color: var(--sk-muted);
  }
`;
