import { expect } from '@open-wc/testing';
import * as generated from '@slotkit/sdk/generated';
import * as paying from './paying-documents.ts';
import * as gift from '../gift-card/documents.ts';

// The lazy chunks carry copies of their documents (widget.js holds the generated module and its budget
// cannot carry them): each copy must be exactly the document the SDK generates from its .graphql file.
describe('documents copied into the lazy chunks', () => {
  const copies = { ...paying, ...gift } as Record<string, { toString(): string }>;
  for (const [name, copy] of Object.entries(copies).filter(([n]) => n.endsWith('Document'))) {
    it(`should send ${name} exactly as generated`, () => {
      const twin = (generated as unknown as Record<string, { toString(): string } | undefined>)[name];
      expect(twin, `${name} is generated`).to.not.equal(undefined);
      expect(copy.toString()).to.equal(twin!.toString());
    });
  }
});
