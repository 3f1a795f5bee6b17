import { Migration } from '@mikro-orm/migrations';

/**
 * One barrier model: barriers raised in rounds become the patient's discharge barriers (on the plan
 * of the current stay, started where there is none), and the rounds-only table goes.
 */
export class Migration20261125193000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into \`discharge_plan\` (\`id\`, \`patient_id\`, \`visibility\`, \`version\`, \`created_at\`, \`updated_at\`, \`stay_admitted_at\`) select lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), \`p\`.\`id\`, 'TEAM', 1, min(\`b\`.\`created_at\`), min(\`b\`.\`created_at\`), \`p\`.\`admitted_at\` from \`rounds_barrier\` as \`b\` join \`patient\` as \`p\` on \`p\`.\`id\` = \`b\`.\`patient_id\` where not exists (select 1 from \`discharge_plan\` as \`d\` where \`d\`.\`patient_id\` = \`p\`.\`id\` and \`d\`.\`stay_admitted_at\` = \`p\`.\`admitted_at\`) group by \`p\`.\`id\`, \`p\`.\`admitted_at\`;`);
    this.addSql(`insert into \`discharge_barrier\` (\`id\`, \`patient_id\`, \`visibility\`, \`version\`, \`created_at\`, \`updated_at\`, \`plan_id\`, \`description\`, \`owner_id\`, \`due_date\`, \`status\`) select \`b\`.\`id\`, \`b\`.\`patient_id\`, 'TEAM', \`b\`.\`version\`, \`b\`.\`created_at\`, \`b\`.\`updated_at\`, \`d\`.\`id\`, \`b\`.\`description\`, \`b\`.\`owner_id\`, \`b\`.\`due_date\`, \`b\`.\`status\` from \`rounds_barrier\` as \`b\` join \`patient\` as \`p\` on \`p\`.\`id\` = \`b\`.\`patient_id\` join \`discharge_plan\` as \`d\` on \`d\`.\`patient_id\` = \`p\`.\`id\` and \`d\`.\`stay_admitted_at\` = \`p\`.\`admitted_at\`;`);
    this.addSql(`drop table if exists \`rounds_barrier\`;`);
  }

}
