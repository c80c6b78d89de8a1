// A whole feature in one file, for the test that shows a feature adds its table, its event, its queue with
// a consumer, and its routes without editing a platform file.
import {
  Body,
  Controller,
  Get,
  Injectable,
  Module,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, SignedIn } from '../../../src/platform/auth/access';
import type { EventOf } from '../../../src/platform/outbox/events';
import { OutboxModule } from '../../../src/platform/outbox/outbox.module';
import { OutboxService } from '../../../src/platform/outbox/outbox.service';
import { ConsumerOf, QueueConsumer } from '../../../src/platform/queues/jobs';
import { QueueModule } from '../../../src/platform/queues/queue.module';
import { Inject } from '@nestjs/common';
import { QUEUE_PORT, QueuePort } from '../../../src/platform/queues/queue.port';
import { FixtureNote } from './note.entity';

declare module '../../../src/platform/outbox/events' {
  interface DomainEvents {
    'fixture.noted': { noteId: string };
  }
}

declare module '../../../src/platform/queues/jobs' {
  interface QueueJobs {
    fixture: { echo: { noteId: string } };
  }
}

class NoteDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  text: string;
}

@Injectable()
class NotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  add(authorId: string, text: string): Promise<string> {
    return this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO fixture_notes (author_id, text) VALUES ($1, $2) RETURNING id`,
        [authorId, text],
      );
      await this.outbox.emit(m, 'fixture.noted', { noteId: row.id });
      return row.id as string;
    });
  }

  async get(id: string): Promise<FixtureNote> {
    const note = await this.db.getRepository(FixtureNote).findOne({ where: { id } });
    if (!note) throw new NotFoundException();
    return note;
  }

  async mark(id: string, column: 'heard_at' | 'echoed_at'): Promise<void> {
    await this.db.query(`UPDATE fixture_notes SET ${column} = coalesce(${column}, now()) WHERE id = $1`, [
      id,
    ]);
  }
}

@Controller('fixture/notes')
class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Post()
  @SignedIn()
  async add(@CurrentUser() user: AuthUser, @Body() dto: NoteDto): Promise<{ id: string }> {
    return { id: await this.notes.add(user.id, dto.text) };
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string): Promise<FixtureNote> {
    return this.notes.get(id);
  }
}

@Injectable()
@ConsumerOf('fixture')
class FixtureJobs implements QueueConsumer<'fixture', 'fixture.noted'> {
  readonly events = ['fixture.noted'] as const;
  readonly schedules = [];

  constructor(
    private readonly notes: NotesService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
  ) {}

  // Idempotent: marking is a no-op the second time; the echo job's id is the note's.
  async onEvent(event: EventOf<'fixture.noted'>): Promise<void> {
    await this.notes.mark(event.payload.noteId, 'heard_at');
    await this.queues.add(
      'fixture',
      'echo',
      { noteId: event.payload.noteId },
      { jobId: `echo-${event.payload.noteId}` },
    );
  }

  readonly jobs = {
    echo: ({ noteId }: { noteId: string }) => this.notes.mark(noteId, 'echoed_at'),
  };
}

@Module({
  imports: [TypeOrmModule.forFeature([FixtureNote]), OutboxModule, QueueModule.register('fixture')],
  controllers: [NotesController],
  providers: [NotesService, FixtureJobs],
})
export class FixtureModule {}
