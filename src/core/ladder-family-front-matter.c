/* ladder-family-front-matter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-family-private.h"

#include "ladder-front-matter.h"
#include "ladder-yaml.h"

/*
 * The front matter: ordered `key: value` entries, each kept as the YAML the
 * page wrote, so that an entry nobody changed is written back as it was.
 * Every change to it is described to the family's recorders as the entry
 * it replaced and the entry it made, so undoing it restores the text
 * exactly, quoting and comments included.
 */

void
ladder_family_front_matter_entry_clear (gpointer data)
{
  FrontMatterEntry *entry = data;

  g_free (entry->key);
  g_free (entry->yaml);
  g_free (entry->page_yaml);
}

static int
find_front_matter (LadderFamily *self, const char *key)
{
  for (guint i = 0; i < self->front_matter->len; i++)
    {
      FrontMatterEntry *entry = &g_array_index (self->front_matter, FrontMatterEntry, i);

      if (g_strcmp0 (entry->key, key) == 0)
        return (int) i;
    }

  return -1;
}

/* The key the family's summary goes in: the page's `summary`, else its
 * `description`, and for a page with neither `description`, as the
 * template and most handbook pages write it (69 corpus pages against 23;
 * a new summary wrote `summary:`). */
const char *
ladder_family_summary_key (LadderFamily *self)
{
  return find_front_matter (self, "summary") >= 0 ? "summary" : "description";
}

/* The properties change with the front matter, but are told of after it,
 * so that a ::changed handler reads them new. */
static void
report_front_matter (LadderFamily *self, const LadderChange *change, gboolean needs_sync)
{
  if (!needs_sync)
    {
      ladder_family_report_change (self, change);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  ladder_family_sync_properties (self);
  ladder_family_report_change (self, change);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
ladder_family_get_n_front_matter (LadderFamily *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), 0);

  return self->front_matter->len;
}

const char *
ladder_family_get_front_matter_key (LadderFamily *self, guint position)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (position < self->front_matter->len, NULL);

  return g_array_index (self->front_matter, FrontMatterEntry, position).key;
}

const char *
ladder_family_get_front_matter_yaml (LadderFamily *self, guint position)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (position < self->front_matter->len, NULL);

  return g_array_index (self->front_matter, FrontMatterEntry, position).yaml;
}

char *
ladder_family_dup_front_matter_value (LadderFamily *self, const char *key)
{
  int position;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  position = find_front_matter (self, key);
  if (position < 0)
    return NULL;

  return ladder_yaml_decode_scalar (
      g_array_index (self->front_matter, FrontMatterEntry, position).yaml);
}

gboolean
ladder_family_front_matter_was_read (LadderFamily *self, const char *key)
{
  int position = find_front_matter (self, key);

  return position >= 0
         && g_array_index (self->front_matter, FrontMatterEntry, position).page_yaml != NULL;
}

/* The @nth entry (from 0) of @family's front matter with @key, or NULL. */
static FrontMatterEntry *
nth_with_key (LadderFamily *family, const char *key, guint nth)
{
  for (guint i = 0; i < family->front_matter->len; i++)
    {
      FrontMatterEntry *entry = &g_array_index (family->front_matter, FrontMatterEntry, i);

      if (g_strcmp0 (entry->key, key) == 0 && nth-- == 0)
        return entry;
    }

  return NULL;
}

void
ladder_family_take_front_matter_as_read (LadderFamily *self, LadderFamily *as_read)
{
  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (LADDER_IS_FAMILY (as_read));

  for (guint i = 0; i < self->front_matter->len; i++)
    {
      FrontMatterEntry *entry = &g_array_index (self->front_matter, FrontMatterEntry, i);
      FrontMatterEntry *read;
      guint             nth = 0;

      /* A key the page gives twice: each entry is matched with the one at
       * the same rank. */
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (g_array_index (self->front_matter, FrontMatterEntry, j).key, entry->key)
            == 0)
          nth++;

      read = nth_with_key (as_read, entry->key, nth);
      g_free (entry->page_yaml);
      entry->page_yaml = read == NULL              ? NULL
                         : read->page_yaml != NULL ? g_strdup (read->page_yaml)
                                                   : g_strdup (read->yaml);
    }
}

static gboolean
page_value_is (const char *page_yaml, const char *value)
{
  g_autofree char *decoded = ladder_yaml_decode_scalar (page_yaml);

  return g_strcmp0 (decoded, value) == 0;
}

/* Sets a scalar value, keeping the entry's place and the page's quoting
 * style; a new `summary` goes right after the title. A NULL value removes
 * the entry. */
void
ladder_family_set_front_matter_value (LadderFamily *self, const char *key, const char *value)
{
  g_autofree char  *old_key = NULL;
  g_autofree char  *old_yaml = NULL;
  FrontMatterEntry *entry;
  gboolean          old_has;
  LadderChange      change;
  int               position;
  guint             at;

  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (key != NULL);

  position = find_front_matter (self, key);
  old_has = self->layout.has_front_matter;

  if (value == NULL)
    {
      if (position < 0)
        return;
      entry = &g_array_index (self->front_matter, FrontMatterEntry, position);
      old_key = g_steal_pointer (&entry->key);
      old_yaml = g_steal_pointer (&entry->yaml);
      g_array_remove_index (self->front_matter, position);
      /* The next such entry appended must be looked at again. */
      self->seen_title = self->seen_summary = self->seen_description = FALSE;
      at = position;
      entry = NULL;
    }
  else if (position >= 0)
    {
      g_autofree char *current = NULL;

      entry = &g_array_index (self->front_matter, FrontMatterEntry, position);
      current = ladder_yaml_decode_scalar (entry->yaml);
      if (g_strcmp0 (current, value) == 0)
        return;

      /* A value the page gives as something other than text (a list, a
       * value with an anchor) is left as it is: see
       * ladder_family_dup_read_only_reason (). */
      {
        g_autofree char *reason = ladder_front_matter_dup_read_only_reason (key, entry->yaml);

        if (reason != NULL)
          return;
      }

      old_key = g_strdup (entry->key);
      old_yaml = g_steal_pointer (&entry->yaml);
      if (entry->page_yaml != NULL && page_value_is (entry->page_yaml, value))
        entry->yaml = g_strdup (entry->page_yaml);
      else
        entry->yaml = ladder_yaml_encode_scalar (value, entry->page_yaml != NULL ? entry->page_yaml
                                                                                 : old_yaml);
      at = position;
    }
  else
    {
      FrontMatterEntry added = {
        .key = g_strdup (key),
        .yaml = ladder_yaml_encode_scalar (value, NULL),
      };
      int title = find_front_matter (self, "title");

      if (!g_str_equal (key, "title") && title >= 0)
        at = title + 1;
      else if (g_str_equal (key, "title"))
        at = 0;
      else
        at = self->front_matter->len;

      g_array_insert_val (self->front_matter, at, added);
      entry = &g_array_index (self->front_matter, FrontMatterEntry, at);
      self->layout.has_front_matter = TRUE;
    }

  change = (LadderChange) {
    .kind = LADDER_CHANGE_FRONT_MATTER,
    .object = self,
    .front_matter = {
      .position = at,
      .old_key = old_key,
      .old_yaml = old_yaml,
      .new_key = entry != NULL ? entry->key : NULL,
      .new_yaml = entry != NULL ? entry->yaml : NULL,
      .old_has = old_has,
      .new_has = self->layout.has_front_matter,
    },
  };
  report_front_matter (self, &change, TRUE);
}

void
ladder_family_replace_front_matter (LadderFamily *self,
                                    guint         position,
                                    gboolean      remove,
                                    const char   *key,
                                    const char   *yaml,
                                    gboolean      has_front_matter)
{
  g_autofree char  *old_key = NULL;
  g_autofree char  *old_yaml = NULL;
  g_autofree char  *page_yaml = NULL;
  FrontMatterEntry *entry = NULL;
  LadderChange      change;

  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (position + (remove ? 1 : 0) <= self->front_matter->len);

  if (remove)
    {
      entry = &g_array_index (self->front_matter, FrontMatterEntry, position);
      old_key = g_steal_pointer (&entry->key);
      old_yaml = g_steal_pointer (&entry->yaml);
      page_yaml = g_steal_pointer (&entry->page_yaml);
      g_array_remove_index (self->front_matter, position);
      entry = NULL;
    }

  if (yaml != NULL)
    {
      /* Undone or redone: the same entry, with what the page had for it. */
      FrontMatterEntry added
          = { g_strdup (key), g_strdup (yaml),
              g_strcmp0 (key, old_key) == 0 ? g_steal_pointer (&page_yaml) : NULL };

      g_array_insert_val (self->front_matter, position, added);
      entry = &g_array_index (self->front_matter, FrontMatterEntry, position);
    }

  change = (LadderChange) {
    .kind = LADDER_CHANGE_FRONT_MATTER,
    .object = self,
    .front_matter = {
      .position = position,
      .old_key = old_key,
      .old_yaml = old_yaml,
      .new_key = entry != NULL ? entry->key : NULL,
      .new_yaml = entry != NULL ? entry->yaml : NULL,
      .old_has = self->layout.has_front_matter,
      .new_has = has_front_matter,
    },
  };
  self->layout.has_front_matter = has_front_matter;
  self->seen_title = self->seen_summary = self->seen_description = FALSE;
  report_front_matter (self, &change, TRUE);
}

void
ladder_family_append_front_matter_yaml (LadderFamily *self, const char *key, const char *yaml)
{
  FrontMatterEntry entry;
  gboolean         needs_sync = FALSE;
  LadderChange     change = {
        .kind = LADDER_CHANGE_FRONT_MATTER,
        .object = self,
  };

  g_return_if_fail (LADDER_IS_FAMILY (self));
  g_return_if_fail (yaml != NULL);

  entry.key = g_strdup (key);
  entry.yaml = g_strdup (yaml);
  entry.page_yaml = g_strdup (yaml);
  g_array_append_val (self->front_matter, entry);
  change.front_matter.position = self->front_matter->len - 1;
  change.front_matter.new_key = entry.key;
  change.front_matter.new_yaml = entry.yaml;
  change.front_matter.old_has = self->layout.has_front_matter;
  change.front_matter.new_has = self->layout.has_front_matter = TRUE;

  /* Only the first title, summary or description makes a property: looking
   * them up again for every other entry would make a long front matter
   * slow to read. */
  if (key != NULL && g_str_equal (key, "title") && !self->seen_title)
    self->seen_title = needs_sync = TRUE;
  else if (key != NULL && g_str_equal (key, "summary") && !self->seen_summary)
    self->seen_summary = needs_sync = TRUE;
  else if (key != NULL && g_str_equal (key, "description") && !self->seen_description)
    self->seen_description = needs_sync = TRUE;

  report_front_matter (self, &change, needs_sync);
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
ladder_family_dup_read_only_reason (LadderFamily *self, const char *property)
{
  const char *key;
  int         position;

  g_return_val_if_fail (LADDER_IS_FAMILY (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  key = g_str_equal (property, "summary") ? ladder_family_summary_key (self) : property;
  position = find_front_matter (self, key);
  if (position < 0)
    return NULL;

  return ladder_front_matter_dup_read_only_reason (
      key, g_array_index (self->front_matter, FrontMatterEntry, position).yaml);
}
