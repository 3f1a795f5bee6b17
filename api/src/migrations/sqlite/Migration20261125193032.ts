import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193032 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`community_resource\` (\`id\` text not null, \`name\` text not null, \`description\` text null, \`categories\` text not null, \`phone\` text null, \`email\` text null, \`website\` text null, \`address\` text null, \`hours\` text null, \`eligibility\` text null, \`service_area\` text null, \`languages\` text not null default '', \`created_by_id\` text not null, \`archived_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`community_resource_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`community_resource_created_by_id_index\` on \`community_resource\` (\`created_by_id\`);`);

    this.addSql(`create table \`referral\` (\`id\` text not null, \`patient_id\` text not null, \`need_id\` text not null, \`resource_id\` text not null, \`status\` text not null default 'DRAFT', \`note\` text null, \`sent_at\` datetime null, \`closed_at\` datetime null, \`follow_up_due_at\` datetime null, \`follow_up_task_id\` text null, \`history\` json not null, \`created_by_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`referral_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`referral_need_id_foreign\` foreign key(\`need_id\`) references \`social_need\`(\`id\`) on delete cascade on update cascade, constraint \`referral_resource_id_foreign\` foreign key(\`resource_id\`) references \`community_resource\`(\`id\`) on update cascade, constraint \`referral_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`referral_patient_id_index\` on \`referral\` (\`patient_id\`);`);
    this.addSql(`create index \`referral_need_id_index\` on \`referral\` (\`need_id\`);`);
    this.addSql(`create index \`referral_resource_id_index\` on \`referral\` (\`resource_id\`);`);
    this.addSql(`create index \`referral_created_by_id_index\` on \`referral\` (\`created_by_id\`);`);
    this.addSql(`create index \`referral_status_follow_up_due_at_index\` on \`referral\` (\`status\`, \`follow_up_due_at\`);`);
    this.addSql(`create index \`referral_patient_id_created_at_index\` on \`referral\` (\`patient_id\`, \`created_at\`);`);

    // Full-text search of the directory: an FTS5 table keyed by the resource's id, kept by triggers
    // (a uuid-keyed table has no stable rowid to share with an external-content index).
    this.addSql(
      `create virtual table \`community_resource_fts\` using fts5(resource_id unindexed, name, body, tokenize = 'porter unicode61');`,
    );
    const body = (row: 'new' | 'old') =>
      `coalesce(${row}.description, '') || ' ' || coalesce(${row}.eligibility, '') || ' ' || coalesce(${row}.service_area, '') || ' ' || replace(${row}.categories, '|', ' ') || ' ' || replace(${row}.languages, '|', ' ')`;
    this.addSql(
      `create trigger \`community_resource_fts_insert\` after insert on \`community_resource\` begin insert into \`community_resource_fts\` (resource_id, name, body) values (new.id, new.name, ${body('new')}); end;`,
    );
    this.addSql(
      `create trigger \`community_resource_fts_update\` after update on \`community_resource\` begin delete from \`community_resource_fts\` where resource_id = old.id; insert into \`community_resource_fts\` (resource_id, name, body) values (new.id, new.name, ${body('new')}); end;`,
    );
    this.addSql(
      `create trigger \`community_resource_fts_delete\` after delete on \`community_resource\` begin delete from \`community_resource_fts\` where resource_id = old.id; end;`,
    );
  }

}
