import { Migration } from '@mikro-orm/migrations';

export class Migration20261124072341 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "seen_marker" ("id" uuid not null, "user_id" uuid not null, "patient_id" uuid not null, "last_seen_event_id" bigint not null, "at" timestamptz not null, constraint "seen_marker_pkey" primary key ("id"));`);
    this.addSql(`alter table "seen_marker" add constraint "seen_marker_user_id_patient_id_unique" unique ("user_id", "patient_id");`);

    this.addSql(`alter table "seen_marker" add constraint "seen_marker_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "seen_marker" add constraint "seen_marker_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seen_marker" cascade;`);
  }

}
