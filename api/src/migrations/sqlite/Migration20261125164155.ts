import { Migration } from '@mikro-orm/migrations';

export class Migration20261125164155 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rounds_session\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`date\` text not null, \`facilitator_id\` text not null, \`status\` text not null default 'PLANNED', \`current_item_id\` text null, \`current_since\` datetime null, \`started_at\` datetime null, \`finished_at\` datetime null, constraint \`rounds_session_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`rounds_session_facilitator_id_foreign\` foreign key(\`facilitator_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rounds_session_unit_id_index\` on \`rounds_session\` (\`unit_id\`);`);
    this.addSql(`create index \`rounds_session_facilitator_id_index\` on \`rounds_session\` (\`facilitator_id\`);`);
    this.addSql(`create unique index \`rounds_session_unit_id_date_unique\` on \`rounds_session\` (\`unit_id\`, \`date\`);`);

    this.addSql(`create table \`rounds_agenda_item\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`patient_id\` text not null, \`position\` text not null, \`time_box_seconds\` integer not null, \`spent_seconds\` integer not null default 0, \`discussed_at\` datetime null, constraint \`rounds_agenda_item_session_id_foreign\` foreign key(\`session_id\`) references \`rounds_session\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_agenda_item_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rounds_agenda_item_session_id_index\` on \`rounds_agenda_item\` (\`session_id\`);`);
    this.addSql(`create index \`rounds_agenda_item_patient_id_index\` on \`rounds_agenda_item\` (\`patient_id\`);`);
    this.addSql(`create index \`rounds_agenda_item_session_id_position_index\` on \`rounds_agenda_item\` (\`session_id\`, \`position\`);`);
    this.addSql(`create unique index \`rounds_agenda_item_session_id_patient_id_unique\` on \`rounds_agenda_item\` (\`session_id\`, \`patient_id\`);`);

    this.addSql(`create table \`rounds_update\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`item_id\` text not null, \`patient_id\` text not null, \`discipline\` text not null, \`author_id\` text not null, \`status_since_last\` text null, \`concerns\` text null, \`plan_for_today\` text null, constraint \`rounds_update_session_id_foreign\` foreign key(\`session_id\`) references \`rounds_session\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_update_item_id_foreign\` foreign key(\`item_id\`) references \`rounds_agenda_item\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_update_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on update cascade, constraint \`rounds_update_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rounds_update_session_id_index\` on \`rounds_update\` (\`session_id\`);`);
    this.addSql(`create index \`rounds_update_item_id_index\` on \`rounds_update\` (\`item_id\`);`);
    this.addSql(`create index \`rounds_update_patient_id_index\` on \`rounds_update\` (\`patient_id\`);`);
    this.addSql(`create index \`rounds_update_author_id_index\` on \`rounds_update\` (\`author_id\`);`);
    this.addSql(`create unique index \`rounds_update_item_id_discipline_unique\` on \`rounds_update\` (\`item_id\`, \`discipline\`);`);

    this.addSql(`create table \`rounds_decision\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`item_id\` text not null, \`patient_id\` text not null, \`text\` text not null, \`author_id\` text not null, \`task_id\` text null, constraint \`rounds_decision_session_id_foreign\` foreign key(\`session_id\`) references \`rounds_session\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_decision_item_id_foreign\` foreign key(\`item_id\`) references \`rounds_agenda_item\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_decision_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on update cascade, constraint \`rounds_decision_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rounds_decision_session_id_index\` on \`rounds_decision\` (\`session_id\`);`);
    this.addSql(`create index \`rounds_decision_item_id_index\` on \`rounds_decision\` (\`item_id\`);`);
    this.addSql(`create index \`rounds_decision_patient_id_index\` on \`rounds_decision\` (\`patient_id\`);`);
    this.addSql(`create index \`rounds_decision_author_id_index\` on \`rounds_decision\` (\`author_id\`);`);
    this.addSql(`create index \`rounds_decision_item_id_created_at_index\` on \`rounds_decision\` (\`item_id\`, \`created_at\`);`);

    this.addSql(`create table \`rounds_barrier\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`item_id\` text not null, \`patient_id\` text not null, \`description\` text not null, \`owner_id\` text null, \`due_date\` text null, \`status\` text not null default 'OPEN', constraint \`rounds_barrier_session_id_foreign\` foreign key(\`session_id\`) references \`rounds_session\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_barrier_item_id_foreign\` foreign key(\`item_id\`) references \`rounds_agenda_item\`(\`id\`) on delete cascade on update cascade, constraint \`rounds_barrier_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on update cascade, constraint \`rounds_barrier_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rounds_barrier_session_id_index\` on \`rounds_barrier\` (\`session_id\`);`);
    this.addSql(`create index \`rounds_barrier_patient_id_index\` on \`rounds_barrier\` (\`patient_id\`);`);
    this.addSql(`create index \`rounds_barrier_owner_id_index\` on \`rounds_barrier\` (\`owner_id\`);`);
    this.addSql(`create index \`rounds_barrier_item_id_index\` on \`rounds_barrier\` (\`item_id\`);`);

    this.addSql(`create table \`care_conference\` (\`id\` text not null, \`patient_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`scheduled_at\` datetime not null, \`location\` text null, \`status\` text not null default 'SCHEDULED', \`agenda\` json not null, \`notes\` text null, \`organizer_id\` text not null, constraint \`care_conference_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_organizer_id_foreign\` foreign key(\`organizer_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_conference_patient_id_index\` on \`care_conference\` (\`patient_id\`);`);
    this.addSql(`create index \`care_conference_organizer_id_index\` on \`care_conference\` (\`organizer_id\`);`);
    this.addSql(`create index \`care_conference_patient_id_scheduled_at_index\` on \`care_conference\` (\`patient_id\`, \`scheduled_at\`);`);

    this.addSql(`create table \`care_conference_summary\` (\`id\` text not null, \`patient_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conference_id\` text not null, \`conference_title\` text not null, \`held_at\` datetime not null, \`text\` text not null, \`published_at\` datetime not null, \`published_by_id\` text not null, \`published_by_name\` text not null, \`visibility\` text not null default 'FAMILY', constraint \`care_conference_summary_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_summary_conference_id_foreign\` foreign key(\`conference_id\`) references \`care_conference\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_summary_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_conference_summary_patient_id_index\` on \`care_conference_summary\` (\`patient_id\`);`);
    this.addSql(`create index \`care_conference_summary_conference_id_index\` on \`care_conference_summary\` (\`conference_id\`);`);
    this.addSql(`create index \`care_conference_summary_published_by_id_index\` on \`care_conference_summary\` (\`published_by_id\`);`);
    this.addSql(`create unique index \`care_conference_summary_conference_id_unique\` on \`care_conference_summary\` (\`conference_id\`);`);

    this.addSql(`create table \`care_conference_decision\` (\`id\` text not null, \`patient_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conference_id\` text not null, \`text\` text not null, \`author_id\` text not null, \`task_id\` text null, constraint \`care_conference_decision_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_decision_conference_id_foreign\` foreign key(\`conference_id\`) references \`care_conference\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_decision_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_conference_decision_patient_id_index\` on \`care_conference_decision\` (\`patient_id\`);`);
    this.addSql(`create index \`care_conference_decision_conference_id_index\` on \`care_conference_decision\` (\`conference_id\`);`);
    this.addSql(`create index \`care_conference_decision_author_id_index\` on \`care_conference_decision\` (\`author_id\`);`);
    this.addSql(`create index \`care_conference_decision_conference_id_created_at_index\` on \`care_conference_decision\` (\`conference_id\`, \`created_at\`);`);

    this.addSql(`create table \`care_conference_attendee\` (\`id\` text not null, \`patient_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conference_id\` text not null, \`kind\` text not null, \`user_id\` text null, \`name\` text not null, \`relationship\` text null, \`mode\` text not null, constraint \`care_conference_attendee_patient_id_foreign\` foreign key(\`patient_id\`) references \`patient\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_attendee_conference_id_foreign\` foreign key(\`conference_id\`) references \`care_conference\`(\`id\`) on delete cascade on update cascade, constraint \`care_conference_attendee_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_conference_attendee_patient_id_index\` on \`care_conference_attendee\` (\`patient_id\`);`);
    this.addSql(`create index \`care_conference_attendee_user_id_index\` on \`care_conference_attendee\` (\`user_id\`);`);
    this.addSql(`create index \`care_conference_attendee_conference_id_index\` on \`care_conference_attendee\` (\`conference_id\`);`);

  }

}
