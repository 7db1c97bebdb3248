import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../observability/logger.ts';

/** One plain-text email; without SMTP_URL its text is written to the log in full. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/** SMTP through nodemailer when SMTP_URL is set; otherwise the message is logged (development). */
export function createMailer(config: Config, logger: Logger): Mailer {
  const from = `Slotkit <no-reply@${new URL(config.PUBLIC_URL ?? 'http://localhost').hostname}>`;
  if (!config.SMTP_URL) {
    return {
      async send(message) {
        logger.info({ email: message }, 'email (SMTP_URL unset, logged instead of sent)');
      },
    };
  }
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
