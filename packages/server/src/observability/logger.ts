import { pino, type DestinationStream, type Logger } from 'pino';
import { requestLogFields } from './request-scope.ts';

export type { Logger };

/** Structured JSON logs; secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'slotkit' },
      // The id of the HTTP request / ws operation this line was written for (ops/request-scope.ts).
      mixin: requestLogFields,
      redact: {
        paths: [
          '*.authorization',
          '*.headers.authorization',
          '*.apiKey',
          '*.secret',
          '*.password',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
