/* ladder-diff-front-matter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diff-private.h"

#include "ladder-yaml.h"

/* The family's own fields: title, summary, front matter and intro. */

static const char *
summary_key (LadderFamily *family)
{
  g_autofree char *summary = ladder_family_dup_front_matter_value (family, "summary");
  g_autofree char *description = NULL;

  if (summary != NULL)
    return "summary";

  description = ladder_family_dup_front_matter_value (family, "description");
  return description != NULL ? "description" : "summary";
}

/* The value of the first entry of @key: a scalar's value, or the YAML as
 * written for anything else (a list); NULL when there is no entry. */
static char *
front_matter_value (LadderFamily *family,
                    const char   *key)
{
  guint n = ladder_family_get_n_front_matter (family);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (ladder_family_get_front_matter_key (family, i), key) == 0)
      {
        const char *yaml = ladder_family_get_front_matter_yaml (family, i);
        char *value = ladder_yaml_decode_scalar (yaml);

        return value != NULL ? value : g_strstrip (g_strdup (yaml ? yaml : ""));
      }

  return NULL;
}

static void
add_keys (GPtrArray    *keys,
          LadderFamily *family)
{
  guint n = ladder_family_get_n_front_matter (family);

  for (guint i = 0; i < n; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);

      if (key != NULL && !g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
        g_ptr_array_add (keys, (gpointer) key);
    }
}

void
ladder_diff_front_matter (Differ *differ)
{
  LadderFamily *old_family = differ->old_family, *new_family = differ->new_family;
  const char *old_summary_key = summary_key (old_family);
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();

  if (!ladder_diff_text_equal (ladder_family_get_title (old_family),
                               ladder_family_get_title (new_family)))
    ladder_diff_set_texts (ladder_diff_add_change (differ, LADDER_CHANGE_TITLE),
                           ladder_family_get_title (old_family),
                           ladder_family_get_title (new_family), TRUE);

  if (!ladder_diff_text_equal (ladder_family_get_summary (old_family),
                               ladder_family_get_summary (new_family)))
    ladder_diff_set_texts (ladder_diff_add_change (differ, LADDER_CHANGE_SUMMARY),
                           ladder_family_get_summary (old_family),
                           ladder_family_get_summary (new_family), TRUE);

  add_keys (keys, old_family);
  add_keys (keys, new_family);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;
      LadderChange *change;

      /* Reported above, unless the two pages keep their summary under
       * different keys. */
      if (g_str_equal (key, "title")
          || (g_str_equal (key, old_summary_key) && g_str_equal (key, summary_key (new_family))))
        continue;

      old_value = front_matter_value (old_family, key);
      new_value = front_matter_value (new_family, key);
      if (g_strcmp0 (old_value, new_value) == 0)
        continue;

      change = ladder_diff_add_change (differ, LADDER_CHANGE_FRONT_MATTER);
      change->key = g_strdup (key);
      ladder_diff_set_texts (change, old_value, new_value, old_value != NULL && new_value != NULL);
    }

  if (!ladder_diff_text_equal (ladder_family_get_intro (old_family),
                               ladder_family_get_intro (new_family)))
    ladder_diff_set_texts (ladder_diff_add_change (differ, LADDER_CHANGE_INTRO),
                           ladder_family_get_intro (old_family),
                           ladder_family_get_intro (new_family), TRUE);
}
