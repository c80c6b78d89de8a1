import { Controller, Get, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access';
import { ErrorDto } from '../http/error.dto';
import { DevMailbox } from './dev-mailbox';
import { DEV_MAILBOX } from './mail.module';

class DevMailSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time' }) date: string;
}

class DevMailDto extends DevMailSummaryDto {
  @ApiProperty() text: string;
  @ApiProperty() html: string;
}

/** Mails hold sign-in links: only someone at this machine (a loopback client, behind the trusted proxy) reads them. */
function localOnly(req: Request): void {
  const ip = req.ip ?? '';
  if (!/^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(ip)) {
    throw new NotFoundException({ code: 'not_found', message: 'No such page.' });
  }
}

/**
 * The development mailbox. Registered only outside production when no SMTP server is set, and answering only
 * clients on this machine.
 */
@ApiTags('dev')
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(DEV_MAILBOX) private readonly box: DevMailbox) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [DevMailSummaryDto] })
  list(@Req() req: Request): Promise<DevMailSummaryDto[]> {
    localOnly(req);
    return this.box.list();
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: DevMailDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Req() req: Request, @Param('id') id: string): Promise<DevMailDto> {
    localOnly(req);
    const mail = await this.box.get(id);
    if (!mail) throw new NotFoundException({ code: 'not_found', message: 'No such mail.' });
    return mail;
  }
}
