// The queue dashboard (Bull Board) at /admin/queues, for admins only. It is Express middleware, not a Nest
// controller, so it checks the session and the origin of changes itself.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/config';
import { SESSION_COOKIE, SESSION_RESOLVER, SessionResolver } from '../auth/access';
import { resolveSession } from '../auth/access.guard';
import { QueueRegistry } from './queue-registry';

export const QUEUE_BOARD_PATH = '/admin/queues';

export function mountQueueBoard(app: INestApplication, config: AppConfig): void {
  const registry = app.get(QueueRegistry);
  const sessions = app.get<SessionResolver>(SESSION_RESOLVER);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: registry.all().map(([, q]) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Hanttihommat' } },
  });

  const adminsOnly = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      const user = token ? await resolveSession(sessions, token, req, res) : null;
      if (!user) return void res.status(401).type('text/plain').send('Sign in first.');
      if (user.role !== 'admin')
        return void res.status(403).type('text/plain').send('Only admins may see the queues.');
      const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
      if (unsafe && req.headers.origin !== config.publicOrigin) {
        return void res.status(403).type('text/plain').send('This request came from another site.');
      }
      next();
    } catch (e) {
      next(e);
    }
  };
  app.use(QUEUE_BOARD_PATH, adminsOnly, serverAdapter.getRouter());
}
