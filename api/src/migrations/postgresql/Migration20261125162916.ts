import { Migration } from '@mikro-orm/migrations';

export class Migration20261125162916 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "task_board" ("id" uuid not null, "scope" varchar(80) not null, "kind" varchar(8) not null, "unit_id" uuid null, "patient_id" uuid null, "name" varchar(120) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "task_board_pkey" primary key ("id"));`);
    this.addSql(`alter table "task_board" add constraint "task_board_scope_unique" unique ("scope");`);

    this.addSql(`create table "task_board_column" ("id" uuid not null, "board_id" uuid not null, "name" varchar(60) not null, "position" varchar(64) not null, "wip_limit" int null, "completes" boolean not null default false, "archived_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "task_board_column_pkey" primary key ("id"));`);
    this.addSql(`create index "task_board_column_board_id_position_index" on "task_board_column" ("board_id", "position");`);

    this.addSql(`create table "task" ("id" uuid not null, "board_id" uuid not null, "column_id" uuid not null, "patient_id" uuid null, "title" varchar(200) not null, "description" varchar(4000) null, "position" varchar(64) not null, "assignee_id" uuid null, "discipline" varchar(8) null, "due_at" timestamptz null, "priority" varchar(8) not null default 'MEDIUM', "labels" jsonb not null, "checklist" jsonb not null, "goal_id" uuid null, "intervention_id" uuid null, "visibility" varchar(8) not null default 'TEAM', "completed_at" timestamptz null, "completed_by_id" uuid null, "archived_at" timestamptz null, "recurrence_key" varchar(120) null, "occurrence_at" timestamptz null, "comment_count" int not null default 0, "created_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "task_pkey" primary key ("id"));`);
    this.addSql(`alter table "task" add constraint "task_recurrence_key_unique" unique ("recurrence_key");`);
    this.addSql(`create index "task_discipline_index" on "task" ("discipline");`);
    this.addSql(`create index "task_assignee_id_index" on "task" ("assignee_id");`);
    this.addSql(`create index "task_patient_id_index" on "task" ("patient_id");`);
    this.addSql(`create index "task_board_id_column_id_position_id_index" on "task" ("board_id", "column_id", "position", "id");`);

    this.addSql(`create table "task_comment" ("id" uuid not null, "task_id" uuid not null, "board_id" uuid not null, "patient_id" uuid null, "author_id" uuid not null, "text" varchar(4000) not null, "mention_ids" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "task_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "task_comment_task_id_created_at_index" on "task_comment" ("task_id", "created_at");`);

    this.addSql(`alter table "task_board" add constraint "task_board_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_board" add constraint "task_board_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "task_board_column" add constraint "task_board_column_board_id_foreign" foreign key ("board_id") references "task_board" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "task" add constraint "task_board_id_foreign" foreign key ("board_id") references "task_board" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_column_id_foreign" foreign key ("column_id") references "task_board_column" ("id") on update cascade;`);
    this.addSql(`alter table "task" add constraint "task_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_completed_by_id_foreign" foreign key ("completed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "task_comment" add constraint "task_comment_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_comment" add constraint "task_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_intervention" add column "schedule" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_board_column" drop constraint "task_board_column_board_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_board_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_column_id_foreign";`);

    this.addSql(`alter table "task_comment" drop constraint "task_comment_task_id_foreign";`);

    this.addSql(`drop table if exists "task_board" cascade;`);

    this.addSql(`drop table if exists "task_board_column" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "task_comment" cascade;`);

    this.addSql(`alter table "care_intervention" drop column "schedule";`);
  }

}
