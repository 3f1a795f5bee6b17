import { Migration } from '@mikro-orm/migrations';

export class Migration20261125163008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "social_needs_screening" ("id" uuid not null, "patient_id" uuid not null, "status" varchar(10) not null default 'DRAFT', "language" varchar(12) not null, "interpreter_used" boolean not null, "answers" jsonb not null, "screened_by_id" uuid not null, "completed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "social_needs_screening_pkey" primary key ("id"));`);
    this.addSql(`create index "social_needs_screening_patient_id_created_at_index" on "social_needs_screening" ("patient_id", "created_at");`);

    this.addSql(`create table "social_need" ("id" uuid not null, "patient_id" uuid not null, "domain" varchar(20) not null, "status" varchar(12) not null default 'IDENTIFIED', "screening_id" uuid null, "problem_id" uuid null, "goal_id" uuid null, "note" varchar(1000) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "social_need_pkey" primary key ("id"));`);
    this.addSql(`create index "social_need_patient_id_status_index" on "social_need" ("patient_id", "status");`);

    this.addSql(`create table "emergency_visit_history" ("id" uuid not null, "patient_id" uuid not null, "unit_id" uuid not null, "visits" jsonb not null, "reviewed_at" timestamptz not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "emergency_visit_history_pkey" primary key ("id"));`);
    this.addSql(`alter table "emergency_visit_history" add constraint "emergency_visit_history_patient_id_unique" unique ("patient_id");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "patient_id" uuid not null, "sequence" int not null, "status" varchar(8) not null default 'DRAFT', "previous_id" uuid null, "clinical" jsonb not null, "psychosocial" jsonb not null, "financial" jsonb not null, "environmental" jsonb not null, "started_by_id" uuid not null, "signed_by_id" uuid null, "signed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_patient_id_sequence_index" on "assessment" ("patient_id", "sequence");`);

    this.addSql(`alter table "social_needs_screening" add constraint "social_needs_screening_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "social_needs_screening" add constraint "social_needs_screening_screened_by_id_foreign" foreign key ("screened_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "social_need" add constraint "social_need_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "social_need" add constraint "social_need_screening_id_foreign" foreign key ("screening_id") references "social_needs_screening" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "emergency_visit_history" add constraint "emergency_visit_history_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "emergency_visit_history" add constraint "emergency_visit_history_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_signed_by_id_foreign" foreign key ("signed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "patient" add column "admission_acuity" varchar(12) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "social_need" drop constraint "social_need_screening_id_foreign";`);

    this.addSql(`drop table if exists "social_needs_screening" cascade;`);

    this.addSql(`drop table if exists "social_need" cascade;`);

    this.addSql(`drop table if exists "emergency_visit_history" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`alter table "patient" drop column "admission_acuity";`);
  }

}
