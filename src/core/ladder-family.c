/* ladder-family.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-family.h"

#include "ladder-family-private.h"
#include "ladder-markdown-blocks.h"
#include "ladder-role-private.h"
#include "ladder-yaml.h"

typedef struct
{
  LadderChangeRecorder func;
  gpointer             user_data;
} Recorder;

G_DEFINE_FINAL_TYPE (LadderFamily, ladder_family, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_INTRO,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Whether @change renames a role (its title typed, pasted or undone). */
static gboolean
is_role_renamed (const LadderChange *change)
{
  return change->kind == LADDER_CHANGE_PROPERTY && LADDER_IS_ROLE (change->object)
         && g_str_equal (change->property.pspec->name, "title");
}

/* Whether a role other than @renamed still has the title @old_key (case
 * folded): then "extends" naming it still names a role, the one it named
 * unless @renamed was only passing through that title as it was typed. */
static gboolean
still_named (LadderFamily *self, LadderRole *renamed, const char *old_key)
{
  GListModel *roles = G_LIST_MODEL (self->roles);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      g_autofree char *key = NULL;

      if (role == renamed)
        continue;
      key = g_utf8_casefold (ladder_role_get_title (role), -1);
      if (g_str_equal (key, old_key))
        return TRUE;
    }

  return FALSE;
}

/* The role @role followed when it was last renamed, while it stands in the
 * family: one deleted (and kept by the history) is no longer followed. */
static LadderRole *
dup_followed (LadderFamily *self, LadderRole *role)
{
  g_autoptr (LadderRole) extended = ladder_role_dup_extended (role);

  if (extended == NULL || ladder_role_get_owner_link (extended)->owner != self)
    return NULL;

  return g_steal_pointer (&extended);
}

/* A role renamed: the roles that report to it through a link to its
 * heading ("reports to the [Manager, Trust and Safety](#manager-trust-and-
 * safety)") follow it, link and name, or the link went to a heading the
 * page no longer has. A name other than the title stays as written. Not
 * while another role still has the old title: the link may be its. */
static void
follow_manager_links (LadderFamily *self, LadderRole *renamed, const char *old_title)
{
  GListModel      *roles = G_LIST_MODEL (self->roles);
  const char      *title = ladder_role_get_title (renamed);
  g_autofree char *old_key = NULL;
  g_autofree char *old_anchor = NULL;
  g_autofree char *old_link = NULL;
  g_autofree char *new_anchor = NULL;
  g_autofree char *new_link = NULL;

  if (old_title == NULL || *old_title == '\0' || *title == '\0')
    return;

  old_key = g_utf8_casefold (old_title, -1);
  old_anchor = ladder_block_heading_anchor (old_title);
  new_anchor = ladder_block_heading_anchor (title);
  if (*old_anchor == '\0' || *new_anchor == '\0' || g_str_equal (old_anchor, new_anchor)
      || still_named (self, renamed, old_key))
    return;

  old_link = g_strconcat ("#", old_anchor, NULL);
  new_link = g_strconcat ("#", new_anchor, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      g_autofree char *manager_key = NULL;

      if (role == NULL || role == renamed
          || g_strcmp0 (ladder_role_get_reports_to_link (role), old_link) != 0)
        continue;

      manager_key = g_utf8_casefold (ladder_role_get_reports_to (role), -1);
      if (g_str_equal (manager_key, old_key))
        ladder_role_set_reports_to (role, title);
      ladder_role_set_reports_to_link (role, new_link);
    }
}

/* A role renamed: the roles that extend it follow its new title, in the
 * same undo step, since the editor offers "extends" as a choice among the
 * roles, and the page's "Extends that of the …" sentence would otherwise
 * name a role that is no more. A role that followed once follows that
 * role from then on, whatever titles it passes through as it is typed.
 * Roles are read anew on each turn: whoever hears of a follow-up may
 * change the list. */
static void
follow_rename (LadderFamily *self, LadderRole *renamed, const char *old_title)
{
  GListModel      *roles = G_LIST_MODEL (self->roles);
  g_autofree char *old_key = NULL;
  int              orphaned = -1;

  ladder_family_begin_follow_ups (self);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      g_autoptr (LadderRole) extended = NULL;
      const char *extends;
      gboolean    follows;

      if (role == NULL || role == renamed)
        continue;

      extends = ladder_role_get_extends (role);
      extended = dup_followed (self, role);
      if (extended != NULL)
        follows = extended == renamed;
      else if (*extends == '\0' || old_title == NULL || *old_title == '\0')
        follows = FALSE;
      else
        {
          g_autofree char *key = g_utf8_casefold (extends, -1);

          if (old_key == NULL)
            old_key = g_utf8_casefold (old_title, -1);
          follows = g_str_equal (key, old_key);
          if (follows && orphaned < 0)
            orphaned = !still_named (self, renamed, old_key);
          follows = follows && orphaned;
        }

      if (follows)
        ladder_role_follow_extended (role, renamed);
    }
  follow_manager_links (self, renamed, old_title);
  ladder_family_end_follow_ups (self);
}

/* The page's one role has no heading: its title is the page's title, and
 * the page gives it back so when read again. The two follow each other,
 * in the same undo step; renamed apart, the family's title renamed the
 * role on reopening, and the role's typed title was lost (84 corpus
 * pages). */
static gboolean
is_page_role (LadderFamily *self, LadderRole *role, const char *title)
{
  return ladder_role_get_heading_level (role) == 0 && title != NULL
         && g_str_equal (ladder_role_get_title (role), title)
         && ladder_role_get_owner_link (role)->owner == self;
}

static void
follow_family_title (LadderFamily *self, const LadderChange *change)
{
  GListModel      *roles = G_LIST_MODEL (self->roles);
  g_autofree char *old_title = NULL;
  g_autofree char *new_title = NULL;

  if (g_strcmp0 (change->front_matter.old_key, "title") != 0
      || g_strcmp0 (change->front_matter.new_key, "title") != 0)
    return;

  old_title = ladder_yaml_decode_scalar (change->front_matter.old_yaml);
  new_title = ladder_yaml_decode_scalar (change->front_matter.new_yaml);
  /* Through an empty title too: a title typed anew after Ctrl+A went
   * through "" (and the role stayed behind). */
  if (old_title == NULL || new_title == NULL)
    return;

  ladder_family_begin_follow_ups (self);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      if (is_page_role (self, role, old_title))
        {
          ladder_role_set_title (role, new_title);
          follow_rename (self, role, old_title);
        }
    }
  ladder_family_end_follow_ups (self);
}

static void
follow_page_role_title (LadderFamily *self, LadderRole *role, const char *old_title)
{
  const char *title = ladder_role_get_title (role);

  if (ladder_role_get_heading_level (role) != 0 || old_title == NULL
      || g_strcmp0 (self->title, old_title) != 0 || g_str_equal (title, old_title))
    return;

  ladder_family_begin_follow_ups (self);
  ladder_family_set_title (self, title);
  ladder_family_end_follow_ups (self);
}

/* Changes reported from now until ladder_family_end_follow_ups() follow
 * from another (LadderChange.follows): a rename's "extends" taken along,
 * or the changes of an undo or redo, which follow nothing anew. */
void
ladder_family_begin_follow_ups (LadderFamily *self)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  self->following++;
}

void
ladder_family_end_follow_ups (LadderFamily *self)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (self->following > 0);

  self->following--;
}

void
ladder_family_report_change (LadderFamily *self, const LadderChange *change)
{
  LadderChange follow_up;

  g_return_if_fail (LADDER_IS_FAMILY (self));

  if (change != NULL && self->following > 0 && !change->follows)
    {
      follow_up = *change;
      follow_up.follows = TRUE;
      change = &follow_up;
    }

  for (guint i = 0; i < self->recorders->len; i++)
    {
      Recorder *recorder = &g_array_index (self->recorders, Recorder, i);

      recorder->func (change, recorder->user_data);
    }

  if (self->changed_freeze > 0)
    self->changed_pending = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);

  if (change != NULL && !change->follows && is_role_renamed (change))
    {
      follow_rename (self, change->object, g_value_get_string (change->property.old_value));
      follow_page_role_title (self, change->object,
                              g_value_get_string (change->property.old_value));
    }
  else if (change != NULL && !change->follows && change->kind == LADDER_CHANGE_FRONT_MATTER)
    {
      follow_family_title (self, change);
    }
}

void
ladder_family_add_recorder (LadderFamily *self, LadderChangeRecorder recorder, gpointer user_data)
{
  Recorder entry = { recorder, user_data };

  g_return_if_fail (LADDER_IS_FAMILY (self));

  g_array_append_val (self->recorders, entry);
}

void
ladder_family_remove_recorder (LadderFamily        *self,
                               LadderChangeRecorder recorder,
                               gpointer             user_data)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  for (guint i = 0; i < self->recorders->len; i++)
    {
      Recorder *entry = &g_array_index (self->recorders, Recorder, i);

      if (entry->func == recorder && entry->user_data == user_data)
        {
          g_array_remove_index (self->recorders, i);
          return;
        }
    }
}

/* Undoing a step of many changes gives one ::changed, after the last. */
void
ladder_family_freeze_changed (LadderFamily *self)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  self->changed_freeze++;
}

void
ladder_family_thaw_changed (LadderFamily *self)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (self->changed_freeze > 0);

  if (--self->changed_freeze == 0 && self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
ladder_family_dispose (GObject *object)
{
  LadderFamily *self = (LadderFamily *) object;

  if (self->roles != NULL)
    {
      ladder_list_store_release (self->roles, self);
      ladder_list_store_release (self->sections, self);
    }
  g_clear_object (&self->roles);
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (ladder_family_parent_class)->dispose (object);
}

static void
ladder_family_finalize (GObject *object)
{
  LadderFamily *self = (LadderFamily *) object;

  g_array_unref (self->front_matter);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->intro);
  g_free (self->layout.front_matter_open);
  g_free (self->layout.front_matter_close);
  ladder_origin_clear (&self->layout.front_matter);
  ladder_origin_clear (&self->layout.intro);
  g_free (self->layout.final_gap);
  g_array_unref (self->recorders);

  G_OBJECT_CLASS (ladder_family_parent_class)->finalize (object);
}

static void
ladder_family_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderFamily *self = LADDER_FAMILY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_INTRO:
      g_value_set_string (value, self->intro);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_family_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LadderFamily *self = LADDER_FAMILY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ladder_family_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      ladder_family_set_summary (self, g_value_get_string (value));
      break;

    case PROP_INTRO:
      ladder_family_set_intro (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_family_class_init (LadderFamilyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_family_dispose;
  object_class->finalize = ladder_family_finalize;
  object_class->get_property = ladder_family_get_property;
  object_class->set_property = ladder_family_set_property;

  /**
   * LadderFamily:title:
   *
   * The page title, from the front matter's `title`.
   */
  properties[PROP_TITLE] = g_param_spec_string (
      "title", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderFamily:summary:
   *
   * The page summary, from the front matter's `summary` (or, on pages that
   * have no summary, `description`).
   */
  properties[PROP_SUMMARY] = g_param_spec_string (
      "summary", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderFamily:intro:
   *
   * The Markdown before the page's first heading.
   */
  properties[PROP_INTRO] = g_param_spec_string (
      "intro", NULL, NULL, "",
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderFamily::changed:
   *
   * Emitted after any change to the family or anything in it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_family_init (LadderFamily *self)
{
  self->front_matter = g_array_new (FALSE, TRUE, sizeof (FrontMatterEntry));
  g_array_set_clear_func (self->front_matter, ladder_family_front_matter_entry_clear);
  self->title = g_strdup ("");
  self->summary = g_strdup ("");
  self->intro = g_strdup ("");
  ladder_origin_init (&self->layout.front_matter);
  ladder_origin_init (&self->layout.intro);

  self->roles = g_list_store_new (LADDER_TYPE_ROLE);
  self->sections = g_list_store_new (LADDER_TYPE_SECTION);
  self->recorders = g_array_new (FALSE, FALSE, sizeof (Recorder));
}

/* A new family: a front matter with its title, and a place for its roles. */
LadderFamily *
ladder_family_new (void)
{
  LadderFamily *self = g_object_new (LADDER_TYPE_FAMILY, NULL);
  g_autoptr (LadderSection) roles = ladder_section_new (LADDER_SECTION_ROLES, "", 0);

  self->layout.has_front_matter = TRUE;
  ladder_family_append_section (self, roles);

  return self;
}

static void
copy_list (LadderFamily *copy, GListModel *from, GListModel *to, gpointer (*copy_func) (gpointer))
{
  guint n_items = g_list_model_get_n_items (from);
  g_autoptr (GPtrArray) copies = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (from, i);

      g_ptr_array_add (copies, copy_func (item));
    }

  ladder_owned_list_splice (copy, to, 0, 0, copies->pdata, copies->len);
}

/**
 * ladder_family_copy:
 * @self: a family
 *
 * Copies everything a Ladder file records of @self: its front matter,
 * intro, sections and roles, and how its page wrote them, so that the copy
 * is written as the same file and the same page. The copy shares nothing
 * with @self (the members a newer Ladder wrote included), so it can be
 * read in another thread while @self is edited; it has no undo history.
 *
 * Returns: (transfer full): the copy
 */
LadderFamily *
ladder_family_copy (LadderFamily *self)
{
  LadderFamily *copy;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  copy = g_object_new (LADDER_TYPE_FAMILY, NULL);

  g_array_set_size (copy->front_matter, self->front_matter->len);
  for (guint i = 0; i < self->front_matter->len; i++)
    {
      const FrontMatterEntry *entry = &g_array_index (self->front_matter, FrontMatterEntry, i);
      FrontMatterEntry       *copied = &g_array_index (copy->front_matter, FrontMatterEntry, i);

      copied->key = g_strdup (entry->key);
      copied->yaml = g_strdup (entry->yaml);
      copied->page_yaml = g_strdup (entry->page_yaml);
    }
  copy->seen_title = self->seen_title;
  copy->seen_summary = self->seen_summary;
  copy->seen_description = self->seen_description;
  g_free (copy->title);
  copy->title = g_strdup (self->title);
  g_free (copy->summary);
  copy->summary = g_strdup (self->summary);
  g_free (copy->intro);
  copy->intro = g_strdup (self->intro);

  copy->layout.has_front_matter = self->layout.has_front_matter;
  copy->layout.front_matter_open = g_strdup (self->layout.front_matter_open);
  copy->layout.front_matter_close = g_strdup (self->layout.front_matter_close);
  ladder_origin_copy_into (&copy->layout.front_matter, &self->layout.front_matter);
  ladder_origin_copy_into (&copy->layout.intro, &self->layout.intro);
  copy->layout.final_gap = g_strdup (self->layout.final_gap);
  copy->layout.no_final_newline = self->layout.no_final_newline;

  copy_list (copy, G_LIST_MODEL (self->sections), G_LIST_MODEL (copy->sections),
             (gpointer) ladder_section_copy);
  copy_list (copy, G_LIST_MODEL (self->roles), G_LIST_MODEL (copy->roles),
             (gpointer) ladder_role_copy);
  ladder_model_copy_unknown_members (self, copy);

  return copy;
}

/* Keeps the title and summary properties in step with the front matter,
 * notifying only what really changed. */
void
ladder_family_sync_properties (LadderFamily *self)
{
  const char      *summary_key = ladder_family_summary_key (self);
  g_autofree char *title = ladder_family_dup_front_matter_value (self, "title");
  g_autofree char *summary = ladder_family_dup_front_matter_value (self, summary_key);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->title, title ?: "") != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title ?: "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  if (g_strcmp0 (self->summary, summary ?: "") != 0)
    {
      g_free (self->summary);
      self->summary = g_strdup (summary ?: "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
ladder_family_get_title (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return self->title;
}

void
ladder_family_set_title (LadderFamily *self, const char *title)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  ladder_family_set_front_matter_value (self, "title", title ?: "");
}

const char *
ladder_family_get_summary (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return self->summary;
}

void
ladder_family_set_summary (LadderFamily *self, const char *summary)
{
  const char *key;

  g_return_if_fail (LADDER_IS_FAMILY (self));

  if (g_strcmp0 (self->summary, summary ?: "") == 0)
    return;

  /* A summary typed where the page had none and taken out again leaves the
   * page without one, as it was: it gained `description: ""`. One the page
   * had keeps its line, emptied. */
  key = ladder_family_summary_key (self);
  if ((summary == NULL || *summary == '\0') && !ladder_family_front_matter_was_read (self, key))
    ladder_family_set_front_matter_value (self, key, NULL);
  else
    ladder_family_set_front_matter_value (self, key, summary ?: "");
}

const char *
ladder_family_get_intro (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return self->intro;
}

void
ladder_family_set_intro (LadderFamily *self, const char *intro)
{
  g_autofree char *old_intro = NULL;
  GValue           old_value = G_VALUE_INIT;
  GValue           new_value = G_VALUE_INIT;
  LadderChange     change = {
        .kind = LADDER_CHANGE_PROPERTY,
        .object = self,
        .property = { properties[PROP_INTRO], &old_value, &new_value },
  };

  g_return_if_fail (LADDER_IS_FAMILY (self));

  if (intro == NULL)
    intro = "";

  if (g_strcmp0 (self->intro, intro) == 0)
    return;

  old_intro = g_steal_pointer (&self->intro);
  self->intro = g_strdup (intro);

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_set_static_string (&old_value, old_intro);
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_static_string (&new_value, self->intro);
  ladder_family_report_change (self, &change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRO]);
}

GListModel *
ladder_family_get_roles (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return G_LIST_MODEL (self->roles);
}

void
ladder_family_insert_role (LadderFamily *self, guint position, LadderRole *role)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_ROLE (role));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->roles)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->roles), position, 0, (gpointer *) &role, 1);
}

void
ladder_family_append_role (LadderFamily *self, LadderRole *role)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_ROLE (role));

  ladder_family_insert_role (self, g_list_model_get_n_items (G_LIST_MODEL (self->roles)), role);
}

void
ladder_family_remove_role (LadderFamily *self, guint position)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->roles)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->roles), position, 1, NULL, 0);
}

static void
move_item (LadderFamily *self, GListStore *store, guint from, guint to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (from < n_items && to < n_items);

  if (from == to)
    return;

  ladder_owned_list_move (self, G_LIST_MODEL (store), from, to);
}

void
ladder_family_move_role (LadderFamily *self, guint from, guint to)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  move_item (self, self->roles, from, to);
}

/**
 * ladder_family_new_last_section:
 * @self: a family
 *
 * A new section, its heading empty, to go after the others, as the
 * editor's Add Section makes it: at the heading level of the page's last
 * section, so that the page reads back its sections as they were. One
 * written a level above a page's "### Career Ladder" made the sections
 * before it read back as parts of the first.
 *
 * Returns: (transfer full): the new section, not yet in @self
 */
LadderSection *
ladder_family_new_last_section (LadderFamily *self)
{
  guint n_sections;
  int   level = 2;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  n_sections = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  if (n_sections > 0)
    {
      g_autoptr (LadderSection) last
          = g_list_model_get_item (G_LIST_MODEL (self->sections), n_sections - 1);

      if (ladder_section_get_level (last) > 0)
        level = ladder_section_get_level (last);
    }

  return ladder_section_new (LADDER_SECTION_OTHER, "", level);
}

/**
 * ladder_family_can_move_role_on_page:
 * @self: a family
 * @from: the position of the role to move
 * @to: the position it would take
 *
 * Whether the page can show role @from moved to @to, as the editor's Move
 * Up, Move Down and drag would move it: within its run of roles (the
 * roles under "Levels", say), or into another run written at the role's
 * heading level, which it then joins. A role the page gave no heading of
 * its own (its parts at the top of the page) keeps its place, and so does
 * one moved into a run written at another level: its text would stay
 * where it was, and the page would read back the roles in their old order.
 * A role of a region past the page's runs of roles (a level of a family
 * folder, which has a page of its own) moves only among the roles of its
 * region, and no other role moves in among them.
 *
 * Returns: whether ladder_family_move_role_on_page() may move it so
 */
gboolean
ladder_family_can_move_role_on_page (LadderFamily *self, guint from, guint to)
{
  GListModel *roles;
  guint       n_roles;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), FALSE);

  roles = G_LIST_MODEL (self->roles);
  n_roles = g_list_model_get_n_items (roles);
  if (from >= n_roles || to >= n_roles)
    return FALSE;
  if (from == to)
    return TRUE;

  {
    g_autoptr (LadderRole) moved = g_list_model_get_item (roles, from);
    g_autoptr (LadderRole) passed = g_list_model_get_item (roles, to);
    int   level = ladder_role_get_heading_level (moved);
    guint n_runs = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
      {
        g_autoptr (LadderSection) section
            = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

        if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
          n_runs++;
      }

    if (n_runs > 0
        && (ladder_role_get_region (moved) >= n_runs || ladder_role_get_region (passed) >= n_runs))
      return ladder_role_get_region (moved) == ladder_role_get_region (passed);

    return level > 0 && ladder_role_get_heading_level (passed) > 0
           && (ladder_role_get_region (moved) == ladder_role_get_region (passed)
               || ladder_role_get_heading_level (passed) == level);
  }
}

/**
 * ladder_family_move_role_on_page:
 * @self: a family
 * @from: the position of the role to move
 * @to: the position it takes
 *
 * Moves role @from to @to, as ladder_family_move_role() does, where
 * ladder_family_can_move_role_on_page() says the page can show it: the
 * role joins the run of roles of the one whose place it takes, so that its
 * text moves there on the page.
 */
void
ladder_family_move_role_on_page (LadderFamily *self, guint from, guint to)
{
  g_autoptr (LadderRole) moved = NULL;
  g_autoptr (LadderRole) passed = NULL;

  g_return_if_fail (ladder_family_can_move_role_on_page (self, from, to));

  if (from == to)
    return;

  moved = g_list_model_get_item (G_LIST_MODEL (self->roles), from);
  passed = g_list_model_get_item (G_LIST_MODEL (self->roles), to);
  ladder_family_move_role (self, from, to);
  ladder_role_set_region (moved, ladder_role_get_region (passed));
}

/* Finds a role by its title, ignoring case, as a page names it in
 * "reports to" and "extends" sentences. */
LadderRole *
ladder_family_find_role (LadderFamily *self, const char *title)
{
  guint            n_items;
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  if (title == NULL || *title == '\0')
    return NULL;

  wanted = g_utf8_casefold (title, -1);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->roles));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (G_LIST_MODEL (self->roles), i);
      g_autofree char *candidate = g_utf8_casefold (ladder_role_get_title (role), -1);

      if (g_str_equal (candidate, wanted))
        return role;
    }

  return NULL;
}

GListModel *
ladder_family_get_sections (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return G_LIST_MODEL (self->sections);
}

void
ladder_family_insert_section (LadderFamily *self, guint position, LadderSection *section)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_SECTION (section));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->sections), position, 0, (gpointer *) &section,
                            1);
}

void
ladder_family_append_section (LadderFamily *self, LadderSection *section)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_SECTION (section));

  ladder_family_insert_section (self, g_list_model_get_n_items (G_LIST_MODEL (self->sections)),
                                section);
}

void
ladder_family_remove_section (LadderFamily *self, guint position)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  ladder_owned_list_splice (self, G_LIST_MODEL (self->sections), position, 1, NULL, 0);
}

void
ladder_family_move_section (LadderFamily *self, guint from, guint to)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  move_item (self, self->sections, from, to);
}

LadderFamilyLayout *
ladder_family_get_layout (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return &self->layout;
}
