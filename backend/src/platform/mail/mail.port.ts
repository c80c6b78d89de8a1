export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** A stable Message-ID lets a receiving server drop a copy a retry might send. */
  messageId?: string;
}

export interface MailPort {
  send(mail: OutgoingMail): Promise<void>;
}

export const MAIL_PORT = Symbol('MAIL_PORT');
