import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165728 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "discharge_plan" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stay_admitted_at" timestamptz not null, "expected_date" varchar(10) null, "disposition" varchar(32) null, constraint "discharge_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "discharge_plan" add constraint "discharge_plan_patient_id_stay_admitted_at_unique" unique ("patient_id", "stay_admitted_at");`);

    this.addSql(`create table "discharge_checklist_item" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" uuid not null, "kind" varchar(32) not null, "status" varchar(12) not null default 'OPEN', "details" jsonb not null, constraint "discharge_checklist_item_pkey" primary key ("id"));`);
    this.addSql(`create index "discharge_checklist_item_plan_id_created_at_index" on "discharge_checklist_item" ("plan_id", "created_at");`);

    this.addSql(`create table "education_record" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "checklist_item_id" uuid null, "topic" varchar(300) not null, "taught_to" varchar(16) not null, "learner_name" varchar(200) null, "method" varchar(16) not null, "teach_back" varchar(16) not null, "follow_up_needed" boolean not null, "taught_by_id" uuid not null, constraint "education_record_pkey" primary key ("id"));`);
    this.addSql(`create index "education_record_patient_id_created_at_index" on "education_record" ("patient_id", "created_at");`);

    this.addSql(`create table "discharge_barrier" ("id" uuid not null, "patient_id" uuid not null, "visibility" varchar(8) not null default 'TEAM', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" uuid not null, "description" varchar(500) not null, "owner_id" uuid null, "due_date" varchar(10) null, "status" varchar(10) not null default 'OPEN', constraint "discharge_barrier_pkey" primary key ("id"));`);
    this.addSql(`create index "discharge_barrier_plan_id_created_at_index" on "discharge_barrier" ("plan_id", "created_at");`);

    this.addSql(`alter table "discharge_plan" add constraint "discharge_plan_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "discharge_checklist_item" add constraint "discharge_checklist_item_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "discharge_checklist_item" add constraint "discharge_checklist_item_plan_id_foreign" foreign key ("plan_id") references "discharge_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "education_record" add constraint "education_record_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "education_record" add constraint "education_record_checklist_item_id_foreign" foreign key ("checklist_item_id") references "discharge_checklist_item" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "education_record" add constraint "education_record_taught_by_id_foreign" foreign key ("taught_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "discharge_barrier" add constraint "discharge_barrier_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "discharge_barrier" add constraint "discharge_barrier_plan_id_foreign" foreign key ("plan_id") references "discharge_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "discharge_barrier" add constraint "discharge_barrier_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "discharge_checklist_item" drop constraint "discharge_checklist_item_plan_id_foreign";`);

    this.addSql(`alter table "discharge_barrier" drop constraint "discharge_barrier_plan_id_foreign";`);

    this.addSql(`alter table "education_record" drop constraint "education_record_checklist_item_id_foreign";`);

    this.addSql(`drop table if exists "discharge_plan" cascade;`);

    this.addSql(`drop table if exists "discharge_checklist_item" cascade;`);

    this.addSql(`drop table if exists "education_record" cascade;`);

    this.addSql(`drop table if exists "discharge_barrier" cascade;`);
  }

}
