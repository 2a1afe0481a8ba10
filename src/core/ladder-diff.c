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

#include "ladder-diff.h"

#include "ladder-diff-match.h"
#include "ladder-markdown-export.h"
#include "ladder-yaml.h"

/* How alike two items must be (0..1, words in common) to be one item
 * changed rather than one removed and another added. */
#define SIMILAR_ENOUGH 0.5

typedef struct
{
  LadderFamily *old_family;
  LadderFamily *new_family;
  GHashTable   *keys;
  GHashTable   *words;
  GPtrArray    *changes;
} Differ;

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

static LadderChange *
add_change (Differ           *differ,
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

static void
set_texts (LadderChange *change,
           const char   *old_text,
           const char   *new_text,
           gboolean      with_spans)
{
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  if (with_spans)
    change->spans = ladder_word_diff (old_text ? old_text : "", new_text ? new_text : "");
}

static void
set_role (Differ       *differ,
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

static gboolean
text_equal (const char *a,
            const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

static guint *
intern_keys (Differ      *differ,
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

static char *
text_at (gpointer texts,
         guint    index)
{
  return g_strdup (((const char **) texts)[index]);
}

static double
bag_similarity (guint    old_index,
                guint    new_index,
                gpointer data)
{
  return ladder_word_bags_similarity (data, old_index, new_index);
}

/* Front matter, title, summary, intro */

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

static void
diff_front_matter (Differ *differ)
{
  LadderFamily *old_family = differ->old_family, *new_family = differ->new_family;
  const char *old_summary_key = summary_key (old_family);
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();

  if (!text_equal (ladder_family_get_title (old_family), ladder_family_get_title (new_family)))
    set_texts (add_change (differ, LADDER_CHANGE_TITLE), ladder_family_get_title (old_family),
               ladder_family_get_title (new_family), TRUE);

  if (!text_equal (ladder_family_get_summary (old_family), ladder_family_get_summary (new_family)))
    set_texts (add_change (differ, LADDER_CHANGE_SUMMARY), ladder_family_get_summary (old_family),
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

      change = add_change (differ, LADDER_CHANGE_FRONT_MATTER);
      change->key = g_strdup (key);
      set_texts (change, old_value, new_value, old_value != NULL && new_value != NULL);
    }

  if (!text_equal (ladder_family_get_intro (old_family), ladder_family_get_intro (new_family)))
    set_texts (add_change (differ, LADDER_CHANGE_INTRO), ladder_family_get_intro (old_family),
               ladder_family_get_intro (new_family), TRUE);
}

/* Sections */

static const char **
section_texts (GListModel *sections,
               gboolean    headings)
{
  guint n = g_list_model_get_n_items (sections);
  const char **texts = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      /* The list holds a reference: the strings live as long as it does. */
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      texts[i]
          = headings ? ladder_section_get_heading (section) : ladder_section_get_body (section);
      if (texts[i] == NULL)
        texts[i] = "";
    }

  return texts;
}

static LadderChange *
add_section_change (Differ           *differ,
                    LadderChangeKind  kind,
                    int               old_role,
                    int               new_role,
                    const char      **old_headings,
                    int               old_index,
                    const char      **new_headings,
                    int               new_index)
{
  LadderChange *change = add_change (differ, kind);

  if (old_role >= 0 || new_role >= 0)
    set_role (differ, change, old_role, new_role);

  change->old_section = old_index;
  change->new_section = new_index;
  if (old_index >= 0)
    change->old_heading = g_strdup (old_headings[old_index]);
  if (new_index >= 0)
    change->new_heading = g_strdup (new_headings[new_index]);

  return change;
}

/* The sections of the family (roles -1), or the sub-sections of a role. */
static void
diff_sections (Differ     *differ,
               GListModel *old_sections,
               GListModel *new_sections,
               int         old_role,
               int         new_role)
{
  guint n_old = g_list_model_get_n_items (old_sections);
  guint n_new = g_list_model_get_n_items (new_sections);
  g_autofree const char **old_headings = section_texts (old_sections, TRUE);
  g_autofree const char **new_headings = section_texts (new_sections, TRUE);
  g_autofree const char **old_bodies = section_texts (old_sections, FALSE);
  g_autofree const char **new_bodies = section_texts (new_sections, FALSE);
  g_autofree guint *old_keys = intern_keys (differ, old_headings, n_old);
  g_autofree guint *new_keys = intern_keys (differ, new_headings, n_new);
  g_autoptr (GArray) order = NULL;
  LadderMatching matching;
  LadderWordBags bags;

  ladder_word_bags_init (&bags, differ->words, text_at, old_bodies, n_old, new_bodies, n_new);
  ladder_matching_init (&matching, n_old, n_new);
  ladder_match_keys (&matching, old_keys, new_keys, bag_similarity, &bags);
  ladder_match_similar (&matching, bag_similarity, &bags, SIMILAR_ENOUGH);
  ladder_match_find_moves (&matching);
  order = ladder_match_merged_order (&matching);

  for (guint e = 0; e < order->len; e++)
    {
      LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);
      int o = entry->old_index, n = entry->new_index;
      LadderChange *change;

      /* A section with neither heading nor text writes nothing: it only
       * marks where roles stand. */
      if ((o < 0 && *new_headings[n] == '\0' && *new_bodies[n] == '\0')
          || (n < 0 && *old_headings[o] == '\0' && *old_bodies[o] == '\0'))
        continue;

      if (o < 0)
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_ADDED, old_role, new_role,
                                       old_headings, -1, new_headings, n);
          set_texts (change, NULL, new_bodies[n], FALSE);
          continue;
        }

      if (n < 0)
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_REMOVED, old_role, new_role,
                                       old_headings, o, new_headings, -1);
          set_texts (change, old_bodies[o], NULL, FALSE);
          continue;
        }

      if (!g_str_equal (old_headings[o], new_headings[n]))
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_RENAMED, old_role, new_role,
                                       old_headings, o, new_headings, n);
          set_texts (change, old_headings[o], new_headings[n], TRUE);
        }

      if (matching.moved[o])
        add_section_change (differ, LADDER_CHANGE_SECTION_MOVED, old_role, new_role, old_headings,
                            o, new_headings, n);

      if (!g_str_equal (old_bodies[o], new_bodies[n]))
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_EDITED, old_role, new_role,
                                       old_headings, o, new_headings, n);
          set_texts (change, old_bodies[o], new_bodies[n], TRUE);
        }
    }

  ladder_matching_clear (&matching);
  ladder_word_bags_clear (&bags);
}

/* Bullets */

typedef struct
{
  guint         n;
  const char  **texts;
  guint        *keys;
} BulletList;

static void
bullet_list_init (Differ     *differ,
                  BulletList *list,
                  GListModel *bullets)
{
  list->n = g_list_model_get_n_items (bullets);
  list->texts = g_new0 (const char *, list->n + 1);

  for (guint i = 0; i < list->n; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);

      list->texts[i] = ladder_bullet_get_text (bullet);
      if (list->texts[i] == NULL)
        list->texts[i] = "";
    }

  list->keys = intern_keys (differ, list->texts, list->n);
}

static void
bullet_list_clear (BulletList *list)
{
  g_clear_pointer (&list->texts, g_free);
  g_clear_pointer (&list->keys, g_free);
}

static LadderChange *
add_bullet_change (Differ           *differ,
                   LadderChangeKind  kind,
                   int               old_role,
                   int               new_role,
                   LadderBulletList  old_list,
                   int               old_index,
                   LadderBulletList  new_list,
                   int               new_index)
{
  LadderChange *change = add_change (differ, kind);

  set_role (differ, change, old_role, new_role);
  change->old_list = old_list;
  change->new_list = new_list;
  change->old_bullet = old_index;
  change->new_bullet = new_index;

  return change;
}

/* Both lists of two matched roles. A bullet that left one list for the
 * other with the same text moved. */
static void
diff_bullets (Differ     *differ,
              LadderRole *old_role,
              LadderRole *new_role,
              int         old_index,
              int         new_index)
{
  BulletList old_lists[2], new_lists[2];
  LadderMatching matchings[2];
  /* For bullets matched across lists: the list and position on the other
   * side. */
  g_autoptr (GArray) crossed_from = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint l = 0; l < 2; l++)
    {
      bullet_list_init (differ, &old_lists[l], ladder_role_get_bullets (old_role, l));
      bullet_list_init (differ, &new_lists[l], ladder_role_get_bullets (new_role, l));
      ladder_matching_init (&matchings[l], old_lists[l].n, new_lists[l].n);
      ladder_match_keys (&matchings[l], old_lists[l].keys, new_lists[l].keys, NULL, NULL);
    }

  for (guint l = 0; l < 2; l++)
    {
      guint other = 1 - l;
      g_autoptr (GHashTable) waiting = ladder_match_unmatched_by_key (new_lists[other].keys, new_lists[other].n,
                                                         matchings[other].new_to_old);

      for (guint o = 0; o < old_lists[l].n; o++)
        {
          int n;

          if (matchings[l].old_to_new[o] == -1
              && (n = ladder_match_take_unmatched (waiting, old_lists[l].keys[o])) >= 0)
            {
              matchings[l].old_to_new[o] = LADDER_MATCH_IN_OTHER_LIST;
              matchings[other].new_to_old[n] = LADDER_MATCH_IN_OTHER_LIST - (int) o;
            }
        }
    }

  for (guint l = 0; l < 2; l++)
    {
      g_autoptr (GArray) order = NULL;
      LadderWordBags bags;

      ladder_word_bags_init (&bags, differ->words, text_at, old_lists[l].texts, old_lists[l].n,
                             new_lists[l].texts, new_lists[l].n);
      ladder_match_similar (&matchings[l], bag_similarity, &bags, SIMILAR_ENOUGH);
      ladder_word_bags_clear (&bags);
      ladder_match_find_moves (&matchings[l]);
      order = ladder_match_merged_order (&matchings[l]);

      for (guint e = 0; e < order->len; e++)
        {
          LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);
          int o = entry->old_index, n = entry->new_index;
          LadderChange *change;

          if (o <= LADDER_MATCH_IN_OTHER_LIST)
            {
              int from = LADDER_MATCH_IN_OTHER_LIST - o;

              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_MOVED, old_index, new_index,
                                          1 - l, from, l, n);
              set_texts (change, old_lists[1 - l].texts[from], new_lists[l].texts[n], FALSE);
            }
          else if (o < 0)
            {
              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_ADDED, old_index, new_index,
                                          l, -1, l, n);
              set_texts (change, NULL, new_lists[l].texts[n], FALSE);
            }
          else if (n < 0)
            {
              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_REMOVED, old_index,
                                          new_index, l, o, l, -1);
              set_texts (change, old_lists[l].texts[o], NULL, FALSE);
            }
          else
            {
              if (matchings[l].moved[o])
                {
                  change = add_bullet_change (differ, LADDER_CHANGE_BULLET_MOVED, old_index,
                                              new_index, l, o, l, n);
                  set_texts (change, old_lists[l].texts[o], new_lists[l].texts[n], FALSE);
                }

              if (!g_str_equal (old_lists[l].texts[o], new_lists[l].texts[n]))
                {
                  change = add_bullet_change (differ, LADDER_CHANGE_BULLET_EDITED, old_index,
                                              new_index, l, o, l, n);
                  set_texts (change, old_lists[l].texts[o], new_lists[l].texts[n], TRUE);
                }
            }
        }
    }

  for (guint l = 0; l < 2; l++)
    {
      bullet_list_clear (&old_lists[l]);
      bullet_list_clear (&new_lists[l]);
      ladder_matching_clear (&matchings[l]);
    }
}

/* Roles */

/* The role's prose outside its lists and sub-sections. */
static char *
role_text (LadderRole *role)
{
  GPtrArray *slots = ladder_role_get_slots (role);
  GString *text = g_string_new (NULL);

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
  GString *content = g_string_new (NULL);
  g_autofree char *text = role_text (role);
  GListModel *subsections = ladder_role_get_subsections (role);

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
role_content_at (gpointer roles,
                 guint    index)
{
  g_autoptr (LadderRole) role = g_list_model_get_item (roles, index);

  return role_content (role);
}

static void
diff_field (Differ           *differ,
            LadderChangeKind  kind,
            int               old_index,
            int               new_index,
            const char       *old_value,
            const char       *new_value)
{
  LadderChange *change;

  if (text_equal (old_value, new_value))
    return;

  change = add_change (differ, kind);
  set_role (differ, change, old_index, new_index);
  set_texts (change, old_value, new_value, TRUE);
}

static void
diff_role (Differ   *differ,
           LadderMatching *matching,
           guint     old_index,
           guint     new_index)
{
  GListModel *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel *new_roles = ladder_family_get_roles (differ->new_family);
  g_autoptr (LadderRole) old_role = g_list_model_get_item (old_roles, old_index);
  g_autoptr (LadderRole) new_role = g_list_model_get_item (new_roles, new_index);
  g_autofree char *old_text = role_text (old_role);
  g_autofree char *new_text = role_text (new_role);
  int o = (int) old_index, n = (int) new_index;
  LadderChange *change;

  if (!text_equal (ladder_role_get_title (old_role), ladder_role_get_title (new_role)))
    {
      change = add_change (differ, LADDER_CHANGE_ROLE_RENAMED);
      set_role (differ, change, o, n);
      set_texts (change, ladder_role_get_title (old_role), ladder_role_get_title (new_role), TRUE);
    }

  /* A role that went to another run of roles (from the levels to the
   * specialties) moved, even where its position in the list did not. */
  if (matching->moved[old_index]
      || ladder_role_get_region (old_role) != ladder_role_get_region (new_role))
    set_role (differ, add_change (differ, LADDER_CHANGE_ROLE_MOVED), o, n);

  if (ladder_role_get_job_grade (old_role) != ladder_role_get_job_grade (new_role))
    {
      change = add_change (differ, LADDER_CHANGE_GRADE);
      set_role (differ, change, o, n);
      change->old_grade = ladder_role_get_job_grade (old_role);
      change->new_grade = ladder_role_get_job_grade (new_role);
    }

  diff_field (differ, LADDER_CHANGE_GRADE_LINK, o, n, ladder_role_get_grade_link (old_role),
              ladder_role_get_grade_link (new_role));
  diff_field (differ, LADDER_CHANGE_REPORTS_TO, o, n, ladder_role_get_reports_to (old_role),
              ladder_role_get_reports_to (new_role));
  diff_field (differ, LADDER_CHANGE_REPORTS_TO_LINK, o, n,
              ladder_role_get_reports_to_link (old_role),
              ladder_role_get_reports_to_link (new_role));
  diff_field (differ, LADDER_CHANGE_EXTENDS, o, n, ladder_role_get_extends (old_role),
              ladder_role_get_extends (new_role));
  diff_field (differ, LADDER_CHANGE_ROLE_TEXT, o, n, old_text, new_text);

  diff_bullets (differ, old_role, new_role, o, n);
  diff_sections (differ, ladder_role_get_subsections (old_role),
                 ladder_role_get_subsections (new_role), o, n);
}

static const char **
role_titles (GListModel *roles)
{
  guint n = g_list_model_get_n_items (roles);
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

static void
diff_roles (Differ *differ)
{
  GListModel *old_roles = ladder_family_get_roles (differ->old_family);
  GListModel *new_roles = ladder_family_get_roles (differ->new_family);
  guint n_old = g_list_model_get_n_items (old_roles);
  guint n_new = g_list_model_get_n_items (new_roles);
  g_autofree const char **old_titles = role_titles (old_roles);
  g_autofree const char **new_titles = role_titles (new_roles);
  g_autofree guint *old_keys = intern_keys (differ, old_titles, n_old);
  g_autofree guint *new_keys = intern_keys (differ, new_titles, n_new);
  g_autoptr (GArray) order = NULL;
  LadderMatching matching;
  LadderWordBags bags;

  ladder_word_bags_init (&bags, differ->words, role_content_at, old_roles, n_old, new_roles, n_new);
  ladder_matching_init (&matching, n_old, n_new);
  ladder_match_keys (&matching, old_keys, new_keys, bag_similarity, &bags);
  ladder_match_similar (&matching, bag_similarity, &bags, SIMILAR_ENOUGH);
  ladder_match_find_moves (&matching);
  order = ladder_match_merged_order (&matching);

  for (guint e = 0; e < order->len; e++)
    {
      LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);

      if (entry->old_index < 0)
        set_role (differ, add_change (differ, LADDER_CHANGE_ROLE_ADDED), -1, entry->new_index);
      else if (entry->new_index < 0)
        set_role (differ, add_change (differ, LADDER_CHANGE_ROLE_REMOVED), entry->old_index, -1);
      else
        diff_role (differ, &matching, (guint) entry->old_index, (guint) entry->new_index);
    }

  ladder_matching_clear (&matching);
  ladder_word_bags_clear (&bags);
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

  diff_front_matter (&differ);
  diff_roles (&differ);
  diff_sections (&differ, ladder_family_get_sections (old_family),
                 ladder_family_get_sections (new_family), -1, -1);

  if (differ.changes->len == 0)
    {
      g_autoptr (GString) old_page = ladder_markdown_export (old_family, LADDER_EXPORT_DEFAULT);
      g_autoptr (GString) new_page = ladder_markdown_export (new_family, LADDER_EXPORT_DEFAULT);

      if (!g_string_equal (old_page, new_page))
        set_texts (add_change (&differ, LADDER_CHANGE_LAYOUT), old_page->str, new_page->str, TRUE);
    }

  g_hash_table_unref (differ.keys);
  g_hash_table_unref (differ.words);

  return differ.changes;
}
