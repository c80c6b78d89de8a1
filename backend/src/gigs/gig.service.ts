import { Injectable } from '@nestjs/common';
import { GigRepository } from './gig.repository';
import type { GigDto } from './dto/gig.dto';

const PAGE = 200;

@Injectable()
export class GigService {
  constructor(private readonly repo: GigRepository) {}

  upcoming(): Promise<GigDto[]> {
    return this.repo.listUpcomingPublished(PAGE);
  }

  ofOrganisation(organisationId: string): Promise<GigDto[]> {
    return this.repo.listByOrganisation(organisationId, PAGE);
  }
}
