import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Document limits for every operation on every transport (DESIGN.md §5: the
 * public API answers any document within them). graphql-armor's defaults are
 * the floor; depth counts fields, not fragment spreads, so the widget's own
 * documents (WidgetConfig → activities → schedule → customHours → day = 5)
 * fit with one level to spare.
 */
export const DOCUMENT_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  /** graphql-js stops parsing at this many tokens (Apollo `parseOptions`, our ws parse). */
  maxTokens: 1000,
  maxCost: 5000,
  maxDirectives: 50,
} as const;

// The armor rules throw by default, which aborts graphql-js validation with an
// unformatted error; reporting keeps them ordinary validation errors.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** At most `n` directives in one document (graphql-armor's max-directives default). */
const maxDirectivesRule =
  (n: number): ValidationRule =>
  (context) => {
    let count = 0;
    return {
      Directive() {
        count += 1;
        if (count === n + 1) context.reportError(new GraphQLError(`Directives limit of ${n} exceeded.`));
      },
    };
  };

export const limitRules: readonly ValidationRule[] = [
  maxDepthRule({ n: DOCUMENT_LIMITS.maxDepth, flattenFragments: true, ...report }),
  maxAliasesRule({ n: DOCUMENT_LIMITS.maxAliases, ...report }),
  costLimitRule({ maxCost: DOCUMENT_LIMITS.maxCost, flattenFragments: true, ...report }),
  maxDirectivesRule(DOCUMENT_LIMITS.maxDirectives),
];

/** graphql-js validation with the limits, for transports that do not run Apollo's pipeline (graphql-ws). */
export function validateWithLimits(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...limitRules]);
}

const SUGGESTION_RE = / ?Did you mean [^?]*\?/g;

/** Drops "Did you mean …?" hints, which let anyone map a schema without introspection. */
export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION_RE, '');
