import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_plan" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" varchar(12) not null default 'DRAFT', "period_start" varchar(10) not null, "period_end" varchar(10) null, "last_reviewed_at" timestamptz null, constraint "care_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "care_plan_patient_id_status_index" on "care_plan" ("patient_id", "status");`);

    this.addSql(`create table "care_problem" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "care_plan_id" uuid not null, "statement" varchar(500) not null, "onset_date" varchar(10) null, "priority" varchar(8) not null default 'MEDIUM', "status" varchar(12) not null default 'ACTIVE', "discipline" varchar(8) not null, "position" varchar(64) not null, constraint "care_problem_pkey" primary key ("id"));`);
    this.addSql(`create index "care_problem_care_plan_id_position_index" on "care_problem" ("care_plan_id", "position");`);

    this.addSql(`create table "care_plan_sign_off" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "care_plan_id" uuid not null, "discipline" varchar(8) not null, "user_id" uuid not null, constraint "care_plan_sign_off_pkey" primary key ("id"));`);
    this.addSql(`create index "care_plan_sign_off_care_plan_id_discipline_index" on "care_plan_sign_off" ("care_plan_id", "discipline");`);

    this.addSql(`create table "care_goal" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "care_plan_id" uuid not null, "problem_id" uuid not null, "description" varchar(500) not null, "target_value" varchar(200) null, "target_date" varchar(10) null, "status" varchar(14) not null default 'PROPOSED', "history" jsonb not null, "position" varchar(64) not null, constraint "care_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "care_goal_problem_id_position_index" on "care_goal" ("problem_id", "position");`);

    this.addSql(`create table "care_progress_note" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "care_plan_id" uuid not null, "goal_id" uuid null, "author_id" uuid not null, "text" varchar(4000) not null, constraint "care_progress_note_pkey" primary key ("id"));`);
    this.addSql(`create index "care_progress_note_care_plan_id_created_at_index" on "care_progress_note" ("care_plan_id", "created_at");`);

    this.addSql(`create table "care_intervention" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "care_plan_id" uuid not null, "goal_id" uuid not null, "action" varchar(500) not null, "owner_discipline" varchar(8) not null, "owner_id" uuid null, "frequency" varchar(120) null, "status" varchar(12) not null default 'PLANNED', "position" varchar(64) not null, constraint "care_intervention_pkey" primary key ("id"));`);
    this.addSql(`create index "care_intervention_goal_id_position_index" on "care_intervention" ("goal_id", "position");`);

    this.addSql(`alter table "care_plan" add constraint "care_plan_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_problem" add constraint "care_problem_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_problem" add constraint "care_problem_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_plan_sign_off" add constraint "care_plan_sign_off_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_sign_off" add constraint "care_plan_sign_off_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_plan_sign_off" add constraint "care_plan_sign_off_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_goal" add constraint "care_goal_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_goal" add constraint "care_goal_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_goal" add constraint "care_goal_problem_id_foreign" foreign key ("problem_id") references "care_problem" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "care_progress_note" add constraint "care_progress_note_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_progress_note" add constraint "care_progress_note_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_progress_note" add constraint "care_progress_note_goal_id_foreign" foreign key ("goal_id") references "care_goal" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_progress_note" add constraint "care_progress_note_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_intervention" add constraint "care_intervention_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_intervention" add constraint "care_intervention_care_plan_id_foreign" foreign key ("care_plan_id") references "care_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_intervention" add constraint "care_intervention_goal_id_foreign" foreign key ("goal_id") references "care_goal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_intervention" add constraint "care_intervention_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "care_problem" drop constraint "care_problem_care_plan_id_foreign";`);

    this.addSql(`alter table "care_plan_sign_off" drop constraint "care_plan_sign_off_care_plan_id_foreign";`);

    this.addSql(`alter table "care_goal" drop constraint "care_goal_care_plan_id_foreign";`);

    this.addSql(`alter table "care_progress_note" drop constraint "care_progress_note_care_plan_id_foreign";`);

    this.addSql(`alter table "care_intervention" drop constraint "care_intervention_care_plan_id_foreign";`);

    this.addSql(`alter table "care_goal" drop constraint "care_goal_problem_id_foreign";`);

    this.addSql(`alter table "care_progress_note" drop constraint "care_progress_note_goal_id_foreign";`);

    this.addSql(`alter table "care_intervention" drop constraint "care_intervention_goal_id_foreign";`);

    this.addSql(`drop table if exists "care_plan" cascade;`);

    this.addSql(`drop table if exists "care_problem" cascade;`);

    this.addSql(`drop table if exists "care_plan_sign_off" cascade;`);

    this.addSql(`drop table if exists "care_goal" cascade;`);

    this.addSql(`drop table if exists "care_progress_note" cascade;`);

    this.addSql(`drop table if exists "care_intervention" cascade;`);
  }

}
