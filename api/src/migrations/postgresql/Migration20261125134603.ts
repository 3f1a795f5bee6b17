import { Migration } from '@mikro-orm/migrations';

export class Migration20261125134603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "family_link" add column "invitation_expires_at" timestamptz null;`);
    this.addSql(`alter table "family_link" add constraint "family_link_invitation_hash_unique" unique ("invitation_hash");`);
    this.addSql(`create unique index "family_link_once" on "family_link" ("patient_id", "user_id") where "status" <> 'REVOKED';`);

    this.addSql(`create unique index "care_team_member_once" on "care_team_member" ("patient_id", "user_id") where "ended_at" is null;`);
    this.addSql(`create unique index "care_team_member_one_lead" on "care_team_member" ("patient_id") where "role" = 'LEAD_CASE_MANAGER' and "ended_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "care_team_member_once";`);
    this.addSql(`drop index "care_team_member_one_lead";`);

    this.addSql(`alter table "family_link" drop constraint "family_link_invitation_hash_unique";`);
    this.addSql(`drop index "family_link_once";`);
    this.addSql(`alter table "family_link" drop column "invitation_expires_at";`);
  }

}
