import { Migration } from '@mikro-orm/migrations';

export class Migration20261125162916 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`task_board\` (\`id\` text not null, \`scope\` text not null, \`kind\` text not null, \`unit_id\` text null, \`patient_id\` text null, \`name\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`task_board_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete cascade on update cascade, constraint \`task_board_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`task_board_scope_unique\` on \`task_board\` (\`scope\`);`);
    this.addSql(`create index \`task_board_unit_id_index\` on \`task_board\` (\`unit_id\`);`);
    this.addSql(`create index \`task_board_patient_id_index\` on \`task_board\` (\`patient_id\`);`);

    this.addSql(`create table \`task_board_column\` (\`id\` text not null, \`board_id\` text not null, \`name\` text not null, \`position\` text not null, \`wip_limit\` integer null, \`completes\` integer not null default false, \`archived_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`task_board_column_board_id_foreign\` foreign key(\`board_id\`) references \`task_board\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`task_board_column_board_id_index\` on \`task_board_column\` (\`board_id\`);`);
    this.addSql(`create index \`task_board_column_board_id_position_index\` on \`task_board_column\` (\`board_id\`, \`position\`);`);

    this.addSql(`create table \`task\` (\`id\` text not null, \`board_id\` text not null, \`column_id\` text not null, \`patient_id\` text null, \`title\` text not null, \`description\` text null, \`position\` text not null, \`assignee_id\` text null, \`discipline\` text null, \`due_at\` datetime null, \`priority\` text not null default 'MEDIUM', \`labels\` json not null, \`checklist\` json not null, \`goal_id\` text null, \`intervention_id\` text null, \`visibility\` text not null default 'TEAM', \`completed_at\` datetime null, \`completed_by_id\` text null, \`archived_at\` datetime null, \`recurrence_key\` text null, \`occurrence_at\` datetime null, \`comment_count\` integer not null default 0, \`created_by_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`task_board_id_foreign\` foreign key(\`board_id\`) references \`task_board\`(\`id\`) on delete cascade on update cascade, constraint \`task_column_id_foreign\` foreign key(\`column_id\`) references \`task_board_column\`(\`id\`) on update cascade, constraint \`task_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`task_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`task_completed_by_id_foreign\` foreign key(\`completed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`task_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`task_board_id_index\` on \`task\` (\`board_id\`);`);
    this.addSql(`create index \`task_column_id_index\` on \`task\` (\`column_id\`);`);
    this.addSql(`create index \`task_completed_by_id_index\` on \`task\` (\`completed_by_id\`);`);
    this.addSql(`create unique index \`task_recurrence_key_unique\` on \`task\` (\`recurrence_key\`);`);
    this.addSql(`create index \`task_created_by_id_index\` on \`task\` (\`created_by_id\`);`);
    this.addSql(`create index \`task_discipline_index\` on \`task\` (\`discipline\`);`);
    this.addSql(`create index \`task_assignee_id_index\` on \`task\` (\`assignee_id\`);`);
    this.addSql(`create index \`task_patient_id_index\` on \`task\` (\`patient_id\`);`);
    this.addSql(`create index \`task_board_id_column_id_position_id_index\` on \`task\` (\`board_id\`, \`column_id\`, \`position\`, \`id\`);`);

    this.addSql(`create table \`task_comment\` (\`id\` text not null, \`task_id\` text not null, \`board_id\` text not null, \`patient_id\` text null, \`author_id\` text not null, \`text\` text not null, \`mention_ids\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`task_comment_task_id_foreign\` foreign key(\`task_id\`) references \`task\`(\`id\`) on delete cascade on update cascade, constraint \`task_comment_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`task_comment_task_id_index\` on \`task_comment\` (\`task_id\`);`);
    this.addSql(`create index \`task_comment_author_id_index\` on \`task_comment\` (\`author_id\`);`);
    this.addSql(`create index \`task_comment_task_id_created_at_index\` on \`task_comment\` (\`task_id\`, \`created_at\`);`);

    this.addSql(`alter table \`care_intervention\` add column \`schedule\` json null;`);
  }

}
