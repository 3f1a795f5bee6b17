import { Migration } from '@mikro-orm/migrations';

export class Migration20261125182000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "social_need" add column "task_id" uuid null;`);
    this.addSql(`alter table "discharge_checklist_item" add column "task_id" uuid null;`);
    this.addSql(`alter table "family_question" add column "task_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "social_need" drop column "task_id";`);
    this.addSql(`alter table "discharge_checklist_item" drop column "task_id";`);
    this.addSql(`alter table "family_question" drop column "task_id";`);
  }

}
