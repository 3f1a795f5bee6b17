import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`care_plan\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`status\` text not null default 'DRAFT', \`period_start\` text not null, \`period_end\` text null, \`last_reviewed_at\` datetime null, constraint \`care_plan_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_plan_patient_id_index\` on \`care_plan\` (\`patient_id\`);`);
    this.addSql(`create index \`care_plan_patient_id_status_index\` on \`care_plan\` (\`patient_id\`, \`status\`);`);

    this.addSql(`create table \`care_problem\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`care_plan_id\` text not null, \`statement\` text not null, \`onset_date\` text null, \`priority\` text not null default 'MEDIUM', \`status\` text not null default 'ACTIVE', \`discipline\` text not null, \`position\` text not null, constraint \`care_problem_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_problem_care_plan_id_foreign\` foreign key(\`care_plan_id\`) references \`care_plan\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_problem_patient_id_index\` on \`care_problem\` (\`patient_id\`);`);
    this.addSql(`create index \`care_problem_care_plan_id_index\` on \`care_problem\` (\`care_plan_id\`);`);
    this.addSql(`create index \`care_problem_care_plan_id_position_index\` on \`care_problem\` (\`care_plan_id\`, \`position\`);`);

    this.addSql(`create table \`care_plan_sign_off\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`care_plan_id\` text not null, \`discipline\` text not null, \`user_id\` text not null, constraint \`care_plan_sign_off_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_plan_sign_off_care_plan_id_foreign\` foreign key(\`care_plan_id\`) references \`care_plan\`(\`id\`) on delete cascade on update cascade, constraint \`care_plan_sign_off_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_plan_sign_off_patient_id_index\` on \`care_plan_sign_off\` (\`patient_id\`);`);
    this.addSql(`create index \`care_plan_sign_off_care_plan_id_index\` on \`care_plan_sign_off\` (\`care_plan_id\`);`);
    this.addSql(`create index \`care_plan_sign_off_user_id_index\` on \`care_plan_sign_off\` (\`user_id\`);`);
    this.addSql(`create index \`care_plan_sign_off_care_plan_id_discipline_index\` on \`care_plan_sign_off\` (\`care_plan_id\`, \`discipline\`);`);

    this.addSql(`create table \`care_goal\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`care_plan_id\` text not null, \`problem_id\` text not null, \`description\` text not null, \`target_value\` text null, \`target_date\` text null, \`status\` text not null default 'PROPOSED', \`history\` json not null, \`position\` text not null, constraint \`care_goal_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_goal_care_plan_id_foreign\` foreign key(\`care_plan_id\`) references \`care_plan\`(\`id\`) on delete cascade on update cascade, constraint \`care_goal_problem_id_foreign\` foreign key(\`problem_id\`) references \`care_problem\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_goal_patient_id_index\` on \`care_goal\` (\`patient_id\`);`);
    this.addSql(`create index \`care_goal_care_plan_id_index\` on \`care_goal\` (\`care_plan_id\`);`);
    this.addSql(`create index \`care_goal_problem_id_index\` on \`care_goal\` (\`problem_id\`);`);
    this.addSql(`create index \`care_goal_problem_id_position_index\` on \`care_goal\` (\`problem_id\`, \`position\`);`);

    this.addSql(`create table \`care_progress_note\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`care_plan_id\` text not null, \`goal_id\` text null, \`author_id\` text not null, \`text\` text not null, constraint \`care_progress_note_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_progress_note_care_plan_id_foreign\` foreign key(\`care_plan_id\`) references \`care_plan\`(\`id\`) on delete cascade on update cascade, constraint \`care_progress_note_goal_id_foreign\` foreign key(\`goal_id\`) references \`care_goal\`(\`id\`) on delete set null on update cascade, constraint \`care_progress_note_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_progress_note_patient_id_index\` on \`care_progress_note\` (\`patient_id\`);`);
    this.addSql(`create index \`care_progress_note_care_plan_id_index\` on \`care_progress_note\` (\`care_plan_id\`);`);
    this.addSql(`create index \`care_progress_note_goal_id_index\` on \`care_progress_note\` (\`goal_id\`);`);
    this.addSql(`create index \`care_progress_note_author_id_index\` on \`care_progress_note\` (\`author_id\`);`);
    this.addSql(`create index \`care_progress_note_care_plan_id_created_at_index\` on \`care_progress_note\` (\`care_plan_id\`, \`created_at\`);`);

    this.addSql(`create table \`care_intervention\` (\`id\` text not null, \`patient_id\` text not null, \`visibility\` text not null default 'TEAM', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`care_plan_id\` text not null, \`goal_id\` text not null, \`action\` text not null, \`owner_discipline\` text not null, \`owner_id\` text null, \`frequency\` text null, \`status\` text not null default 'PLANNED', \`position\` text not null, constraint \`care_intervention_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_intervention_care_plan_id_foreign\` foreign key(\`care_plan_id\`) references \`care_plan\`(\`id\`) on delete cascade on update cascade, constraint \`care_intervention_goal_id_foreign\` foreign key(\`goal_id\`) references \`care_goal\`(\`id\`) on delete cascade on update cascade, constraint \`care_intervention_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_intervention_patient_id_index\` on \`care_intervention\` (\`patient_id\`);`);
    this.addSql(`create index \`care_intervention_care_plan_id_index\` on \`care_intervention\` (\`care_plan_id\`);`);
    this.addSql(`create index \`care_intervention_goal_id_index\` on \`care_intervention\` (\`goal_id\`);`);
    this.addSql(`create index \`care_intervention_owner_id_index\` on \`care_intervention\` (\`owner_id\`);`);
    this.addSql(`create index \`care_intervention_goal_id_position_index\` on \`care_intervention\` (\`goal_id\`, \`position\`);`);

  }

}
