import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165727 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`discharge_plan\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`stay_admitted_at\` datetime not null, \`expected_date\` text null, \`disposition\` text null, constraint \`discharge_plan_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discharge_plan_patient_id_index\` on \`discharge_plan\` (\`patient_id\`);`);
    this.addSql(`create unique index \`discharge_plan_patient_id_stay_admitted_at_unique\` on \`discharge_plan\` (\`patient_id\`, \`stay_admitted_at\`);`);

    this.addSql(`create table \`discharge_checklist_item\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`plan_id\` text not null, \`kind\` text not null, \`status\` text not null default 'OPEN', \`details\` json not null, constraint \`discharge_checklist_item_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`discharge_checklist_item_plan_id_foreign\` foreign key(\`plan_id\`) references \`discharge_plan\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discharge_checklist_item_patient_id_index\` on \`discharge_checklist_item\` (\`patient_id\`);`);
    this.addSql(`create index \`discharge_checklist_item_plan_id_index\` on \`discharge_checklist_item\` (\`plan_id\`);`);
    this.addSql(`create index \`discharge_checklist_item_plan_id_created_at_index\` on \`discharge_checklist_item\` (\`plan_id\`, \`created_at\`);`);

    this.addSql(`create table \`education_record\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`checklist_item_id\` text null, \`topic\` text not null, \`taught_to\` text not null, \`learner_name\` text null, \`method\` text not null, \`teach_back\` text not null, \`follow_up_needed\` integer not null, \`taught_by_id\` text not null, constraint \`education_record_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`education_record_checklist_item_id_foreign\` foreign key(\`checklist_item_id\`) references \`discharge_checklist_item\`(\`id\`) on delete set null on update cascade, constraint \`education_record_taught_by_id_foreign\` foreign key(\`taught_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`education_record_patient_id_index\` on \`education_record\` (\`patient_id\`);`);
    this.addSql(`create index \`education_record_checklist_item_id_index\` on \`education_record\` (\`checklist_item_id\`);`);
    this.addSql(`create index \`education_record_taught_by_id_index\` on \`education_record\` (\`taught_by_id\`);`);
    this.addSql(`create index \`education_record_patient_id_created_at_index\` on \`education_record\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`discharge_barrier\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`plan_id\` text not null, \`description\` text not null, \`owner_id\` text null, \`due_date\` text null, \`status\` text not null default 'OPEN', constraint \`discharge_barrier_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`discharge_barrier_plan_id_foreign\` foreign key(\`plan_id\`) references \`discharge_plan\`(\`id\`) on delete cascade on update cascade, constraint \`discharge_barrier_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discharge_barrier_patient_id_index\` on \`discharge_barrier\` (\`patient_id\`);`);
    this.addSql(`create index \`discharge_barrier_plan_id_index\` on \`discharge_barrier\` (\`plan_id\`);`);
    this.addSql(`create index \`discharge_barrier_owner_id_index\` on \`discharge_barrier\` (\`owner_id\`);`);
    this.addSql(`create index \`discharge_barrier_plan_id_created_at_index\` on \`discharge_barrier\` (\`plan_id\`, \`created_at\`);`);
  }

}
