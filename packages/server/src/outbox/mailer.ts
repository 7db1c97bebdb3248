import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../observability/logger.ts';

export interface EmailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** One email: plain text (without SMTP_URL written to the log in full), optionally HTML and files. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly EmailAttachment[];
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
        // The plain-text part in full (tests and local runs read it); the HTML and files are only named.
        const { html, attachments, ...plain } = message;
        const parts = {
          html: html ? `${html.length} characters` : undefined,
          attachments: attachments?.map((a) => a.filename),
        };
        logger.info({ email: { ...plain, ...parts } }, 'email (SMTP_URL unset, logged instead of sent)');
      },
    };
  }
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments?.map((a) => ({ ...a })),
      });
    },
  };
}
