import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'slotkit' },
      redact: {
        paths: ['*.authorization', '*.headers.authorization', '*.apiKey', '*.secret', '*.password', 'req.headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
