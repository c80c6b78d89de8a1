import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
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

/** The development mailbox. Registered only outside production when no SMTP server is set. */
@ApiTags('dev')
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(DEV_MAILBOX) private readonly box: DevMailbox) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [DevMailSummaryDto] })
  list(): Promise<DevMailSummaryDto[]> {
    return this.box.list();
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: DevMailDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Param('id') id: string): Promise<DevMailDto> {
    const mail = await this.box.get(id);
    if (!mail) throw new NotFoundException({ code: 'not_found', message: 'No such mail.' });
    return mail;
  }
}
