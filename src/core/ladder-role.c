/* ladder-role.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-role.h"

#include "ladder-bullet-private.h"
#include "ladder-role-private.h"
#include "ladder-role-text.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-text.h"

struct _LadderRole
{
  GObject parent_instance;

  char *title;
  char *reports_to;
  char *reports_to_link;
  int   job_grade;
  char *grade_link;
  char *extends;
  /* The role "extends" names, once that role was renamed: "extends" keeps
   * following it by what it is, not by the title it had, through a title
   * emptied or equal to another's while it is typed. Weak, and set only
   * then: most roles never hold one. */
  GWeakRef extended;
  gboolean has_extended;

  LadderBulletStore *responsibilities;
  LadderBulletStore *requirements;
  GListStore        *subsections;
  /* Made when first asked for (ladder-role-text.c). */
  GListStore        *texts;
  LadderOwnerLink    owner_link;

  int          heading_level;
  guint        region;
  LadderOrigin heading_origin;
  GPtrArray   *slots;
};

G_DEFINE_FINAL_TYPE (LadderRole, ladder_role, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_REPORTS_TO,
  PROP_REPORTS_TO_LINK,
  PROP_JOB_GRADE,
  PROP_GRADE_LINK,
  PROP_EXTENDS,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The family hears of a change first, so that its recorders know of it
 * by the time anyone hears of ::changed. */
void
ladder_role_report (LadderRole *self, const LadderChange *change)
{
  ladder_owner_link_notify (&self->owner_link, change);
  g_signal_emit (self, signals[CHANGED], 0);
}

#define report ladder_role_report

static void
on_item_changed (gpointer owner, const LadderChange *change)
{
  report (owner, change);
}

static void
report_property (LadderRole *self, guint prop_id, const GValue *old_value, const GValue *new_value)
{
  LadderChange change = {
    .kind = LADDER_CHANGE_PROPERTY,
    .object = self,
    .property = { properties[prop_id], old_value, new_value },
  };

  report (self, &change);
}

/* Replaces the string in @field, telling of it. */
static void
set_string (LadderRole *self, char **field, guint prop_id, const char *value)
{
  g_autofree char *old = NULL;
  GValue           old_value = G_VALUE_INIT;
  GValue           new_value = G_VALUE_INIT;

  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  old = g_steal_pointer (field);
  *field = g_strdup (value);

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_set_static_string (&old_value, old);
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_static_string (&new_value, *field);
  report_property (self, prop_id, &old_value, &new_value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
report_field (LadderRole *self, LadderFieldSetter set, int old_value, int new_value)
{
  LadderChange change = {
    .kind = LADDER_CHANGE_FIELD,
    .object = self,
    .field = { set, old_value, new_value },
  };

  report (self, &change);
}

static void
ladder_role_dispose (GObject *object)
{
  LadderRole *self = (LadderRole *) object;

  if (self->responsibilities != NULL)
    {
      ladder_bullet_store_release (self->responsibilities);
      ladder_bullet_store_release (self->requirements);
      ladder_list_store_release (self->subsections, self);
    }
  if (self->texts != NULL)
    ladder_role_texts_release (self->texts);
  g_clear_object (&self->texts);
  g_clear_object (&self->responsibilities);
  g_clear_object (&self->requirements);
  g_clear_object (&self->subsections);

  G_OBJECT_CLASS (ladder_role_parent_class)->dispose (object);
}

static void
ladder_role_finalize (GObject *object)
{
  LadderRole *self = (LadderRole *) object;

  g_free (self->title);
  g_free (self->reports_to);
  g_free (self->reports_to_link);
  g_free (self->grade_link);
  g_free (self->extends);
  if (self->has_extended)
    g_weak_ref_clear (&self->extended);
  ladder_origin_clear (&self->heading_origin);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_role_parent_class)->finalize (object);
}

static void
ladder_role_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRole *self = LADDER_ROLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_REPORTS_TO:
      g_value_set_string (value, self->reports_to);
      break;

    case PROP_REPORTS_TO_LINK:
      g_value_set_string (value, self->reports_to_link);
      break;

    case PROP_JOB_GRADE:
      g_value_set_int (value, self->job_grade);
      break;

    case PROP_GRADE_LINK:
      g_value_set_string (value, self->grade_link);
      break;

    case PROP_EXTENDS:
      g_value_set_string (value, self->extends);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LadderRole *self = LADDER_ROLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ladder_role_set_title (self, g_value_get_string (value));
      break;

    case PROP_REPORTS_TO:
      ladder_role_set_reports_to (self, g_value_get_string (value));
      break;

    case PROP_REPORTS_TO_LINK:
      ladder_role_set_reports_to_link (self, g_value_get_string (value));
      break;

    case PROP_JOB_GRADE:
      ladder_role_set_job_grade (self, g_value_get_int (value));
      break;

    case PROP_GRADE_LINK:
      ladder_role_set_grade_link (self, g_value_get_string (value));
      break;

    case PROP_EXTENDS:
      ladder_role_set_extends (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_class_init (LadderRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_role_dispose;
  object_class->finalize = ladder_role_finalize;
  object_class->get_property = ladder_role_get_property;
  object_class->set_property = ladder_role_set_property;

  /**
   * LadderRole:title:
   *
   * The role's title as plain text ("Senior Manager, Product Marketing").
   */
  properties[PROP_TITLE] = g_param_spec_string (
      "title", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderRole:reports-to:
   *
   * The title of the role this one reports to, as plain text; empty when the
   * page does not say.
   */
  properties[PROP_REPORTS_TO] = g_param_spec_string (
      "reports-to", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderRole:reports-to-link:
   *
   * Where the manager's title links to; empty for no link.
   */
  properties[PROP_REPORTS_TO_LINK] = g_param_spec_string (
      "reports-to-link", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderRole:job-grade:
   *
   * The job grade, or %LADDER_GRADE_NONE.
   */
  properties[PROP_JOB_GRADE] = g_param_spec_int (
      "job-grade", NULL, NULL, LADDER_GRADE_NONE, LADDER_GRADE_MAX, LADDER_GRADE_NONE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderRole:grade-link:
   *
   * Where the grade links to; empty for a grade written without a link.
   * New roles link to the handbook's table of job grades.
   */
  properties[PROP_GRADE_LINK] = g_param_spec_string (
      "grade-link", NULL, NULL, LADDER_DEFAULT_GRADE_LINK,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderRole:extends:
   *
   * The title of the role whose responsibilities and requirements this role
   * extends, or empty.
   */
  properties[PROP_EXTENDS] = g_param_spec_string (
      "extends", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderRole::changed:
   *
   * Emitted after any change to the role, its bullets or its subsections.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_role_init (LadderRole *self)
{
  self->title = g_strdup ("");
  self->reports_to = g_strdup ("");
  self->reports_to_link = g_strdup ("");
  self->grade_link = g_strdup (LADDER_DEFAULT_GRADE_LINK);
  self->extends = g_strdup ("");
  self->job_grade = LADDER_GRADE_NONE;
  self->heading_level = 3;
  ladder_origin_init (&self->heading_origin);

  self->responsibilities = ladder_bullet_store_new (self, on_item_changed);
  self->requirements = ladder_bullet_store_new (self, on_item_changed);
  self->subsections = g_list_store_new (LADDER_TYPE_SECTION);
}

LadderRole *
ladder_role_new (const char *title)
{
  LadderRole *self = g_object_new (LADDER_TYPE_ROLE, NULL);

  if (title != NULL)
    {
      g_free (self->title);
      self->title = g_strdup (title);
    }

  return self;
}

static void
copy_list (LadderRole *owner, GListStore *from, GListStore *to, gpointer (*copy_func) (gpointer))
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr (GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);

      g_ptr_array_add (copies, copy_func (item));
    }

  g_list_store_splice (to, 0, 0, copies->pdata, copies->len);
  ladder_list_store_adopt (to, 0, copies->len, owner, on_item_changed);
}

static void
copy_bullets (LadderBulletStore *from, LadderBulletStore *to)
{
  guint                           n_items = ladder_bullet_store_get_n (from);
  g_autofree LadderBulletRecord **copies = g_new (LadderBulletRecord *, MAX (n_items, 1));

  for (guint i = 0; i < n_items; i++)
    copies[i] = ladder_bullet_record_copy (ladder_bullet_store_get_record (from, i));
  ladder_bullet_store_take_records (to, copies, n_items);
}

/* The level of the headings of @self's parts (the page's "## Requirements"
 * of a role without a heading of its own). */
static int
parts_level (LadderRole *self)
{
  int level = 0;

  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    {
      const LadderSlot *slot = g_ptr_array_index (self->slots, i);

      if (ladder_slot_kind_is_heading (slot->kind) && slot->level > 0
          && (level == 0 || slot->level < level))
        level = slot->level;
    }

  return level > 0 ? level : 2;
}

/* A role without a heading, given one: its parts' headings, and every
 * heading in its words (the "### Technical" that divides a list), go as
 * many levels deeper as its parts must, under the role's heading at
 * @sublevel - 1; else they would read back as parts of their own. */
static void
deepen_parts (LadderRole *self, int sublevel)
{
  int by = sublevel - parts_level (self);

  if (by <= 0)
    return;

  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    {
      LadderSlot *slot = g_ptr_array_index (self->slots, i);

      if (ladder_slot_kind_is_heading (slot->kind))
        {
          if (slot->level > 0)
            slot->level = MIN (slot->level + by, 6);
          ladder_origin_clear (&slot->origin);
        }
      else if (slot->kind == LADDER_SLOT_TEXT && slot->origin.source != NULL)
        {
          char *deeper = ladder_markdown_deepen_headings (slot->origin.source, by);

          g_free (slot->origin.source);
          slot->origin.source = deeper;
        }
    }

  for (guint which = 0; which < 2; which++)
    {
      guint n_items = ladder_role_get_n_bullets (self, which);

      for (guint i = 0; i < n_items; i++)
        {
          LadderBulletRecord *record = ladder_role_get_bullet_record (self, which, i);
          const char         *prefix = ladder_bullet_record_peek_prefix (record);

          if (prefix != NULL && *prefix != '\0')
            {
              g_autofree char *deeper = ladder_markdown_deepen_headings (prefix, by);

              ladder_bullet_record_set_prefix (record, deeper,
                                               ladder_bullet_record_peek_prefix_gap (record));
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->subsections)); i++)
    {
      g_autoptr (LadderSection) section
          = g_list_model_get_item (G_LIST_MODEL (self->subsections), i);
      g_autofree char *body
          = ladder_markdown_deepen_headings (ladder_section_get_body (section), by);

      ladder_section_set_level (section, MIN (ladder_section_get_level (section) + by, 6));
      ladder_section_set_body (section, body);
    }
}

/**
 * ladder_role_duplicate:
 * @self: a role
 *
 * A copy of @self to stand beside it as another role, as the editor's
 * Duplicate makes: as ladder_role_copy(), but a role the page gave no
 * heading of its own (a page about one role, its parts at the top) gets
 * one, written as the template writes a role, so that the copy reads back
 * as a role of its own. Its copy without a heading was read back as part
 * of the first, its title lost.
 *
 * Returns: (transfer full): the copy
 */
LadderRole *
ladder_role_duplicate (LadderRole *self)
{
  LadderRole *copy = ladder_role_copy (self);

  if (copy->heading_level == 0)
    {
      copy->heading_level = 2;
      ladder_origin_clear (&copy->heading_origin);
      deepen_parts (copy, ladder_block_subheading_level (copy->heading_level));
    }

  return copy;
}

/**
 * ladder_role_new_beside:
 * @neighbour: (nullable): the role the new one is added after
 *
 * A new role, its title empty, as the editor's Add Role makes: in
 * @neighbour's run of roles and at its heading level, so that the page
 * reads back with the new role beside @neighbour. A role written one level
 * below its neighbour was read back as a part of it; one beside a role the
 * page gave no heading (a page about one role) gets a heading, as a
 * duplicate of it does.
 *
 * Returns: (transfer full): the new role
 */
LadderRole *
ladder_role_new_beside (LadderRole *neighbour)
{
  LadderRole *role = ladder_role_new ("");

  g_return_val_if_fail (neighbour == NULL || LADDER_IS_ROLE (neighbour), role);

  if (neighbour != NULL)
    {
      role->region = neighbour->region;
      role->heading_level = neighbour->heading_level > 0 ? neighbour->heading_level : 2;
    }

  return role;
}

/* The usual way to write the next level: everything is copied, including
 * how the page wrote it. */
LadderRole *
ladder_role_copy (LadderRole *self)
{
  LadderRole *copy;

  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  copy = ladder_role_new (self->title);
  g_free (copy->reports_to);
  copy->reports_to = g_strdup (self->reports_to);
  g_free (copy->reports_to_link);
  copy->reports_to_link = g_strdup (self->reports_to_link);
  copy->job_grade = self->job_grade;
  g_free (copy->grade_link);
  copy->grade_link = g_strdup (self->grade_link);
  g_free (copy->extends);
  copy->extends = g_strdup (self->extends);
  copy->heading_level = self->heading_level;
  copy->region = self->region;
  ladder_origin_copy_into (&copy->heading_origin, &self->heading_origin);

  copy_bullets (self->responsibilities, copy->responsibilities);
  copy_bullets (self->requirements, copy->requirements);
  copy_list (copy, self->subsections, copy->subsections, (gpointer) ladder_section_copy);

  if (self->slots != NULL)
    copy->slots = ladder_slots_copy (self->slots);
  ladder_model_copy_unknown_members (self, copy);

  return copy;
}

const char *
ladder_role_get_title (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->title;
}

void
ladder_role_set_title (LadderRole *self, const char *title)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  set_string (self, &self->title, PROP_TITLE, title);
}

const char *
ladder_role_get_reports_to (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->reports_to;
}

void
ladder_role_set_reports_to (LadderRole *self, const char *reports_to)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  set_string (self, &self->reports_to, PROP_REPORTS_TO, reports_to);
}

const char *
ladder_role_get_reports_to_link (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->reports_to_link;
}

void
ladder_role_set_reports_to_link (LadderRole *self, const char *link)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  set_string (self, &self->reports_to_link, PROP_REPORTS_TO_LINK, link);
}

int
ladder_role_get_job_grade (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), LADDER_GRADE_NONE);

  return self->job_grade;
}

void
ladder_role_set_job_grade (LadderRole *self, int grade)
{
  GValue old_value = G_VALUE_INIT;
  GValue new_value = G_VALUE_INIT;

  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (grade >= LADDER_GRADE_NONE && grade <= LADDER_GRADE_MAX);

  if (self->job_grade == grade)
    return;

  g_value_init (&old_value, G_TYPE_INT);
  g_value_set_int (&old_value, self->job_grade);
  g_value_init (&new_value, G_TYPE_INT);
  g_value_set_int (&new_value, grade);
  self->job_grade = grade;
  report_property (self, PROP_JOB_GRADE, &old_value, &new_value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_GRADE]);
}

const char *
ladder_role_get_grade_link (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->grade_link;
}

void
ladder_role_set_grade_link (LadderRole *self, const char *link)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  set_string (self, &self->grade_link, PROP_GRADE_LINK, link);
}

const char *
ladder_role_get_extends (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->extends;
}

static void
forget_extended (LadderRole *self)
{
  if (self->has_extended)
    {
      g_weak_ref_clear (&self->extended);
      self->has_extended = FALSE;
    }
}

void
ladder_role_set_extends (LadderRole *self, const char *extends)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  forget_extended (self);
  set_string (self, &self->extends, PROP_EXTENDS, extends);
}

/**
 * ladder_role_dup_extended:
 *
 * The role whose renaming "extends" followed (ladder_role_follow_extended()),
 * while it lives and "extends" was not set since.
 *
 * Returns: (transfer full) (nullable): that role, or %NULL
 */
LadderRole *
ladder_role_dup_extended (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->has_extended ? g_weak_ref_get (&self->extended) : NULL;
}

/**
 * ladder_role_follow_extended:
 * @extended: the role that @self extends, just renamed
 *
 * Gives "extends" the title of @extended, and follows it from then on.
 */
void
ladder_role_follow_extended (LadderRole *self, LadderRole *extended)
{
  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (LADDER_IS_ROLE (extended));

  forget_extended (self);
  set_string (self, &self->extends, PROP_EXTENDS, extended->title);
  g_weak_ref_init (&self->extended, extended);
  self->has_extended = TRUE;
}

GListModel *
ladder_role_get_responsibilities (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return G_LIST_MODEL (self->responsibilities);
}

GListModel *
ladder_role_get_requirements (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return G_LIST_MODEL (self->requirements);
}

LadderBulletStore *
ladder_role_get_bullet_store (LadderRole *self, LadderBulletList list)
{
  return list == LADDER_BULLET_LIST_REQUIREMENTS ? self->requirements : self->responsibilities;
}

GListModel *
ladder_role_get_bullets (LadderRole *self, LadderBulletList list)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return G_LIST_MODEL (ladder_role_get_bullet_store (self, list));
}

GListModel *
ladder_role_get_subsections (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return G_LIST_MODEL (self->subsections);
}

void
ladder_role_insert_subsection (LadderRole *self, guint position, LadderSection *section)
{
  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (LADDER_IS_SECTION (section));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->subsections)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->subsections), position, 0,
                            (gpointer *) &section, 1);
}

void
ladder_role_remove_subsection (LadderRole *self, guint position)
{
  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->subsections)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->subsections), position, 1, NULL, 0);
}

static void
set_heading_level_field (gpointer object, int value)
{
  ladder_role_set_heading_level (object, value);
}

static void
set_region_field (gpointer object, int value)
{
  ladder_role_set_region (object, (guint) value);
}

int
ladder_role_get_heading_level (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), 0);

  return self->heading_level;
}

void
ladder_role_set_heading_level (LadderRole *self, int level)
{
  int old_level;

  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (level >= 0 && level <= 6);

  if (self->heading_level == level)
    return;

  old_level = self->heading_level;
  self->heading_level = level;
  report_field (self, set_heading_level_field, old_level, level);
}

guint
ladder_role_get_region (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), 0);

  return self->region;
}

void
ladder_role_set_region (LadderRole *self, guint region)
{
  guint old_region;

  g_return_if_fail (LADDER_IS_ROLE (self));

  if (self->region == region)
    return;

  old_region = self->region;
  self->region = region;
  report_field (self, set_region_field, (int) old_region, (int) region);
}

LadderOrigin *
ladder_role_get_heading_origin (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return &self->heading_origin;
}

GPtrArray *
ladder_role_get_slots (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  return self->slots;
}

void
ladder_role_take_slots (LadderRole *self, GPtrArray *slots)
{
  g_return_if_fail (LADDER_IS_ROLE (self));

  if (self->texts != NULL)
    ladder_role_texts_release (self->texts);
  g_clear_object (&self->texts);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  self->slots = slots;
}

GListModel *
ladder_role_get_texts (LadderRole *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  if (self->texts == NULL)
    self->texts = ladder_role_texts_new (self, self->slots, on_item_changed);

  return G_LIST_MODEL (self->texts);
}

LadderOwnerLink *
ladder_role_get_owner_link (LadderRole *self)
{
  return &self->owner_link;
}
