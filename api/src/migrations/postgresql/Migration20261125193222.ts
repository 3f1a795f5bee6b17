import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193222 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payer_authorization" ("id" uuid not null, "patient_id" uuid not null, "unit_id" uuid not null, "payer" varchar(200) not null, "member_id" varchar(64) null, "coverage_type" varchar(16) not null, "service" varchar(32) not null, "service_detail" varchar(300) null, "unit_of_service" varchar(10) not null, "requested_units" int not null, "requested_from" varchar(10) not null, "requested_to" varchar(10) not null, "approved_units" int null, "approved_from" varchar(10) null, "approved_to" varchar(10) null, "payer_reference" varchar(64) null, "status" varchar(20) not null default 'DRAFT', "submitted_at" timestamptz null, "decided_at" timestamptz null, "denial_reason" varchar(1000) null, "appeal_deadline" varchar(10) null, "appeal_task_id" uuid null, "peer_to_peer" jsonb null, "history" jsonb not null, "created_by_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payer_authorization_pkey" primary key ("id"));`);
    this.addSql(`create index "payer_authorization_unit_id_status_index" on "payer_authorization" ("unit_id", "status");`);
    this.addSql(`create index "payer_authorization_patient_id_created_at_index" on "payer_authorization" ("patient_id", "created_at");`);

    this.addSql(`create table "utilization_review" ("id" uuid not null, "patient_id" uuid not null, "unit_id" uuid not null, "stay_admitted_at" timestamptz not null, "review_type" varchar(16) not null, "review_date" varchar(10) not null, "criteria_set" varchar(120) not null, "level_of_care" varchar(24) not null, "criteria_met" boolean not null, "notes" text null, "next_review_date" varchar(10) null, "next_review_task_id" uuid null, "advisor_referral" jsonb null, "avoidable_days" jsonb not null, "reviewer_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "utilization_review_pkey" primary key ("id"));`);
    this.addSql(`create index "utilization_review_unit_id_next_review_date_index" on "utilization_review" ("unit_id", "next_review_date");`);
    this.addSql(`create index "utilization_review_patient_id_review_date_index" on "utilization_review" ("patient_id", "review_date");`);

    this.addSql(`alter table "payer_authorization" add constraint "payer_authorization_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payer_authorization" add constraint "payer_authorization_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "utilization_review" add constraint "utilization_review_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "utilization_review" add constraint "utilization_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payer_authorization" cascade;`);

    this.addSql(`drop table if exists "utilization_review" cascade;`);
  }

}
