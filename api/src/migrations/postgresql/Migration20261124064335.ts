import { Migration } from '@mikro-orm/migrations';

export class Migration20261124064335 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "chain" varchar(64) not null, "at" timestamptz not null, "actor_id" varchar(64) null, "actor_name" varchar(200) null, "patient_id" varchar(64) null, "operation" varchar(80) not null, "access" varchar(8) not null, "entity_type" varchar(60) null, "entity_id" varchar(64) null, "fields" jsonb null, "ip" varchar(64) null, "request_id" varchar(64) null, "break_glass" boolean not null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`create index "audit_entry_actor_id_id_index" on "audit_entry" ("actor_id", "id");`);
    this.addSql(`create index "audit_entry_chain_id_index" on "audit_entry" ("chain", "id");`);

    this.addSql(`create table "change_event" ("id" bigserial primary key, "stream" varchar(120) not null, "kind" varchar(16) not null, "entity_type" varchar(60) not null, "entity_id" varchar(64) not null, "version" int not null, "actor_id" varchar(64) not null, "actor_name" varchar(200) not null, "at" timestamptz not null, "visibility" varchar(16) not null default 'TEAM', "patient_id" varchar(64) null, "snapshot" jsonb not null, "changes" jsonb null, "client_mutation_id" varchar(100) null);`);
    this.addSql(`create index "change_event_entity_type_entity_id_id_index" on "change_event" ("entity_type", "entity_id", "id");`);
    this.addSql(`create index "change_event_patient_id_id_index" on "change_event" ("patient_id", "id");`);
    this.addSql(`create index "change_event_stream_id_index" on "change_event" ("stream", "id");`);
    this.addSql(`alter table "change_event" add constraint "change_event_actor_id_client_mutation_id_unique" unique ("actor_id", "client_mutation_id");`);

    this.addSql(`create table "unit" ("id" uuid not null, "code" varchar(16) not null, "name" varchar(120) not null, "created_at" timestamptz not null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "kind" varchar(8) not null default 'STAFF', "discipline" varchar(8) null, "role" varchar(8) not null default 'MEMBER', "password_hash" varchar(200) not null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "unit_member" ("id" uuid not null, "unit_id" uuid not null, "user_id" uuid not null, "since" timestamptz not null, constraint "unit_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit_member" add constraint "unit_member_unit_id_user_id_unique" unique ("unit_id", "user_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`create table "patient" ("id" uuid not null, "mrn" varchar(32) not null, "name" varchar(200) not null, "date_of_birth" varchar(10) not null, "unit_id" uuid not null, "bed" varchar(16) null, "status" varchar(12) not null default 'ADMITTED', "admitted_at" timestamptz not null, "expected_discharge_date" varchar(10) null, "discharged_at" timestamptz null, "disposition" varchar(32) null, "admitting_diagnosis" varchar(500) null, "attending_id" uuid null, "allergies" varchar(2000) null, "primary_language" varchar(60) null, "interpreter_needed" boolean not null default false, "conditions" jsonb not null, "coverages" jsonb not null, "emergency_contacts" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "patient_pkey" primary key ("id"));`);
    this.addSql(`alter table "patient" add constraint "patient_mrn_unique" unique ("mrn");`);
    this.addSql(`create index "patient_unit_id_name_index" on "patient" ("unit_id", "name");`);

    this.addSql(`create table "encounter" ("id" uuid not null, "patient_id" uuid not null, "unit_id" uuid not null, "admitted_at" timestamptz not null, "discharged_at" timestamptz not null, "admitting_diagnosis" varchar(500) null, "disposition" varchar(32) not null, constraint "encounter_pkey" primary key ("id"));`);
    this.addSql(`create index "encounter_patient_id_admitted_at_index" on "encounter" ("patient_id", "admitted_at");`);

    this.addSql(`create table "family_link" ("id" uuid not null, "patient_id" uuid not null, "user_id" uuid not null, "relationship" varchar(60) not null, "status" varchar(12) not null default 'INVITED', "consent_scope" varchar(500) not null, "consent_source" varchar(24) not null, "consent_recorded_by_id" uuid not null, "consent_recorded_at" timestamptz not null, "invitation_hash" varchar(64) null, "revoked_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, constraint "family_link_pkey" primary key ("id"));`);
    this.addSql(`create index "family_link_user_id_status_index" on "family_link" ("user_id", "status");`);
    this.addSql(`create index "family_link_patient_id_status_index" on "family_link" ("patient_id", "status");`);

    this.addSql(`create table "care_team_member" ("id" uuid not null, "patient_id" uuid not null, "user_id" uuid not null, "role" varchar(24) not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "version" int not null default 1, constraint "care_team_member_pkey" primary key ("id"));`);
    this.addSql(`create index "care_team_member_user_id_ended_at_index" on "care_team_member" ("user_id", "ended_at");`);
    this.addSql(`create index "care_team_member_patient_id_ended_at_index" on "care_team_member" ("patient_id", "ended_at");`);

    this.addSql(`create table "break_glass_grant" ("id" uuid not null, "user_id" uuid not null, "patient_id" uuid not null, "reason" varchar(500) not null, "granted_at" timestamptz not null, "expires_at" timestamptz not null, constraint "break_glass_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "break_glass_grant_user_id_patient_id_expires_at_index" on "break_glass_grant" ("user_id", "patient_id", "expires_at");`);

    this.addSql(`alter table "unit_member" add constraint "unit_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit_member" add constraint "unit_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "patient" add constraint "patient_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "patient" add constraint "patient_attending_id_foreign" foreign key ("attending_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "encounter" add constraint "encounter_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "encounter" add constraint "encounter_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "family_link" add constraint "family_link_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "family_link" add constraint "family_link_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "family_link" add constraint "family_link_consent_recorded_by_id_foreign" foreign key ("consent_recorded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_team_member" add constraint "care_team_member_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_team_member" add constraint "care_team_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit_member" drop constraint "unit_member_unit_id_foreign";`);

    this.addSql(`alter table "patient" drop constraint "patient_unit_id_foreign";`);

    this.addSql(`alter table "encounter" drop constraint "encounter_unit_id_foreign";`);

    this.addSql(`alter table "unit_member" drop constraint "unit_member_user_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "patient" drop constraint "patient_attending_id_foreign";`);

    this.addSql(`alter table "family_link" drop constraint "family_link_user_id_foreign";`);

    this.addSql(`alter table "family_link" drop constraint "family_link_consent_recorded_by_id_foreign";`);

    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_user_id_foreign";`);

    this.addSql(`alter table "break_glass_grant" drop constraint "break_glass_grant_user_id_foreign";`);

    this.addSql(`alter table "encounter" drop constraint "encounter_patient_id_foreign";`);

    this.addSql(`alter table "family_link" drop constraint "family_link_patient_id_foreign";`);

    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_patient_id_foreign";`);

    this.addSql(`alter table "break_glass_grant" drop constraint "break_glass_grant_patient_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "change_event" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "unit_member" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "encounter" cascade;`);

    this.addSql(`drop table if exists "family_link" cascade;`);

    this.addSql(`drop table if exists "care_team_member" cascade;`);

    this.addSql(`drop table if exists "break_glass_grant" cascade;`);
  }

}
