import { Migration } from '@mikro-orm/migrations';

export class Migration20261125163008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`social_needs_screening\` (\`id\` text not null, \`patient_id\` text not null, \`status\` text not null default 'DRAFT', \`language\` text not null, \`interpreter_used\` integer not null, \`answers\` json not null, \`screened_by_id\` text not null, \`completed_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`social_needs_screening_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`social_needs_screening_screened_by_id_foreign\` foreign key(\`screened_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`social_needs_screening_patient_id_index\` on \`social_needs_screening\` (\`patient_id\`);`);
    this.addSql(`create index \`social_needs_screening_screened_by_id_index\` on \`social_needs_screening\` (\`screened_by_id\`);`);
    this.addSql(`create index \`social_needs_screening_patient_id_created_at_index\` on \`social_needs_screening\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`social_need\` (\`id\` text not null, \`patient_id\` text not null, \`domain\` text not null, \`status\` text not null default 'IDENTIFIED', \`screening_id\` text null, \`problem_id\` text null, \`goal_id\` text null, \`note\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`social_need_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`social_need_screening_id_foreign\` foreign key(\`screening_id\`) references \`social_needs_screening\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`social_need_patient_id_index\` on \`social_need\` (\`patient_id\`);`);
    this.addSql(`create index \`social_need_screening_id_index\` on \`social_need\` (\`screening_id\`);`);
    this.addSql(`create index \`social_need_patient_id_status_index\` on \`social_need\` (\`patient_id\`, \`status\`);`);

    this.addSql(`create table \`emergency_visit_history\` (\`id\` text not null, \`patient_id\` text not null, \`unit_id\` text not null, \`visits\` json not null, \`reviewed_at\` datetime not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`emergency_visit_history_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`emergency_visit_history_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`emergency_visit_history_patient_id_index\` on \`emergency_visit_history\` (\`patient_id\`);`);
    this.addSql(`create unique index \`emergency_visit_history_patient_id_unique\` on \`emergency_visit_history\` (\`patient_id\`);`);
    this.addSql(`create index \`emergency_visit_history_unit_id_index\` on \`emergency_visit_history\` (\`unit_id\`);`);

    this.addSql(`create table \`assessment\` (\`id\` text not null, \`patient_id\` text not null, \`sequence\` integer not null, \`status\` text not null default 'DRAFT', \`previous_id\` text null, \`clinical\` json not null, \`psychosocial\` json not null, \`financial\` json not null, \`environmental\` json not null, \`started_by_id\` text not null, \`signed_by_id\` text null, \`signed_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`assessment_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`assessment_started_by_id_foreign\` foreign key(\`started_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`assessment_signed_by_id_foreign\` foreign key(\`signed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_patient_id_index\` on \`assessment\` (\`patient_id\`);`);
    this.addSql(`create index \`assessment_started_by_id_index\` on \`assessment\` (\`started_by_id\`);`);
    this.addSql(`create index \`assessment_signed_by_id_index\` on \`assessment\` (\`signed_by_id\`);`);
    this.addSql(`create index \`assessment_patient_id_sequence_index\` on \`assessment\` (\`patient_id\`, \`sequence\`);`);

    this.addSql(`alter table \`patient\` add column \`admission_acuity\` text null;`);
  }

}
