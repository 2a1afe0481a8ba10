/* ladder-diff.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Compares two job families the way a reviewer reads them: by role, list and
 * bullet, not by line.
 *
 * Items (roles, sections, bullets) are matched in rounds:
 * 1. by their key (a role's title, a section's heading, a bullet's text),
 *    the longest run in the same order first, so that a bullet inserted or
 *    deleted moves nothing; then the rest of the equal keys, which are the
 *    items that moved;
 * 2. what is left, by content: a role whose title changed but whose bullets
 *    are mostly the same was renamed, a bullet that keeps most of its words
 *    was edited;
 * 3. among the matched pairs, the longest run that kept its order stayed in
 *    place and every other pair moved, so a reorder reports the items that
 *    moved and nothing else.
 * Whatever has no match was added or removed.
 */

#include "ladder-diff-private.h"

#include "ladder-markdown-export.h"

/* The changes themselves, the matching tools every part of the comparison
 * uses, and the comparison put together. Its parts: -front-matter.c, -roles.c,
 * -bullets.c and -sections.c. */

/* Changes */

void
ladder_change_free (LadderChange *change)
{
  if (change == NULL)
    return;

  g_free (change->old_role_title);
  g_free (change->new_role_title);
  g_free (change->old_heading);
  g_free (change->new_heading);
  g_free (change->key);
  g_free (change->old_group);
  g_free (change->new_group);
  g_free (change->old_text);
  g_free (change->new_text);
  g_clear_pointer (&change->spans, g_array_unref);
  g_free (change);
}

static const char *const kind_names[] = {
  [LADDER_CHANGE_TITLE] = "title",
  [LADDER_CHANGE_SUMMARY] = "summary",
  [LADDER_CHANGE_FRONT_MATTER] = "front-matter",
  [LADDER_CHANGE_INTRO] = "intro",
  [LADDER_CHANGE_SECTION_ADDED] = "section-added",
  [LADDER_CHANGE_SECTION_REMOVED] = "section-removed",
  [LADDER_CHANGE_SECTION_RENAMED] = "section-renamed",
  [LADDER_CHANGE_SECTION_MOVED] = "section-moved",
  [LADDER_CHANGE_SECTION_EDITED] = "section-edited",
  [LADDER_CHANGE_ROLE_ADDED] = "role-added",
  [LADDER_CHANGE_ROLE_REMOVED] = "role-removed",
  [LADDER_CHANGE_ROLE_RENAMED] = "role-renamed",
  [LADDER_CHANGE_ROLE_MOVED] = "role-moved",
  [LADDER_CHANGE_GRADE] = "grade",
  [LADDER_CHANGE_GRADE_LINK] = "grade-link",
  [LADDER_CHANGE_REPORTS_TO] = "reports-to",
  [LADDER_CHANGE_REPORTS_TO_LINK] = "reports-to-link",
  [LADDER_CHANGE_EXTENDS] = "extends",
  [LADDER_CHANGE_ROLE_TEXT] = "role-text",
  [LADDER_CHANGE_BULLET_ADDED] = "bullet-added",
  [LADDER_CHANGE_BULLET_REMOVED] = "bullet-removed",
  [LADDER_CHANGE_BULLET_EDITED] = "bullet-edited",
  [LADDER_CHANGE_BULLET_MOVED] = "bullet-moved",
  [LADDER_CHANGE_LAYOUT] = "layout",
};

/* The names tools see (ladder-cli diff --format=json): never translated. */
const char *
ladder_change_kind_to_string (LadderChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

const char *
ladder_bullet_list_to_string (LadderBulletList list)
{
  return list == LADDER_BULLET_LIST_REQUIREMENTS ? "requirements" : "responsibilities";
}

gboolean
ladder_change_is_bullet (const LadderChange *change)
{
  return change->kind >= LADDER_CHANGE_BULLET_ADDED && change->kind <= LADDER_CHANGE_BULLET_MOVED;
}

gboolean
ladder_change_is_section (const LadderChange *change)
{
  return change->kind >= LADDER_CHANGE_SECTION_ADDED
         && change->kind <= LADDER_CHANGE_SECTION_EDITED;
}

LadderChange *
ladder_diff_add_change (Differ           *differ,
                        LadderChangeKind  kind)
{
  LadderChange *change = g_new0 (LadderChange, 1);

  change->kind = kind;
  change->old_role = change->new_role = -1;
  change->old_section = change->new_section = -1;
  change->old_bullet = change->new_bullet = -1;
  change->old_grade = change->new_grade = LADDER_GRADE_NONE;
  g_ptr_array_add (differ->changes, change);

  return change;
}

void
ladder_diff_set_texts (LadderChange *change,
                       const char   *old_text,
                       const char   *new_text,
                       gboolean      with_spans)
{
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  if (with_spans)
    change->spans = ladder_word_diff (old_text ? old_text : "", new_text ? new_text : "");
}

void
ladder_diff_set_role (Differ       *differ,
                      LadderChange *change,
                      int           old_index,
                      int           new_index)
{
  change->old_role = old_index;
  change->new_role = new_index;

  if (old_index >= 0)
    {
      g_autoptr (LadderRole) role
          = g_list_model_get_item (ladder_family_get_roles (differ->old_family), (guint) old_index);

      change->old_role_title = g_strdup (ladder_role_get_title (role));
    }

  if (new_index >= 0)
    {
      g_autoptr (LadderRole) role
          = g_list_model_get_item (ladder_family_get_roles (differ->new_family), (guint) new_index);

      change->new_role_title = g_strdup (ladder_role_get_title (role));
    }
}

gboolean
ladder_diff_text_equal (const char *a,
                        const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

guint *
ladder_diff_intern_keys (Differ      *differ,
                         const char **texts,
                         guint        n)
{
  guint *keys = g_new (guint, n + 1);

  for (guint i = 0; i < n; i++)
    {
      gpointer value;

      if (!g_hash_table_lookup_extended (differ->keys, texts[i], NULL, &value))
        {
          value = GUINT_TO_POINTER (g_hash_table_size (differ->keys) + 1);
          g_hash_table_insert (differ->keys, g_strdup (texts[i]), value);
        }

      keys[i] = GPOINTER_TO_UINT (value);
    }

  return keys;
}

char *
ladder_diff_text_at (gpointer texts,
                     guint    index)
{
  return g_strdup (((const char **) texts)[index]);
}

double
ladder_diff_bag_similarity (guint    old_index,
                            guint    new_index,
                            gpointer data)
{
  return ladder_word_bags_similarity (data, old_index, new_index);
}


/**
 * ladder_diff_families:
 *
 * Compares two families: what changed from @old_family to @new_family, by
 * role, list and bullet, and by section. The changes come in the order of
 * the new family: the family's own fields, each role with its fields,
 * bullets and sub-sections, then the family's sections.
 *
 * Returns: (transfer full) (element-type LadderChange): the changes, none
 *   when the two families say the same and are written the same.
 */
GPtrArray *
ladder_diff_families (LadderFamily *old_family,
                      LadderFamily *new_family)
{
  Differ differ = { 0 };

  g_return_val_if_fail (LADDER_IS_FAMILY (old_family), NULL);
  g_return_val_if_fail (LADDER_IS_FAMILY (new_family), NULL);

  differ.old_family = old_family;
  differ.new_family = new_family;
  differ.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  differ.words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  differ.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_change_free);

  ladder_diff_front_matter (&differ);
  ladder_diff_roles (&differ);
  ladder_diff_sections (&differ, ladder_family_get_sections (old_family),
                        ladder_family_get_sections (new_family), -1, -1);

  if (differ.changes->len == 0)
    {
      g_autoptr (GString) old_page = ladder_markdown_export (old_family, LADDER_EXPORT_DEFAULT);
      g_autoptr (GString) new_page = ladder_markdown_export (new_family, LADDER_EXPORT_DEFAULT);

      if (!g_string_equal (old_page, new_page))
        ladder_diff_set_texts (ladder_diff_add_change (&differ, LADDER_CHANGE_LAYOUT),
                               old_page->str, new_page->str, TRUE);
    }

  g_hash_table_unref (differ.keys);
  g_hash_table_unref (differ.words);

  return differ.changes;
}
