import { Migration } from '@mikro-orm/migrations';

export class Migration20261125162716 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`family_update\` (\`id\` text not null, \`patient_id\` text not null, \`author_id\` text not null, \`author_name\` text not null, \`text\` text not null, \`visibility\` text not null default 'FAMILY', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`family_update_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`family_update_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`family_update_patient_id_index\` on \`family_update\` (\`patient_id\`);`);
    this.addSql(`create index \`family_update_author_id_index\` on \`family_update\` (\`author_id\`);`);
    this.addSql(`create index \`family_update_patient_id_created_at_index\` on \`family_update\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`create table \`family_question\` (\`id\` text not null, \`patient_id\` text not null, \`asked_by_id\` text not null, \`asked_by_name\` text not null, \`text\` text not null, \`discipline\` text null, \`status\` text not null default 'OPEN', \`reply\` text null, \`replied_by_id\` text null, \`replied_by_name\` text null, \`replied_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, constraint \`family_question_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`family_question_asked_by_id_foreign\` foreign key(\`asked_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`family_question_replied_by_id_foreign\` foreign key(\`replied_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`family_question_patient_id_index\` on \`family_question\` (\`patient_id\`);`);
    this.addSql(`create index \`family_question_asked_by_id_index\` on \`family_question\` (\`asked_by_id\`);`);
    this.addSql(`create index \`family_question_replied_by_id_index\` on \`family_question\` (\`replied_by_id\`);`);
    this.addSql(`create index \`family_question_asked_by_id_created_at_index\` on \`family_question\` (\`asked_by_id\`, \`created_at\`);`);
    this.addSql(`create index \`family_question_patient_id_created_at_index\` on \`family_question\` (\`patient_id\`, \`created_at\`);`);

    this.addSql(`alter table \`family_link\` add column \`share_scopes\` json not null default '["UPDATES"]';`);

    this.addSql(`alter table \`care_team_member\` add column \`visibility\` text not null default 'TEAM';`);
  }

}
