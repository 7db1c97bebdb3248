// The venue form's layout: the form beside its live preview from 1100 px, the fields and the brand colour pickers.
import { css } from 'lit';

export const venueFormStyles = css`
  .layout {
    display: grid;
    gap: 20px;
  }
  @media (min-width: 1100px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 400px;
      align-items: start;
    }
  }
  form {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    align-items: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  input,
  select,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 84px;
    font-family: ui-monospace, monospace;
  }
  .color {
    display: flex;
    gap: 8px;
  }
  .color input[type='color'] {
    width: 48px;
    padding: 2px;
    flex: none;
  }
  .hint {
    color: var(--sk-muted);
    font-size: 0.82rem;
    margin: 4px 0 0;
  }
  h3 {
    font-size: 0.95rem;
    margin: 8px 0 0;
  }
`;
