import { BREAK, GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.ts';
import { type AppError, ErrorCode, forbidden, rateLimited } from '../errors.ts';
import type { GraphQLContext } from './context.ts';
import { checkInputCaps } from './input-caps.ts';
import type { OperationVenues } from './operation-venues.ts';
import { summarizeOperation, type OperationSummary } from './root-fields.ts';

/**
 * Mutations that hold capacity or start a payment, and priceQuote (it answers whether a promo code
 * exists, so guessing codes draws on the same small budget): a quarter of the per-IP budget.
 */
export const WRITE_FIELDS: ReadonlySet<string> = new Set([
  'reserveSlot',
  'createCheckout',
  'priceQuote',
  'bookWithGiftCard',
  'buyGiftCard',
  'joinWaitlist',
]);
/**
 * Gift card codes are tried in their own small budget per address (DESIGN §9.4: guessing is slow): every
 * balance check and every hold that names a code. 80-bit codes make guessing pointless anyway; this
 * keeps a script from even trying at speed.
 */
export const GIFT_CARD_TRIES_PER_MINUTE = 10;
const triesGiftCard = (f: { name: string; args: Readonly<Record<string, unknown>> }): boolean =>
  f.name === 'giftCardBalance' ||
  (f.name === 'reserveSlot' && Boolean((f.args.input as { giftCardCode?: unknown } | undefined)?.giftCardCode));

/** A venue (embed key) may take this many times one IP's budget, across all its visitors. */
export const VENUE_BUDGET_FACTOR = 100;
/**
 * While a venue's budget is spent, an address that has made at most this share of one IP's budget at
 * that venue this window still gets through: the venue budget stops heavy hitters, never newcomers, so a
 * handful of addresses cannot close a venue for everyone (issue 16 item 6).
 */
export const VENUE_FAIR_SHARE_DIVISOR = 4;

export interface RateLimitRule {
  /** e.g. `ip:203.0.113.9`, `ip-write:203.0.113.9`, `venue:<id>` */
  readonly key: string;
  /** Requests allowed per window; 0 or less means unlimited. */
  readonly limit: number;
  /**
   * A shared budget that refuses only callers over their own share: the request is refused when `key` is
   * over `limit` AND this caller's count under `share.key` is over `share.limit`.
   */
  readonly share?: { readonly key: string; readonly limit: number };
}

export type RateDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly key: string; readonly retryAfterSeconds: number };

/** The shared budgets (http/rate-limiter.ts keeps them in PostgreSQL for every instance). */
export interface RateLimits {
  /** The answer for a key already over its limit, from memory (no database work); undefined otherwise. */
  blocked(key: string): RateDecision | undefined;
  /** Counts one request against every rule. */
  hit(rules: readonly RateLimitRule[]): Promise<RateDecision>;
}

/** The venues' allowed origins (http/origin-policy.ts). */
export interface OriginRules {
  /** True when every one of the venues lists the origin. */
  allowedByVenues(origin: string, venueIds: readonly string[]): Promise<boolean>;
  /** True when any venue lists the origin. */
  allowedByAnyVenue(origin: string): Promise<boolean>;
}

export interface OperationGuardOptions {
  schema: GraphQLSchema;
  config: Pick<Config, 'RATE_LIMIT_PER_MINUTE' | 'NODE_ENV'>;
  origins: OriginRules;
  venues: OperationVenues;
  limiter: RateLimits;
}

export interface GuardRequest {
  readonly context: GraphQLContext;
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
  /** True when the Origin header is absent or is the server's own. */
  readonly sameOrigin: boolean;
}

/**
 * Checks an operation before it executes, the same on HTTP and WebSocket:
 * input caps, then (public callers) the venue's allowed origins, then the
 * rate limits. Throws AppError; `toGraphQLError` gives it an HTTP status.
 */
export class OperationGuard {
  constructor(private readonly options: OperationGuardOptions) {}

  async check(request: GuardRequest): Promise<void> {
    const summary = this.inspect(request);
    if (summary) await this.admit(request, summary);
  }

  /**
   * The part of `check` that reads nothing and counts nothing: the operation's root fields (undefined when
   * graphql-js itself will reject the request), input caps, introspection and API-key origin. Throws AppError.
   */
  inspect(request: GuardRequest): OperationSummary | undefined {
    const summary = summarizeOperation(this.options.schema, request.document, request.operationName, request.variables);
    if (!summary) return undefined; // graphql-js reports the problem itself
    for (const field of summary.fields) checkInputCaps(field.args);

    const { caller } = request.context;
    // Issue 16 item 10: in production the schema (admin half included) is for key holders only.
    if (caller.kind === 'public' && this.options.config.NODE_ENV === 'production' && introspects(request.document))
      throw forbidden('Introspection needs an API key');
    // An API key from a page on another origin is a leaked key or a CSRF attempt.
    if (caller.kind === 'admin' && !request.sameOrigin) throw forbidden('API keys may not be used from another origin');
    return summary;
  }

  /** The rest of `check` after `inspect`: a public caller's venue origins and rate limits (reads, and counts). */
  async admit(request: GuardRequest, summary: OperationSummary): Promise<void> {
    const { caller, request: meta } = request.context;
    if (caller.kind === 'admin') return;
    const perMinute = this.options.config.RATE_LIMIT_PER_MINUTE;
    const needsOrigin = !request.sameOrigin && meta.origin !== undefined;
    if (!needsOrigin && perMinute <= 0) return;

    // A client already over its budget is refused before any lookup.
    const early = perMinute > 0 ? this.options.limiter.blocked(`ip:${meta.ip}`) : undefined;
    if (early && !early.allowed) throw rateLimited(early.retryAfterSeconds);
    const venueIds = await this.options.venues.of(summary.fields);
    if (needsOrigin) {
      const origin = meta.origin;
      const allowed = venueIds.length
        ? await this.options.origins.allowedByVenues(origin, venueIds)
        : await this.options.origins.allowedByAnyVenue(origin);
      if (!allowed) throw forbidden(`Origin ${origin} is not allowed for this venue`);
    }
    if (perMinute <= 0) return;
    const writes = summary.fields.some((f) => WRITE_FIELDS.has(f.name));
    const rules = budgets(perMinute, meta.ip, venueIds, writes);
    if (summary.fields.some(triesGiftCard))
      rules.push({ key: `gift-card:${meta.ip}`, limit: Math.min(GIFT_CARD_TRIES_PER_MINUTE, perMinute) });
    const decision = await this.options.limiter.hit(rules);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  }

  /**
   * A persisted-query miss (unknown or wrong hash) never reaches `check`, yet costs its IP one request like any
   * other operation (issue 16 item 12); the refusal once the IP is over its budget, else undefined.
   */
  async countPersistedQueryMiss(context: GraphQLContext): Promise<RateDecision | undefined> {
    const perMinute = this.options.config.RATE_LIMIT_PER_MINUTE;
    if (context.caller.kind !== 'public' || perMinute <= 0) return undefined;
    const decision = await this.options.limiter.hit([{ key: `ip:${context.request.ip}`, limit: perMinute }]);
    return decision.allowed ? undefined : decision;
  }

  /** The per-IP and per-venue budgets of a read answered from the response cache (http/response-cache.ts). */
  async admitsCachedRead(ip: string, venueIds: readonly string[]): Promise<boolean> {
    const perMinute = this.options.config.RATE_LIMIT_PER_MINUTE;
    if (perMinute <= 0) return true;
    return (await this.options.limiter.hit(budgets(perMinute, ip, venueIds, false))).allowed;
  }
}

// Apollo hands the same DocumentNode for the same query text (its document store): one walk per text.
const introspecting = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for `__schema` or `__type` (`__typename` is harmless and widely used). */
function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) introspecting.set(document, (found = findsIntrospection(document)));
  return found;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The budgets one public operation draws on: its IP's, its IP's write budget (holds, checkouts), each venue's. */
function budgets(perMinute: number, ip: string, venueIds: readonly string[], writes: boolean): RateLimitRule[] {
  const rules: RateLimitRule[] = [{ key: `ip:${ip}`, limit: perMinute }];
  if (writes) rules.push({ key: `ip-write:${ip}`, limit: Math.max(1, Math.floor(perMinute / 4)) });
  const share = Math.max(1, Math.floor(perMinute / VENUE_FAIR_SHARE_DIVISOR));
  for (const id of venueIds) {
    rules.push({
      key: `venue:${id}`,
      limit: perMinute * VENUE_BUDGET_FACTOR,
      share: { key: `venue-ip:${id}:${ip}`, limit: share },
    });
  }
  return rules;
}

const STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** An AppError as a GraphQLError Apollo answers with the matching HTTP status (and Retry-After). */
export function toGraphQLError(err: AppError, withHttp: boolean): GraphQLError {
  const retry = err.details.retryAfterSeconds;
  const http = withHttp
    ? {
        status: STATUS[err.code] ?? 500,
        headers: new Map(typeof retry === 'number' ? [['retry-after', String(retry)]] : []),
      }
    : undefined;
  return new GraphQLError(err.message, { extensions: { ...err.details, code: err.code, ...(http ? { http } : {}) } });
}
