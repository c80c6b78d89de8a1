// A real SMTP server in the test process, to see what the product sends and to make it refuse or stall.
import { SMTPServer } from 'smtp-server';

export interface SinkMail {
  to: string[];
  raw: string;
}

export class SmtpSink {
  readonly delivered: SinkMail[] = [];
  /** Answers each message: 'accept', 'refuse' (a temporary 451) or 'hold' (never answers). */
  decide: (n: number, to: string[]) => 'accept' | 'refuse' | 'hold' = () => 'accept';
  attempts = 0;
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const verdict = this.decide(++this.attempts, to);
          if (verdict === 'hold') return; // the sender waits for an answer that never comes
          if (verdict === 'refuse') {
            const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
            return callback(err);
          }
          this.delivered.push({ to, raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
  }

  start(): Promise<string> {
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.server.address() as { port: number }).port;
        resolve(`smtp://127.0.0.1:${this.port}`);
      });
    });
  }

  to(address: string): SinkMail[] {
    return this.delivered.filter((m) => m.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
