// The development mailbox: every mail is kept as a JSON file (and its raw .eml) under DATA_DIR/mail,
// so magic-link sign-in works with no mail server. Never used or served in production.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { OutgoingMail } from './mail.port';

export interface StoredMail {
  id: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  html: string;
}

const ID = /^[0-9]{13}-[0-9a-f-]{36}$/;

export class DevMailbox {
  constructor(private readonly dir: string) {}

  async store(mail: OutgoingMail, raw: Buffer): Promise<StoredMail> {
    await fs.mkdir(this.dir, { recursive: true });
    const date = new Date();
    const id = `${date.getTime()}-${randomUUID()}`;
    const stored: StoredMail = {
      id,
      to: mail.to,
      subject: mail.subject,
      date: date.toISOString(),
      text: mail.text,
      html: mail.html,
    };
    await fs.writeFile(path.join(this.dir, `${id}.eml`), raw);
    await fs.writeFile(path.join(this.dir, `${id}.json`), JSON.stringify(stored));
    return stored;
  }

  async list(limit = 100): Promise<Omit<StoredMail, 'text' | 'html'>[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter((id) => ID.test(id))
      .sort()
      .reverse()
      .slice(0, limit);
    const mails = await Promise.all(ids.map((id) => this.get(id)));
    return mails
      .filter((m): m is StoredMail => !!m)
      .map(({ id, to, subject, date }) => ({ id, to, subject, date }));
  }

  async get(id: string): Promise<StoredMail | null> {
    if (!ID.test(id)) return null;
    try {
      return JSON.parse(await fs.readFile(path.join(this.dir, `${id}.json`), 'utf8')) as StoredMail;
    } catch {
      return null;
    }
  }
}
