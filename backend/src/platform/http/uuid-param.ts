// A path id that must be a uuid: anything else is a thing that does not exist (404), never a 400 or a 500.
import { ParseUUIDPipe } from '@nestjs/common';

export const uuid = (): ParseUUIDPipe => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
