import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193032 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "community_resource" ("id" uuid not null, "name" varchar(160) not null, "description" varchar(2000) null, "categories" varchar(200) not null, "phone" varchar(40) null, "email" varchar(200) null, "website" varchar(300) null, "address" varchar(300) null, "hours" varchar(300) null, "eligibility" varchar(1000) null, "service_area" varchar(300) null, "languages" varchar(300) not null default '', "created_by_id" uuid not null, "archived_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "community_resource_pkey" primary key ("id"));`);

    // Full-text search of the directory: a generated tsvector (the name weighs most) with a GIN index.
    this.addSql(
      `alter table "community_resource" add column "search_vector" tsvector generated always as (setweight(to_tsvector('english', "name"), 'A') || setweight(to_tsvector('english', coalesce("description", '') || ' ' || coalesce("eligibility", '') || ' ' || coalesce("service_area", '') || ' ' || replace("categories", '|', ' ') || ' ' || replace("languages", '|', ' ')), 'B')) stored;`,
    );
    this.addSql(`create index "community_resource_search_vector_index" on "community_resource" using gin ("search_vector");`);

    this.addSql(`create table "referral" ("id" uuid not null, "patient_id" uuid not null, "need_id" uuid not null, "resource_id" uuid not null, "status" varchar(12) not null default 'DRAFT', "note" varchar(1000) null, "sent_at" timestamptz null, "closed_at" timestamptz null, "follow_up_due_at" timestamptz null, "follow_up_task_id" uuid null, "history" jsonb not null, "created_by_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_status_follow_up_due_at_index" on "referral" ("status", "follow_up_due_at");`);
    this.addSql(`create index "referral_patient_id_created_at_index" on "referral" ("patient_id", "created_at");`);

    this.addSql(`alter table "community_resource" add constraint "community_resource_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "referral" add constraint "referral_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_need_id_foreign" foreign key ("need_id") references "social_need" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_resource_id_foreign" foreign key ("resource_id") references "community_resource" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop constraint "referral_resource_id_foreign";`);

    this.addSql(`drop table if exists "community_resource" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);
  }

}
