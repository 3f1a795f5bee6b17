import { Migration } from '@mikro-orm/migrations';

export class Migration20261124072341 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`seen_marker\` (\`id\` text not null, \`user_id\` text not null, \`patient_id\` text not null, \`last_seen_event_id\` bigint not null, \`at\` datetime not null, constraint \`seen_marker_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`seen_marker_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`seen_marker_user_id_index\` on \`seen_marker\` (\`user_id\`);`);
    this.addSql(`create index \`seen_marker_patient_id_index\` on \`seen_marker\` (\`patient_id\`);`);
    this.addSql(`create unique index \`seen_marker_user_id_patient_id_unique\` on \`seen_marker\` (\`user_id\`, \`patient_id\`);`);

  }

}
