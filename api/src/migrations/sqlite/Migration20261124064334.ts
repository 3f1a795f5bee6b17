import { Migration } from '@mikro-orm/migrations';

export class Migration20261124064334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`chain\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`actor_name\` text null, \`patient_id\` text null, \`operation\` text not null, \`access\` text not null, \`entity_type\` text null, \`entity_id\` text null, \`fields\` json null, \`ip\` text null, \`request_id\` text null, \`break_glass\` integer not null, \`previous_hash\` text not null, \`hash\` text not null);`);
    this.addSql(`create index \`audit_entry_actor_id_id_index\` on \`audit_entry\` (\`actor_id\`, \`id\`);`);
    this.addSql(`create index \`audit_entry_chain_id_index\` on \`audit_entry\` (\`chain\`, \`id\`);`);

    this.addSql(`create table \`change_event\` (\`id\` integer not null primary key autoincrement, \`stream\` text not null, \`kind\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`version\` integer not null, \`actor_id\` text not null, \`actor_name\` text not null, \`at\` datetime not null, \`visibility\` text not null default 'TEAM', \`patient_id\` text null, \`snapshot\` json not null, \`changes\` json null, \`client_mutation_id\` text null);`);
    this.addSql(`create index \`change_event_entity_type_entity_id_id_index\` on \`change_event\` (\`entity_type\`, \`entity_id\`, \`id\`);`);
    this.addSql(`create index \`change_event_patient_id_id_index\` on \`change_event\` (\`patient_id\`, \`id\`);`);
    this.addSql(`create index \`change_event_stream_id_index\` on \`change_event\` (\`stream\`, \`id\`);`);
    this.addSql(`create unique index \`change_event_actor_id_client_mutation_id_unique\` on \`change_event\` (\`actor_id\`, \`client_mutation_id\`);`);

    this.addSql(`create table \`unit\` (\`id\` text not null, \`code\` text not null, \`name\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`unit_code_unique\` on \`unit\` (\`code\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`kind\` text not null default 'STAFF', \`discipline\` text null, \`role\` text not null default 'MEMBER', \`password_hash\` text not null, \`active\` integer not null default true, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`unit_member\` (\`id\` text not null, \`unit_id\` text not null, \`user_id\` text not null, \`since\` datetime not null, constraint \`unit_member_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete cascade on update cascade, constraint \`unit_member_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`unit_member_unit_id_index\` on \`unit_member\` (\`unit_id\`);`);
    this.addSql(`create index \`unit_member_user_id_index\` on \`unit_member\` (\`user_id\`);`);
    this.addSql(`create unique index \`unit_member_unit_id_user_id_unique\` on \`unit_member\` (\`unit_id\`, \`user_id\`);`);

    this.addSql(`create table \`user_session\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`user_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_session_token_hash_unique\` on \`user_session\` (\`token_hash\`);`);
    this.addSql(`create index \`user_session_user_id_index\` on \`user_session\` (\`user_id\`);`);

    this.addSql(`create table \`patient\` (\`id\` text not null, \`mrn\` text not null, \`name\` text not null, \`date_of_birth\` text not null, \`unit_id\` text not null, \`bed\` text null, \`status\` text not null default 'ADMITTED', \`admitted_at\` datetime not null, \`expected_discharge_date\` text null, \`discharged_at\` datetime null, \`disposition\` text null, \`admitting_diagnosis\` text null, \`attending_id\` text null, \`allergies\` text null, \`primary_language\` text null, \`interpreter_needed\` integer not null default false, \`conditions\` json not null, \`coverages\` json not null, \`emergency_contacts\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`patient_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`patient_attending_id_foreign\` foreign key(\`attending_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`patient_mrn_unique\` on \`patient\` (\`mrn\`);`);
    this.addSql(`create index \`patient_unit_id_index\` on \`patient\` (\`unit_id\`);`);
    this.addSql(`create index \`patient_attending_id_index\` on \`patient\` (\`attending_id\`);`);
    this.addSql(`create index \`patient_unit_id_name_index\` on \`patient\` (\`unit_id\`, \`name\`);`);

    this.addSql(`create table \`encounter\` (\`id\` text not null, \`patient_id\` text not null, \`unit_id\` text not null, \`admitted_at\` datetime not null, \`discharged_at\` datetime not null, \`admitting_diagnosis\` text null, \`disposition\` text not null, constraint \`encounter_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`encounter_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`encounter_patient_id_index\` on \`encounter\` (\`patient_id\`);`);
    this.addSql(`create index \`encounter_unit_id_index\` on \`encounter\` (\`unit_id\`);`);
    this.addSql(`create index \`encounter_patient_id_admitted_at_index\` on \`encounter\` (\`patient_id\`, \`admitted_at\`);`);

    this.addSql(`create table \`family_link\` (\`id\` text not null, \`patient_id\` text not null, \`user_id\` text not null, \`relationship\` text not null, \`status\` text not null default 'INVITED', \`consent_scope\` text not null, \`consent_source\` text not null, \`consent_recorded_by_id\` text not null, \`consent_recorded_at\` datetime not null, \`invitation_hash\` text null, \`revoked_at\` datetime null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`family_link_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`family_link_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`family_link_consent_recorded_by_id_foreign\` foreign key(\`consent_recorded_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`family_link_patient_id_index\` on \`family_link\` (\`patient_id\`);`);
    this.addSql(`create index \`family_link_user_id_index\` on \`family_link\` (\`user_id\`);`);
    this.addSql(`create index \`family_link_consent_recorded_by_id_index\` on \`family_link\` (\`consent_recorded_by_id\`);`);
    this.addSql(`create index \`family_link_user_id_status_index\` on \`family_link\` (\`user_id\`, \`status\`);`);
    this.addSql(`create index \`family_link_patient_id_status_index\` on \`family_link\` (\`patient_id\`, \`status\`);`);

    this.addSql(`create table \`care_team_member\` (\`id\` text not null, \`patient_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`started_at\` datetime not null, \`ended_at\` datetime null, \`version\` integer not null default 1, constraint \`care_team_member_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_team_member_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_team_member_patient_id_index\` on \`care_team_member\` (\`patient_id\`);`);
    this.addSql(`create index \`care_team_member_user_id_index\` on \`care_team_member\` (\`user_id\`);`);
    this.addSql(`create index \`care_team_member_user_id_ended_at_index\` on \`care_team_member\` (\`user_id\`, \`ended_at\`);`);
    this.addSql(`create index \`care_team_member_patient_id_ended_at_index\` on \`care_team_member\` (\`patient_id\`, \`ended_at\`);`);

    this.addSql(`create table \`break_glass_grant\` (\`id\` text not null, \`user_id\` text not null, \`patient_id\` text not null, \`reason\` text not null, \`granted_at\` datetime not null, \`expires_at\` datetime not null, constraint \`break_glass_grant_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`break_glass_grant_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`break_glass_grant_user_id_index\` on \`break_glass_grant\` (\`user_id\`);`);
    this.addSql(`create index \`break_glass_grant_patient_id_index\` on \`break_glass_grant\` (\`patient_id\`);`);
    this.addSql(`create index \`break_glass_grant_user_id_patient_id_expires_at_index\` on \`break_glass_grant\` (\`user_id\`, \`patient_id\`, \`expires_at\`);`);
  }

}
