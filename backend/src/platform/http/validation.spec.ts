// The validation pipe remembers only that an empty query passes a class; it never lets a class that needs
// something through, and it still hands the controller an instance of the class.
import { BadRequestException } from '@nestjs/common';
import { IsInt, IsString, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { OptionalField } from './fields';
import { validationPipe } from './validation';

class Optional {
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) limit?: number;
}

class Needed {
  @IsString() from!: string;
}

const query = (metatype: new () => object) => ({ type: 'query' as const, metatype, data: undefined });

describe('validation pipe', () => {
  it('passes an empty query to a class without required fields, as an instance, every time', async () => {
    const pipe = validationPipe();
    for (let i = 0; i < 3; i++) expect(await pipe.transform({}, query(Optional))).toBeInstanceOf(Optional);
  });

  it('refuses an empty query for a class that needs a field, every time', async () => {
    const pipe = validationPipe();
    for (let i = 0; i < 3; i++)
      await expect(pipe.transform({}, query(Needed))).rejects.toBeInstanceOf(BadRequestException);
  });

  it('still checks a query that carries something, after an empty one has passed', async () => {
    const pipe = validationPipe();
    await pipe.transform({}, query(Optional));
    await expect(pipe.transform({ limit: '0' }, query(Optional))).rejects.toBeInstanceOf(BadRequestException);
    await expect(pipe.transform({ other: 'x' }, query(Optional))).rejects.toBeInstanceOf(BadRequestException);
    expect(await pipe.transform({ limit: '5' }, query(Optional))).toEqual(
      Object.assign(new Optional(), { limit: 5 }),
    );
  });
});
