import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process when a person's row or one of their sessions changes, so that the session cache
 * (accounts/session-cache.ts) drops what it holds of them: NOTIFY hh_session_change with the user's id. NOTIFY
 * is transactional: listeners hear of a change once it has committed, never of one rolled back.
 */
export class SessionChangeNotify1796616425258 implements MigrationInterface {
  name = 'SessionChangeNotify1796616425258';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            -- Each branch is planned only when it runs: OLD of users has no user_id, OLD of sessions has one.
            IF TG_TABLE_NAME = 'users' THEN
              PERFORM pg_notify('hh_session_change', OLD.id::text);
            ELSE
              PERFORM pg_notify('hh_session_change', OLD.user_id::text);
            END IF;
            RETURN NULL;
          END $$`);
    await queryRunner.query(
      `CREATE TRIGGER users_session_change AFTER UPDATE OR DELETE ON users
         FOR EACH ROW EXECUTE FUNCTION notify_session_change()`,
    );
    // last_seen_at moves every few minutes of use and changes nothing a cached session says.
    await queryRunner.query(
      `CREATE TRIGGER sessions_session_change AFTER UPDATE OF user_id, token_hash, revoked_at, expires_at OR DELETE
         ON sessions FOR EACH ROW EXECUTE FUNCTION notify_session_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER sessions_session_change ON sessions`);
    await queryRunner.query(`DROP TRIGGER users_session_change ON users`);
    await queryRunner.query(`DROP FUNCTION notify_session_change()`);
  }
}
