/* ladder-family.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-family.h"

#include "ladder-front-matter.h"
#include "ladder-model-private.h"
#include "ladder-yaml.h"

typedef struct
{
  char *key;
  char *yaml;
} FrontMatterEntry;

struct _LadderFamily
{
  GObject             parent_instance;

  GArray             *front_matter;
  /* Whether an entry with each key that makes a property was appended. */
  gboolean            seen_title;
  gboolean            seen_summary;
  gboolean            seen_description;
  /* Decoded from the front matter, for the properties' getters. */
  char               *title;
  char               *summary;
  char               *intro;

  GListStore         *roles;
  GListStore         *sections;

  LadderFamilyLayout  layout;
};

G_DEFINE_FINAL_TYPE (LadderFamily, ladder_family, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_INTRO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (LadderFamily *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
front_matter_entry_clear (gpointer data)
{
  FrontMatterEntry *entry = data;

  g_free (entry->key);
  g_free (entry->yaml);
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

  G_OBJECT_CLASS (ladder_family_parent_class)->finalize (object);
}

static void
ladder_family_notify (GObject    *object,
                      GParamSpec *pspec)
{
  if (G_OBJECT_CLASS (ladder_family_parent_class)->notify)
    G_OBJECT_CLASS (ladder_family_parent_class)->notify (object, pspec);

  emit_changed (LADDER_FAMILY (object));
}

static void
ladder_family_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
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
ladder_family_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
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
  object_class->notify = ladder_family_notify;
  object_class->get_property = ladder_family_get_property;
  object_class->set_property = ladder_family_set_property;

  /**
   * LadderFamily:title:
   *
   * The page title, from the front matter's `title`.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderFamily:summary:
   *
   * The page summary, from the front matter's `summary` (or, on pages that
   * have no summary, `description`).
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderFamily:intro:
   *
   * The Markdown before the page's first heading.
   */
  properties[PROP_INTRO] =
    g_param_spec_string ("intro", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderFamily::changed:
   *
   * Emitted after any change to the family or anything in it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ladder_family_init (LadderFamily *self)
{
  self->front_matter = g_array_new (FALSE, TRUE, sizeof (FrontMatterEntry));
  g_array_set_clear_func (self->front_matter, front_matter_entry_clear);
  self->title = g_strdup ("");
  self->summary = g_strdup ("");
  self->intro = g_strdup ("");
  ladder_origin_init (&self->layout.front_matter);
  ladder_origin_init (&self->layout.intro);

  self->roles = g_list_store_new (LADDER_TYPE_ROLE);
  self->sections = g_list_store_new (LADDER_TYPE_SECTION);
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

static int
find_front_matter (LadderFamily *self,
                   const char   *key)
{
  for (guint i = 0; i < self->front_matter->len; i++)
    {
      FrontMatterEntry *entry = &g_array_index (self->front_matter, FrontMatterEntry, i);

      if (g_strcmp0 (entry->key, key) == 0)
        return (int) i;
    }

  return -1;
}

static const char *
summary_key (LadderFamily *self)
{
  if (find_front_matter (self, "summary") < 0 && find_front_matter (self, "description") >= 0)
    return "description";

  return "summary";
}

/* Keeps the title and summary properties in step with the front matter,
 * notifying only what really changed. */
static gboolean
sync_properties (LadderFamily *self)
{
  gboolean notified = FALSE;

  g_autofree char *title = ladder_family_dup_front_matter_value (self, "title");
  g_autofree char *summary = ladder_family_dup_front_matter_value (self, summary_key (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->title, title ?: "") != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title ?: "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
      notified = TRUE;
    }

  if (g_strcmp0 (self->summary, summary ?: "") != 0)
    {
      g_free (self->summary);
      self->summary = g_strdup (summary ?: "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
      notified = TRUE;
    }

  g_object_thaw_notify (G_OBJECT (self));
  return notified;
}

guint
ladder_family_get_n_front_matter (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), 0);

  return self->front_matter->len;
}

const char *
ladder_family_get_front_matter_key (LadderFamily *self,
                                    guint         position)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (position < self->front_matter->len, NULL);

  return g_array_index (self->front_matter, FrontMatterEntry, position).key;
}

const char *
ladder_family_get_front_matter_yaml (LadderFamily *self,
                                     guint         position)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (position < self->front_matter->len, NULL);

  return g_array_index (self->front_matter, FrontMatterEntry, position).yaml;
}

char *
ladder_family_dup_front_matter_value (LadderFamily *self,
                                      const char   *key)
{
  int position;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  position = find_front_matter (self, key);
  if (position < 0)
    return NULL;

  return ladder_yaml_decode_scalar (g_array_index (self->front_matter, FrontMatterEntry, position).yaml);
}

/* Sets a scalar value, keeping the entry's place and quoting style; a new
 * `summary` goes right after the title. A NULL value removes the entry. A
 * value the page gives as something other than text (a list, a value with
 * an anchor) is left as it is: see ladder_family_dup_read_only_reason (). */
void
ladder_family_set_front_matter_value (LadderFamily *self,
                                      const char   *key,
                                      const char   *value)
{
  int position;

  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (key != NULL);

  position = find_front_matter (self, key);

  if (value == NULL)
    {
      if (position < 0)
        return;
      g_array_remove_index (self->front_matter, position);
      /* The next such entry appended must be looked at again. */
      self->seen_title = self->seen_summary = self->seen_description = FALSE;
    }
  else if (position >= 0)
    {
      FrontMatterEntry *entry = &g_array_index (self->front_matter, FrontMatterEntry, position);
      g_autofree char *current = ladder_yaml_decode_scalar (entry->yaml);
      g_autofree char *reason = NULL;

      if (g_strcmp0 (current, value) == 0)
        return;

      reason = ladder_front_matter_dup_read_only_reason (key, entry->yaml);
      if (reason != NULL)
        return;

      {
        char *encoded = ladder_yaml_encode_scalar (value, entry->yaml);

        g_free (entry->yaml);
        entry->yaml = encoded;
      }
    }
  else
    {
      FrontMatterEntry entry = {
        .key = g_strdup (key),
        .yaml = ladder_yaml_encode_scalar (value, NULL),
      };
      int title = find_front_matter (self, "title");

      if (!g_str_equal (key, "title") && title >= 0)
        g_array_insert_val (self->front_matter, title + 1, entry);
      else if (g_str_equal (key, "title"))
        g_array_prepend_val (self->front_matter, entry);
      else
        g_array_append_val (self->front_matter, entry);

      self->layout.has_front_matter = TRUE;
    }

  /* A property notification already says the family changed. */
  if (!sync_properties (self))
    emit_changed (self);
}

void
ladder_family_append_front_matter_yaml (LadderFamily *self,
                                        const char   *key,
                                        const char   *yaml)
{
  FrontMatterEntry entry;
  gboolean needs_sync = FALSE;

  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (yaml != NULL);

  entry.key = g_strdup (key);
  entry.yaml = g_strdup (yaml);
  g_array_append_val (self->front_matter, entry);
  self->layout.has_front_matter = TRUE;

  /* Only the first title, summary or description makes a property: looking
   * them up again for every other entry would make a long front matter
   * slow to read. */
  if (key != NULL && g_str_equal (key, "title") && !self->seen_title)
    self->seen_title = needs_sync = TRUE;
  else if (key != NULL && g_str_equal (key, "summary") && !self->seen_summary)
    self->seen_summary = needs_sync = TRUE;
  else if (key != NULL && g_str_equal (key, "description") && !self->seen_description)
    self->seen_description = needs_sync = TRUE;

  if (!needs_sync || !sync_properties (self))
    emit_changed (self);
}

/**
 * ladder_family_dup_read_only_reason:
 * @self: a family
 * @property: "title" or "summary"
 *
 * Returns: (transfer full) (nullable): %NULL when the property can be
 *   edited, otherwise why not (translated): the page's front matter gives
 *   it as something Ladder cannot write back as text.
 */
char *
ladder_family_dup_read_only_reason (LadderFamily *self,
                                    const char   *property)
{
  const char *key;
  int position;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  key = g_str_equal (property, "summary") ? summary_key (self) : property;
  position = find_front_matter (self, key);
  if (position < 0)
    return NULL;

  return ladder_front_matter_dup_read_only_reason (key, g_array_index (self->front_matter, FrontMatterEntry,
                                                                       position).yaml);
}

const char *
ladder_family_get_title (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return self->title;
}

void
ladder_family_set_title (LadderFamily *self,
                         const char   *title)
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
ladder_family_set_summary (LadderFamily *self,
                           const char   *summary)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  if (g_strcmp0 (self->summary, summary ?: "") == 0)
    return;

  ladder_family_set_front_matter_value (self, summary_key (self), summary ?: "");
}

const char *
ladder_family_get_intro (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return self->intro;
}

void
ladder_family_set_intro (LadderFamily *self,
                         const char   *intro)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  if (intro == NULL)
    intro = "";

  if (g_strcmp0 (self->intro, intro) == 0)
    return;

  g_free (self->intro);
  self->intro = g_strdup (intro);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRO]);
}

GListModel *
ladder_family_get_roles (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);

  return G_LIST_MODEL (self->roles);
}

void
ladder_family_insert_role (LadderFamily *self,
                           guint         position,
                           LadderRole   *role)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_ROLE (role));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->roles)));

  g_list_store_insert (self->roles, position, role);
  ladder_list_store_adopt (self->roles, position, 1, self, (LadderOwnerChanged) emit_changed);
  emit_changed (self);
}

void
ladder_family_append_role (LadderFamily *self,
                           LadderRole   *role)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_ROLE (role));

  ladder_family_insert_role (self, g_list_model_get_n_items (G_LIST_MODEL (self->roles)), role);
}

void
ladder_family_remove_role (LadderFamily *self,
                           guint         position)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->roles)));

  ladder_list_store_release_item (self->roles, position, self);
  g_list_store_remove (self->roles, position);
  emit_changed (self);
}

static void
move_item (LadderFamily *self,
           GListStore   *store,
           guint         from,
           guint         to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (from < n_items && to < n_items);

  if (from == to)
    return;

  ladder_list_store_move (store, from, to);
  emit_changed (self);
}

void
ladder_family_move_role (LadderFamily *self,
                         guint         from,
                         guint         to)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));

  move_item (self, self->roles, from, to);
}

/* Finds a role by its title, ignoring case, as a page names it in
 * "reports to" and "extends" sentences. */
LadderRole *
ladder_family_find_role (LadderFamily *self,
                         const char   *title)
{
  guint n_items;
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
ladder_family_insert_section (LadderFamily  *self,
                              guint          position,
                              LadderSection *section)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_SECTION (section));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  g_list_store_insert (self->sections, position, section);
  ladder_list_store_adopt (self->sections, position, 1, self, (LadderOwnerChanged) emit_changed);
  emit_changed (self);
}

void
ladder_family_append_section (LadderFamily  *self,
                              LadderSection *section)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_SECTION (section));

  ladder_family_insert_section (self, g_list_model_get_n_items (G_LIST_MODEL (self->sections)), section);
}

void
ladder_family_remove_section (LadderFamily *self,
                              guint         position)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  ladder_list_store_release_item (self->sections, position, self);
  g_list_store_remove (self->sections, position);
  emit_changed (self);
}

void
ladder_family_move_section (LadderFamily *self,
                            guint         from,
                            guint         to)
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
