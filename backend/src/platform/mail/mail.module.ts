import { Global, Module } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DevMailbox } from './dev-mailbox';
import { MAIL_PORT, MailPort, OutgoingMail } from './mail.port';

export const DEV_MAILBOX = Symbol('DEV_MAILBOX');

function message(config: AppConfig, mail: OutgoingMail) {
  return {
    from: config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    messageId: mail.messageId,
  };
}

@Global()
@Module({
  providers: [
    { provide: DEV_MAILBOX, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new DevMailbox(c.mailDir) },
    {
      provide: MAIL_PORT,
      inject: [APP_CONFIG, DEV_MAILBOX],
      useFactory: (config: AppConfig, box: DevMailbox): MailPort => {
        if (config.smtpUrl) {
          const transport = createTransport(config.smtpUrl);
          return {
            async send(mail) {
              await transport.sendMail(message(config, mail));
            },
          };
        }
        // Development: render the real MIME message, then keep it in the mailbox folder.
        const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
        return {
          async send(mail) {
            const info = await transport.sendMail(message(config, mail));
            await box.store(mail, info.message as Buffer);
          },
        };
      },
    },
  ],
  exports: [MAIL_PORT, DEV_MAILBOX],
})
export class MailModule {}
