import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`payer_authorization\` (\`id\` text not null, \`patient_id\` text not null, \`unit_id\` text not null, \`payer\` text not null, \`member_id\` text null, \`coverage_type\` text not null, \`service\` text not null, \`service_detail\` text null, \`unit_of_service\` text not null, \`requested_units\` integer not null, \`requested_from\` text not null, \`requested_to\` text not null, \`approved_units\` integer null, \`approved_from\` text null, \`approved_to\` text null, \`payer_reference\` text null, \`status\` text not null default 'DRAFT', \`submitted_at\` datetime null, \`decided_at\` datetime null, \`denial_reason\` text null, \`appeal_deadline\` text null, \`appeal_task_id\` text null, \`peer_to_peer\` json null, \`history\` json not null, \`created_by_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`payer_authorization_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`payer_authorization_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`payer_authorization_patient_id_index\` on \`payer_authorization\` (\`patient_id\`);`);
    this.addSql(`create index \`payer_authorization_created_by_id_index\` on \`payer_authorization\` (\`created_by_id\`);`);
    this.addSql(`create index \`payer_authorization_unit_id_status_index\` on \`payer_authorization\` (\`unit_id\`, \`status\`);`);
    this.addSql(`create index \`payer_authorization_patient_id_created_at_index\` on \`payer_authorization\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`utilization_review\` (\`id\` text not null, \`patient_id\` text not null, \`unit_id\` text not null, \`stay_admitted_at\` datetime not null, \`review_type\` text not null, \`review_date\` text not null, \`criteria_set\` text not null, \`level_of_care\` text not null, \`criteria_met\` integer not null, \`notes\` text null, \`next_review_date\` text null, \`next_review_task_id\` text null, \`advisor_referral\` json null, \`avoidable_days\` json not null, \`reviewer_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`utilization_review_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`utilization_review_reviewer_id_foreign\` foreign key(\`reviewer_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`utilization_review_patient_id_index\` on \`utilization_review\` (\`patient_id\`);`);
    this.addSql(`create index \`utilization_review_reviewer_id_index\` on \`utilization_review\` (\`reviewer_id\`);`);
    this.addSql(`create index \`utilization_review_unit_id_next_review_date_index\` on \`utilization_review\` (\`unit_id\`, \`next_review_date\`);`);
    this.addSql(`create index \`utilization_review_patient_id_review_date_index\` on \`utilization_review\` (\`patient_id\`, \`review_date\`);`);
  }

}
