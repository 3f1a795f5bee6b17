import { Migration } from '@mikro-orm/migrations';

export class Migration20261125164156 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rounds_session" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" uuid not null, "date" varchar(10) not null, "facilitator_id" uuid not null, "status" varchar(12) not null default 'PLANNED', "current_item_id" uuid null, "current_since" timestamptz null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "rounds_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "rounds_session" add constraint "rounds_session_unit_id_date_unique" unique ("unit_id", "date");`);

    this.addSql(`create table "rounds_agenda_item" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "patient_id" uuid not null, "position" varchar(64) not null, "time_box_seconds" int not null, "spent_seconds" int not null default 0, "discussed_at" timestamptz null, constraint "rounds_agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "rounds_agenda_item_session_id_position_index" on "rounds_agenda_item" ("session_id", "position");`);
    this.addSql(`alter table "rounds_agenda_item" add constraint "rounds_agenda_item_session_id_patient_id_unique" unique ("session_id", "patient_id");`);

    this.addSql(`create table "rounds_update" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "item_id" uuid not null, "patient_id" uuid not null, "discipline" varchar(8) not null, "author_id" uuid not null, "status_since_last" varchar(2000) null, "concerns" varchar(2000) null, "plan_for_today" varchar(2000) null, constraint "rounds_update_pkey" primary key ("id"));`);
    this.addSql(`alter table "rounds_update" add constraint "rounds_update_item_id_discipline_unique" unique ("item_id", "discipline");`);

    this.addSql(`create table "rounds_decision" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "item_id" uuid not null, "patient_id" uuid not null, "text" varchar(1000) not null, "author_id" uuid not null, "task_id" uuid null, constraint "rounds_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "rounds_decision_item_id_created_at_index" on "rounds_decision" ("item_id", "created_at");`);

    this.addSql(`create table "rounds_barrier" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "item_id" uuid not null, "patient_id" uuid not null, "description" varchar(500) not null, "owner_id" uuid null, "due_date" varchar(10) null, "status" varchar(10) not null default 'OPEN', constraint "rounds_barrier_pkey" primary key ("id"));`);
    this.addSql(`create index "rounds_barrier_item_id_index" on "rounds_barrier" ("item_id");`);

    this.addSql(`create table "care_conference" ("id" uuid not null, "patient_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "scheduled_at" timestamptz not null, "location" varchar(300) null, "status" varchar(12) not null default 'SCHEDULED', "agenda" jsonb not null, "notes" varchar(8000) null, "organizer_id" uuid not null, constraint "care_conference_pkey" primary key ("id"));`);
    this.addSql(`create index "care_conference_patient_id_scheduled_at_index" on "care_conference" ("patient_id", "scheduled_at");`);

    this.addSql(`create table "care_conference_summary" ("id" uuid not null, "patient_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conference_id" uuid not null, "conference_title" varchar(200) not null, "held_at" timestamptz not null, "text" varchar(8000) not null, "published_at" timestamptz not null, "published_by_id" uuid not null, "published_by_name" varchar(200) not null, "visibility" varchar(8) not null default 'FAMILY', constraint "care_conference_summary_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_conference_summary" add constraint "care_conference_summary_conference_id_unique" unique ("conference_id");`);

    this.addSql(`create table "care_conference_decision" ("id" uuid not null, "patient_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conference_id" uuid not null, "text" varchar(1000) not null, "author_id" uuid not null, "task_id" uuid null, constraint "care_conference_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "care_conference_decision_conference_id_created_at_index" on "care_conference_decision" ("conference_id", "created_at");`);

    this.addSql(`create table "care_conference_attendee" ("id" uuid not null, "patient_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conference_id" uuid not null, "kind" varchar(8) not null, "user_id" uuid null, "name" varchar(200) not null, "relationship" varchar(60) null, "mode" varchar(10) not null, constraint "care_conference_attendee_pkey" primary key ("id"));`);
    this.addSql(`create index "care_conference_attendee_conference_id_index" on "care_conference_attendee" ("conference_id");`);

    this.addSql(`alter table "rounds_session" add constraint "rounds_session_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "rounds_session" add constraint "rounds_session_facilitator_id_foreign" foreign key ("facilitator_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "rounds_agenda_item" add constraint "rounds_agenda_item_session_id_foreign" foreign key ("session_id") references "rounds_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_agenda_item" add constraint "rounds_agenda_item_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);

    this.addSql(`alter table "rounds_update" add constraint "rounds_update_session_id_foreign" foreign key ("session_id") references "rounds_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_update" add constraint "rounds_update_item_id_foreign" foreign key ("item_id") references "rounds_agenda_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_update" add constraint "rounds_update_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "rounds_update" add constraint "rounds_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "rounds_decision" add constraint "rounds_decision_session_id_foreign" foreign key ("session_id") references "rounds_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_decision" add constraint "rounds_decision_item_id_foreign" foreign key ("item_id") references "rounds_agenda_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_decision" add constraint "rounds_decision_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "rounds_decision" add constraint "rounds_decision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "rounds_barrier" add constraint "rounds_barrier_session_id_foreign" foreign key ("session_id") references "rounds_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_barrier" add constraint "rounds_barrier_item_id_foreign" foreign key ("item_id") references "rounds_agenda_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rounds_barrier" add constraint "rounds_barrier_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "rounds_barrier" add constraint "rounds_barrier_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "care_conference" add constraint "care_conference_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference" add constraint "care_conference_organizer_id_foreign" foreign key ("organizer_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_conference_summary" add constraint "care_conference_summary_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_summary" add constraint "care_conference_summary_conference_id_foreign" foreign key ("conference_id") references "care_conference" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_summary" add constraint "care_conference_summary_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_conference_decision" add constraint "care_conference_decision_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_decision" add constraint "care_conference_decision_conference_id_foreign" foreign key ("conference_id") references "care_conference" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_decision" add constraint "care_conference_decision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "care_conference_attendee" add constraint "care_conference_attendee_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_attendee" add constraint "care_conference_attendee_conference_id_foreign" foreign key ("conference_id") references "care_conference" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_conference_attendee" add constraint "care_conference_attendee_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rounds_agenda_item" drop constraint "rounds_agenda_item_session_id_foreign";`);

    this.addSql(`alter table "rounds_update" drop constraint "rounds_update_session_id_foreign";`);

    this.addSql(`alter table "rounds_decision" drop constraint "rounds_decision_session_id_foreign";`);

    this.addSql(`alter table "rounds_barrier" drop constraint "rounds_barrier_session_id_foreign";`);

    this.addSql(`alter table "rounds_update" drop constraint "rounds_update_item_id_foreign";`);

    this.addSql(`alter table "rounds_decision" drop constraint "rounds_decision_item_id_foreign";`);

    this.addSql(`alter table "rounds_barrier" drop constraint "rounds_barrier_item_id_foreign";`);

    this.addSql(`alter table "care_conference_summary" drop constraint "care_conference_summary_conference_id_foreign";`);

    this.addSql(`alter table "care_conference_decision" drop constraint "care_conference_decision_conference_id_foreign";`);

    this.addSql(`alter table "care_conference_attendee" drop constraint "care_conference_attendee_conference_id_foreign";`);

    this.addSql(`drop table if exists "rounds_session" cascade;`);

    this.addSql(`drop table if exists "rounds_agenda_item" cascade;`);

    this.addSql(`drop table if exists "rounds_update" cascade;`);

    this.addSql(`drop table if exists "rounds_decision" cascade;`);

    this.addSql(`drop table if exists "rounds_barrier" cascade;`);

    this.addSql(`drop table if exists "care_conference" cascade;`);

    this.addSql(`drop table if exists "care_conference_summary" cascade;`);

    this.addSql(`drop table if exists "care_conference_decision" cascade;`);

    this.addSql(`drop table if exists "care_conference_attendee" cascade;`);
  }

}
