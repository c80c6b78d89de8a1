import { Global, Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '../platform/auth/access';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { AccountsRepository } from './accounts.repository';
import { AdminController } from './admin.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';

// Global so the access guard, declared with the other HTTP guards, can resolve sessions.
@Global()
@Module({
  imports: [OutboxModule],
  controllers: [AuthController, MeController, AdminController],
  providers: [AccountsRepository, AuthService, { provide: SESSION_RESOLVER, useExisting: AuthService }],
  exports: [AuthService, SESSION_RESOLVER],
})
export class AccountsModule {}
