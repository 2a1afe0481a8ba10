/* ladder-diff-roles.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diff-private.h"
#include "ladder-markdown-blocks.h"

/* Roles: matched by title, then by what they say; each matched pair
 * compared field by field, then its bullets and sub-sections. */

/* The role's prose outside its lists and sub-sections. */
static char *
role_text (LadderRole *role)
{
  GPtrArray *slots = ladder_role_get_slots (role);
  GString   *text = g_string_new (NULL);

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      LadderSlot *slot = g_ptr_array_index (slots, i);

      if (slot->kind != LADDER_SLOT_TEXT || slot->origin.source == NULL)
        continue;

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, slot->origin.source);
    }

  return g_string_free (text, FALSE);
}

/* Everything a role says but its title, for telling a renamed role. */
static char *
role_content (LadderRole *role)
{
  GString         *content = g_string_new (NULL);
  g_autofree char *text = role_text (role);
  GListModel      *subsections = ladder_role_get_subsections (role);

  g_string_append_printf (content, "grade%d\n", ladder_role_get_job_grade (role));
  g_string_append_printf (content, "%s\n%s\n%s\n", ladder_role_get_reports_to (role) ?: "",
                          ladder_role_get_extends (role) ?: "", text);

  for (guint l = 0; l < 2; l++)
    {
      GListModel *bullets = ladder_role_get_bullets (role, l);

      for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
        {
          g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);

          g_string_append_printf (content, "%s\n", ladder_bullet_get_text (bullet) ?: "");
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (subsections); i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (subsections, i);

      g_string_append_printf (content, "%s\n%s\n", ladder_section_get_heading (section) ?: "",
                              ladder_section_get_body (section) ?: "");
    }

  return g_string_free (content, FALSE);
}

static char *
role_content_at (gpointer roles, guint index)
{
  g_autoptr (LadderRole) role = g_list_model_get_item (roles, index);

  return role_content (role);
}

static void
diff_field (Differ          *differ,
            LadderChangeKind kind,
            int              old_index,
            int              new_index,
            const char      *old_value,
            const char      *new_value)
{
  LadderChange *change;

  if (ladder_diff_text_equal (old_value, new_value))
    return;

  change = ladder_diff_add_change (differ, kind);
  ladder_diff_set_role (differ, change, old_index, new_index);
  ladder_diff_set_texts (change, old_value, new_value, TRUE);
}

/* Whether a change of "extends" from @old_extends to @new_extends only
 * follows the renaming of the role it names: the editor renames both in
 * one step, and the rename is the change a reviewer has to read. */
static gboolean
extends_follows_rename (Differ         *differ,
                        LadderMatching *matching,
                        const char     *old_extends,
                        const char     *new_extends)
{
  GListModel      *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel      *new_roles = ladder_family_get_roles (differ->new_family);
  g_autofree char *old_key = NULL;
  g_autofree char *new_key = NULL;

  if (old_extends == NULL || new_extends == NULL || *old_extends == '\0' || *new_extends == '\0'
      || ladder_diff_text_equal (old_extends, new_extends))
    return FALSE;

  old_key = g_utf8_casefold (old_extends, -1);
  new_key = g_utf8_casefold (new_extends, -1);

  for (guint i = 0; i < matching->n_old; i++)
    {
      g_autoptr (LadderRole) old_role = NULL;
      g_autoptr (LadderRole) new_role = NULL;
      g_autofree char *old_title = NULL;
      g_autofree char *new_title = NULL;

      if (matching->old_to_new[i] < 0)
        continue;

      old_role = g_list_model_get_item (old_roles, i);
      new_role = g_list_model_get_item (new_roles, (guint) matching->old_to_new[i]);
      old_title = g_utf8_casefold (ladder_role_get_title (old_role) ?: "", -1);
      new_title = g_utf8_casefold (ladder_role_get_title (new_role) ?: "", -1);
      if (g_str_equal (old_title, old_key) && g_str_equal (new_title, new_key))
        return TRUE;
    }

  return FALSE;
}

/* Whether the change of whom @old_role reports to only follows the
 * renaming of the role its link goes to: the link to that role's heading
 * goes to its new heading, and the name, where it was the title, is the
 * new title. The editor makes both in the rename's step. */
static gboolean
manager_follows_rename (Differ         *differ,
                        LadderMatching *matching,
                        LadderRole     *old_role,
                        LadderRole     *new_role)
{
  GListModel *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel *new_roles = ladder_family_get_roles (differ->new_family);
  const char *old_link = ladder_role_get_reports_to_link (old_role);
  const char *new_link = ladder_role_get_reports_to_link (new_role);

  if (old_link == NULL || new_link == NULL || old_link[0] != '#' || new_link[0] != '#'
      || g_str_equal (old_link, new_link))
    return FALSE;

  for (guint i = 0; i < matching->n_old; i++)
    {
      g_autoptr (LadderRole) old_renamed = NULL;
      g_autoptr (LadderRole) new_renamed = NULL;
      g_autofree char *old_anchor = NULL;
      g_autofree char *new_anchor = NULL;
      const char      *old_title;
      const char      *new_title;

      if (matching->old_to_new[i] < 0)
        continue;

      old_renamed = g_list_model_get_item (old_roles, i);
      new_renamed = g_list_model_get_item (new_roles, (guint) matching->old_to_new[i]);
      old_title = ladder_role_get_title (old_renamed);
      new_title = ladder_role_get_title (new_renamed);
      old_anchor = ladder_block_heading_anchor (old_title);
      new_anchor = ladder_block_heading_anchor (new_title);
      if (!g_str_equal (old_link + 1, old_anchor) || !g_str_equal (new_link + 1, new_anchor))
        continue;

      if (ladder_diff_text_equal (ladder_role_get_reports_to (old_role),
                                  ladder_role_get_reports_to (new_role)))
        return TRUE;
      return ladder_diff_text_equal (ladder_role_get_reports_to (old_role), old_title)
             && ladder_diff_text_equal (ladder_role_get_reports_to (new_role), new_title);
    }

  return FALSE;
}

static void
diff_role (Differ *differ, LadderMatching *matching, guint old_index, guint new_index)
{
  GListModel *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel *new_roles = ladder_family_get_roles (differ->new_family);
  g_autoptr (LadderRole) old_role = g_list_model_get_item (old_roles, old_index);
  g_autoptr (LadderRole) new_role = g_list_model_get_item (new_roles, new_index);
  g_autofree char *old_text = role_text (old_role);
  g_autofree char *new_text = role_text (new_role);
  int              o = (int) old_index, n = (int) new_index;
  LadderChange    *change;

  /* The page's one role, without a heading, is named by the page's
   * title: renamed with it, the title's change says it all. */
  if (!ladder_diff_text_equal (ladder_role_get_title (old_role), ladder_role_get_title (new_role))
      && !(ladder_role_get_heading_level (old_role) == 0
           && ladder_role_get_heading_level (new_role) == 0
           && g_strcmp0 (ladder_role_get_title (old_role),
                         ladder_family_get_title (differ->old_family))
                  == 0
           && g_strcmp0 (ladder_role_get_title (new_role),
                         ladder_family_get_title (differ->new_family))
                  == 0))
    {
      change = ladder_diff_add_change (differ, LADDER_CHANGE_ROLE_RENAMED);
      ladder_diff_set_role (differ, change, o, n);
      ladder_diff_set_texts (change, ladder_role_get_title (old_role),
                             ladder_role_get_title (new_role), TRUE);
    }

  /* A role that went to another run of roles (from the levels to the
   * specialties) moved, even where its position in the list did not. */
  if (matching->moved[old_index]
      || ladder_role_get_region (old_role) != ladder_role_get_region (new_role))
    ladder_diff_set_role (differ, ladder_diff_add_change (differ, LADDER_CHANGE_ROLE_MOVED), o, n);

  if (ladder_role_get_job_grade (old_role) != ladder_role_get_job_grade (new_role))
    {
      change = ladder_diff_add_change (differ, LADDER_CHANGE_GRADE);
      ladder_diff_set_role (differ, change, o, n);
      change->old_grade = ladder_role_get_job_grade (old_role);
      change->new_grade = ladder_role_get_job_grade (new_role);
    }

  diff_field (differ, LADDER_CHANGE_GRADE_LINK, o, n, ladder_role_get_grade_link (old_role),
              ladder_role_get_grade_link (new_role));
  if (!manager_follows_rename (differ, matching, old_role, new_role))
    {
      diff_field (differ, LADDER_CHANGE_REPORTS_TO, o, n, ladder_role_get_reports_to (old_role),
                  ladder_role_get_reports_to (new_role));
      diff_field (differ, LADDER_CHANGE_REPORTS_TO_LINK, o, n,
                  ladder_role_get_reports_to_link (old_role),
                  ladder_role_get_reports_to_link (new_role));
    }
  if (!extends_follows_rename (differ, matching, ladder_role_get_extends (old_role),
                               ladder_role_get_extends (new_role)))
    diff_field (differ, LADDER_CHANGE_EXTENDS, o, n, ladder_role_get_extends (old_role),
                ladder_role_get_extends (new_role));
  diff_field (differ, LADDER_CHANGE_ROLE_TEXT, o, n, old_text, new_text);

  ladder_diff_bullets (differ, old_role, new_role, o, n);
  ladder_diff_sections (differ, ladder_role_get_subsections (old_role),
                        ladder_role_get_subsections (new_role), o, n);
}

static const char **
role_titles (GListModel *roles)
{
  guint        n = g_list_model_get_n_items (roles);
  const char **titles = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      /* The list holds a reference: the strings live as long as it does. */
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      titles[i] = ladder_role_get_title (role);
      if (titles[i] == NULL)
        titles[i] = "";
    }

  return titles;
}

void
ladder_diff_roles (Differ *differ)
{
  GListModel             *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel             *new_roles = ladder_family_get_roles (differ->new_family);
  guint                   n_old = g_list_model_get_n_items (old_roles);
  guint                   n_new = g_list_model_get_n_items (new_roles);
  g_autofree const char **old_titles = role_titles (old_roles);
  g_autofree const char **new_titles = role_titles (new_roles);
  g_autofree guint       *old_keys = ladder_diff_intern_keys (differ, old_titles, n_old);
  g_autofree guint       *new_keys = ladder_diff_intern_keys (differ, new_titles, n_new);
  g_autoptr (GArray) order = NULL;
  LadderMatching matching;
  LadderWordBags bags;

  ladder_word_bags_init (&bags, differ->words, role_content_at, old_roles, n_old, new_roles, n_new);
  ladder_matching_init (&matching, n_old, n_new);
  ladder_match_keys (&matching, old_keys, new_keys, ladder_diff_bag_similarity, &bags);
  ladder_match_similar (&matching, ladder_diff_bag_similarity, &bags, SIMILAR_ENOUGH);
  ladder_match_find_moves (&matching);
  order = ladder_match_merged_order (&matching);

  for (guint e = 0; e < order->len; e++)
    {
      LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);

      if (entry->old_index < 0)
        ladder_diff_set_role (differ, ladder_diff_add_change (differ, LADDER_CHANGE_ROLE_ADDED), -1,
                              entry->new_index);
      else if (entry->new_index < 0)
        ladder_diff_set_role (differ, ladder_diff_add_change (differ, LADDER_CHANGE_ROLE_REMOVED),
                              entry->old_index, -1);
      else
        diff_role (differ, &matching, (guint) entry->old_index, (guint) entry->new_index);
    }

  ladder_matching_clear (&matching);
  ladder_word_bags_clear (&bags);
}
