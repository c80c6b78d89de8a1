import { AccountErasure } from './account.erasure';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SESSION_RESOLVER } from '../platform/auth/access';
import { AuditModule } from '../platform/audit/audit.module';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { QueueModule } from '../platform/queues/queue.module';
import { AccountCode } from './account-code.entity';
import { InPersonController } from './in-person.controller';
import { InPersonService } from './in-person.service';
import { AccountsJobs } from './accounts.jobs';
import { AccountsRepository } from './accounts.repository';
import { AdminController } from './admin.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { AuthMail } from './auth-mail.entity';
import { MagicLink } from './magic-link.entity';
import { MeController } from './me.controller';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { OrganisationMember } from './organisation-member.entity';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { ProfileService } from './profile.service';
import { Session } from './session.entity';
import { SessionService } from './session.service';
import { StaffService } from './staff.service';
import { User } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      User,
      Session,
      MagicLink,
      AuthMail,
      Organisation,
      OrganisationMember,
      AccountCode,
    ]),
    OutboxModule,
    AuditModule,
    QueueModule.register('accounts'),
  ],
  controllers: [AuthController, MeController, AdminController, InPersonController, MembersController],
  providers: [
    AccountErasure,
    AccountsRepository,
    SessionService,
    AuthService,
    InPersonService,
    ProfileService,
    StaffService,
    MembersService,
    OrganisationService,
    DirectoryService,
    AccountsJobs,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
  ],
  exports: [AccountErasure, SESSION_RESOLVER, OrganisationService, DirectoryService],
})
export class AccountsModule {}
