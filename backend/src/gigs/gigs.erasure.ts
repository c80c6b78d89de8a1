// The gigs feature's part of an erasure: the person's messages, the free text of their completions and of the
// feedback on their bookings, and their work-history links go; bookings and completions stay (who worked, when,
// for how much) without a name. Copies of the name elsewhere (another person's message) are replaced.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErasedPerson, ERASED, PersonEraser, replaceEverywhere } from '../platform/database/erase';

const text = (...names: string[]) => names.map((name) => ({ name, kind: 'text' as const }));

@Injectable()
export class GigsErasure implements PersonEraser {
  async erasePerson(m: EntityManager, p: ErasedPerson): Promise<void> {
    await m.query(`UPDATE gig_messages SET body = $2 WHERE sender_id = $1`, [p.userId, ERASED]);
    await m.query(
      `UPDATE feedback SET skills_shown = '', went_well = '', practise_next = '', note = ''
       WHERE booking_id IN (SELECT id FROM bookings WHERE seeker_id = $1)`,
      [p.userId],
    );
    await m.query(`UPDATE completions SET dispute_reason = '', resolution_note = '' WHERE seeker_id = $1`, [
      p.userId,
    ]);
    await m.query(`DELETE FROM work_history_links WHERE seeker_id = $1`, [p.userId]);
    await replaceEverywhere(m, 'gig_messages', text('body'), p.needles);
    await replaceEverywhere(
      m,
      'feedback',
      text('skills_shown', 'went_well', 'practise_next', 'note'),
      p.needles,
    );
    await replaceEverywhere(m, 'completions', text('dispute_reason', 'resolution_note'), p.needles);
    await replaceEverywhere(m, 'booking_status_changes', text('reason'), p.needles);
    await replaceEverywhere(
      m,
      'gigs',
      text(
        'title',
        'description',
        'accessibility_notes',
        'contact_name',
        'contact_phone',
        'support_person',
        'support_notes',
      ),
      p.needles,
    );
  }
}
