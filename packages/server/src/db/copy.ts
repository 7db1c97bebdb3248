import { is } from 'drizzle-orm';
import { PostgresJsTransaction } from 'drizzle-orm/postgres-js';
import type { TransactionSql } from 'postgres';
import type { DbOrTx } from './client.ts';

/**
 * The postgres.js connection under a drizzle transaction, for what drizzle
 * cannot express (COPY); undefined outside a transaction or on PGlite.
 */
export function postgresTransaction(tx: DbOrTx): TransactionSql | undefined {
  if (!is(tx, PostgresJsTransaction)) return undefined;
  // drizzle marks `session` internal; its postgres.js client is the transaction's connection.
  return (tx as unknown as { session: { client: TransactionSql } }).session.client;
}

/**
 * `COPY … FROM STDIN` of one buffer on the transaction's connection; resolves
 * when the server has stored every row. postgres.js settles the query as soon
 * as COPY starts, and a server error that arrives after the last chunk (the
 * usual case: the server lags the socket) reaches only that query's reject,
 * so it is routed to this promise too.
 */
export function copyIn(sql: TransactionSql, statement: string, data: Buffer): Promise<void> {
  const query = sql.unsafe(statement);
  return new Promise<void>((resolve, reject) => {
    query.writable().then((stream) => {
      (query as unknown as { reject: (error: unknown) => void }).reject = reject;
      stream.on('error', reject);
      stream.on('finish', () => resolve());
      stream.end(data);
    }, reject);
  });
}
