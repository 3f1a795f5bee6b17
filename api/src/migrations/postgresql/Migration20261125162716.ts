import { Migration } from '@mikro-orm/migrations';

export class Migration20261125162716 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "family_update" ("id" uuid not null, "patient_id" uuid not null, "author_id" uuid not null, "author_name" varchar(200) not null, "text" text not null, "visibility" varchar(8) not null default 'FAMILY', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "family_update_pkey" primary key ("id"));`);
    this.addSql(`create index "family_update_patient_id_created_at_index" on "family_update" ("patient_id", "created_at");`);

    this.addSql(`create table "family_question" ("id" uuid not null, "patient_id" uuid not null, "asked_by_id" uuid not null, "asked_by_name" varchar(200) not null, "text" text not null, "discipline" varchar(8) null, "status" varchar(10) not null default 'OPEN', "reply" text null, "replied_by_id" uuid null, "replied_by_name" varchar(200) null, "replied_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, constraint "family_question_pkey" primary key ("id"));`);
    this.addSql(`create index "family_question_asked_by_id_created_at_index" on "family_question" ("asked_by_id", "created_at");`);
    this.addSql(`create index "family_question_patient_id_created_at_index" on "family_question" ("patient_id", "created_at");`);

    this.addSql(`alter table "family_update" add constraint "family_update_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "family_update" add constraint "family_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "family_question" add constraint "family_question_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "family_question" add constraint "family_question_asked_by_id_foreign" foreign key ("asked_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "family_question" add constraint "family_question_replied_by_id_foreign" foreign key ("replied_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "family_link" add column "share_scopes" jsonb not null default '["UPDATES"]';`);

    this.addSql(`alter table "care_team_member" add column "visibility" varchar(8) not null default 'TEAM';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "family_update" cascade;`);

    this.addSql(`drop table if exists "family_question" cascade;`);

    this.addSql(`alter table "care_team_member" drop column "visibility";`);

    this.addSql(`alter table "family_link" drop column "share_scopes";`);
  }

}
