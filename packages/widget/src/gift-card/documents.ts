// The gift card documents of sdk/src/operations/gift-cards.graphql, here in the lazy chunks that send them:
// the generated module is part of widget.js, whose budget cannot carry them. documents.test.ts checks that
// each is exactly its generated twin.
import type {
  TypedDocumentString,
  BookWithGiftCardMutation,
  BookWithGiftCardMutationVariables,
  BuyGiftCardMutation,
  BuyGiftCardMutationVariables,
  ConfirmGiftCardPurchaseMutation,
  ConfirmGiftCardPurchaseMutationVariables,
} from '@slotkit/sdk/generated';

export const BookWithGiftCardDocument = `
    mutation BookWithGiftCard($input: BookWithGiftCardInput!) {
  bookWithGiftCard(input: $input) {
    id
    bookingNumber
    status
    partySize
    totalCents
    currency
    startsAt
    endsAt
    activityName
    customerEmail
    lineItems {
      tier
      name
      quantity
      unitAmountCents
      totalCents
    }
    venue {
      name
      timezone
      address
    }
  }
}
    ` as unknown as TypedDocumentString<BookWithGiftCardMutation, BookWithGiftCardMutationVariables>;

export const BuyGiftCardDocument = `
    mutation BuyGiftCard($input: BuyGiftCardInput!) {
  buyGiftCard(input: $input) {
    url
    checkoutSessionId
  }
}
    ` as unknown as TypedDocumentString<BuyGiftCardMutation, BuyGiftCardMutationVariables>;

export const ConfirmGiftCardPurchaseDocument = `
    mutation ConfirmGiftCardPurchase($checkoutSessionId: String!) {
  confirmGiftCardPurchase(checkoutSessionId: $checkoutSessionId) {
    amountCents
    currency
    recipientEmail
    last4
  }
}
    ` as unknown as TypedDocumentString<ConfirmGiftCardPurchaseMutation, ConfirmGiftCardPurchaseMutationVariables>;
