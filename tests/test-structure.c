/* test-structure.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A page saved by Ladder reopens with the same structure. For every page of
 * the corpus, every role and each of its two lists that is empty, a first
 * bullet is added; the family is saved (through the file format), written
 * as a page and read again. The bullet must be in that role's list, every
 * role must read back as it was, and the page must have gained only lines:
 * at most a heading for the list, the bullet, and the blank lines that set
 * them apart, and no heading when the role had one for that list already
 * (its prose stays, the bullet goes under it).
 *
 * And a renamed role changes only its title on the page: for every role of
 * every page, renamed, each line that changed holds the new title where the
 * old one stood and is otherwise as it was (a heading named after the role
 * may be written in the template's spacing); no line is lost or added.
 * And every field edited, then edited back by hand, gives the page back
 * byte for byte. (Roles, sections and bullets added, deleted and moved:
 * test-structure-edits.c.)
 *
 * The pages are read from LADDER_CORPUS_DIR; without them the test is
 * skipped, or fails under CI.
 */

#include <string.h>

#include "ladder-json.h"
#include "ladder-layout.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-markdown-sentence.h"
#include "ladder-section.h"
#include "ladder-test-corpus.h"

#define ADDED_TEXT "Added by the structure test"

typedef struct
{
  guint      pages;
  guint      cases;
  GPtrArray *failures;
} Tally;

static gboolean
has_heading_slot (LadderRole *role, LadderBulletList which)
{
  GPtrArray     *slots = ladder_role_get_slots (role);
  LadderSlotKind wanted = which == LADDER_BULLET_LIST_REQUIREMENTS
                              ? LADDER_SLOT_REQUIREMENTS_HEADING
                              : LADDER_SLOT_RESPONSIBILITIES_HEADING;

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    if (((LadderSlot *) g_ptr_array_index (slots, i))->kind == wanted)
      return TRUE;

  return FALSE;
}

/* What differs between the two families' roles, or NULL. */
static char *
compare_roles (LadderFamily *before, LadderFamily *after, guint edited, LadderBulletList which)
{
  GListModel *old_roles = ladder_family_get_roles (before);
  GListModel *new_roles = ladder_family_get_roles (after);
  guint       n_roles = g_list_model_get_n_items (old_roles);

  if (g_list_model_get_n_items (new_roles) != n_roles)
    return g_strdup_printf ("%u roles read back as %u", n_roles,
                            g_list_model_get_n_items (new_roles));

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr (LadderRole) old_role = g_list_model_get_item (old_roles, r);
      g_autoptr (LadderRole) new_role = g_list_model_get_item (new_roles, r);

      if (!g_str_equal (ladder_role_get_title (old_role), ladder_role_get_title (new_role)))
        return g_strdup_printf ("role %u \"%s\" read back as \"%s\"", r,
                                ladder_role_get_title (old_role), ladder_role_get_title (new_role));

      if (ladder_role_get_job_grade (old_role) != ladder_role_get_job_grade (new_role)
          || ladder_role_get_heading_level (old_role) != ladder_role_get_heading_level (new_role))
        return g_strdup_printf ("role %u \"%s\" changed its grade or heading level", r,
                                ladder_role_get_title (old_role));

      for (guint list = 0; list < 2; list++)
        {
          GListModel *old_bullets = ladder_role_get_bullets (old_role, list);
          GListModel *new_bullets = ladder_role_get_bullets (new_role, list);
          guint       expected = g_list_model_get_n_items (old_bullets);

          if (g_list_model_get_n_items (new_bullets) != expected)
            return g_strdup_printf ("role %u \"%s\" list %u has %u bullets, not %u", r,
                                    ladder_role_get_title (old_role), list,
                                    g_list_model_get_n_items (new_bullets), expected);

          if (r == edited && list == which)
            {
              g_autoptr (LadderBullet) bullet = g_list_model_get_item (new_bullets, expected - 1);

              if (!g_str_equal (ladder_bullet_get_text (bullet), ADDED_TEXT))
                return g_strdup_printf ("the new bullet reads back as \"%s\"",
                                        ladder_bullet_get_text (bullet));
            }
        }
    }

  return NULL;
}

static gboolean
is_list_heading (const char *line, LadderBulletList which)
{
  g_autofree char *lower = g_ascii_strdown (line, -1);

  g_strchomp (lower);
  return line[0] == '#'
         && g_str_has_suffix (lower, which == LADDER_BULLET_LIST_REQUIREMENTS ? "requirements"
                                                                              : "responsibilities");
}

/* How the exported page differs from the original, or NULL when it only
 * gained the bullet, a heading where allowed, and blank lines. */
static char *
compare_lines (const char      *before,
               const char      *after,
               LadderBulletList which,
               gboolean         heading_allowed)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);
  guint n_old = g_strv_length (old_lines);
  guint n_new = g_strv_length (new_lines);
  guint prefix = 0, suffix = 0;
  guint headings = 0, bullets = 0, blanks = 0;

  while (prefix < n_old && prefix < n_new && g_str_equal (old_lines[prefix], new_lines[prefix]))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && g_str_equal (old_lines[n_old - 1 - suffix], new_lines[n_new - 1 - suffix]))
    suffix++;

  if (prefix + suffix != n_old)
    return g_strdup_printf ("line %u changed: \"%s\"", prefix + 1, old_lines[prefix]);

  for (guint i = prefix; i < n_new - suffix; i++)
    {
      const char *line = new_lines[i];

      if (strspn (line, " \t") == strlen (line))
        blanks++;
      else if (strstr (line, ADDED_TEXT) != NULL)
        bullets++;
      else if (is_list_heading (line, which))
        headings++;
      else
        return g_strdup_printf ("line \"%s\" was added", line);
    }

  if (bullets != 1 || blanks > 2 || headings > (heading_allowed ? 1u : 0u))
    return g_strdup_printf ("added %u bullet(s), %u heading(s), %u blank line(s)", bullets,
                            headings, blanks);

  return NULL;
}

static void
check_page (const LadderTestPage *corpus_page, Tally *tally)
{
  const char *page = corpus_page->text;
  const char *name = corpus_page->name;
  gsize       length = corpus_page->length;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) original = NULL;
  guint n_roles;

  tally->pages++;

  original = ladder_markdown_import (page, length, name, &error);
  g_assert_no_error (error);
  n_roles = g_list_model_get_n_items (ladder_family_get_roles (original));

  for (guint r = 0; r < n_roles; r++)
    for (guint which = 0; which < 2; which++)
      {
        g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, name, NULL);
        g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), r);
        g_autoptr (LadderBullet) bullet = NULL;
        g_autoptr (GBytes) saved = NULL;
        g_autoptr (LadderFamily) loaded = NULL;
        g_autoptr (GString) exported = NULL;
        g_autoptr (LadderFamily) reopened = NULL;
        g_autofree char *why = NULL;
        gboolean         had_heading;

        if (g_list_model_get_n_items (ladder_role_get_bullets (role, which)) > 0)
          continue;

        tally->cases++;
        had_heading = has_heading_slot (role, which);
        bullet = ladder_bullet_new (ADDED_TEXT);
        ladder_role_append_bullet (role, which, bullet);

        saved = ladder_json_write (family);
        loaded = ladder_json_read (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), name,
                                   &error);
        g_assert_no_error (error);
        exported = ladder_markdown_export (loaded, LADDER_EXPORT_DEFAULT);
        reopened = ladder_markdown_import (exported->str, exported->len, name, &error);
        g_assert_no_error (error);

        why = compare_roles (family, reopened, r, which);
        if (why == NULL)
          why = compare_lines (page, exported->str, which, !had_heading);

        if (why != NULL)
          g_ptr_array_add (
              tally->failures,
              g_strdup_printf (
                  "%s: role %u \"%s\", first %s: %s", name, r, ladder_role_get_title (role),
                  which == LADDER_BULLET_LIST_REQUIREMENTS ? "requirement" : "responsibility",
                  why));
      }
}

static void
test_first_bullet_reopens (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  Tally tally = { .failures = failures };

  for (guint i = 0; i < pages->len; i++)
    check_page (g_ptr_array_index (pages, i), &tally);

  g_test_message (
      "pages: %u, empty lists given a first bullet: %u, not read back as the role's: %u",
      tally.pages, tally.cases, failures->len);
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (failures, i));

  g_assert_cmpuint (tally.cases, >, 0);
  g_assert_cmpuint (failures->len, ==, 0);
}

#define RENAMED_TITLE "Renamed Role Title"

/* Whether @after is @before with @title, written there with a space too
 * many ("Senior Marketing  Manager"), replaced by the new title. */
static gboolean
same_but_spaces (const char *before, const char *after, const char *title)
{
  g_autoptr (GString) collapsed = g_string_new (NULL);

  for (const char *p = before; *p != '\0'; p++)
    if (*p != ' ' || p == before || p[-1] != ' ')
      g_string_append_c (collapsed, *p);
  if (g_string_replace (collapsed, title, RENAMED_TITLE, 1) == 0)
    return FALSE;

  return g_str_equal (collapsed->str, after);
}

/* Each changed line of @after against @before: it must hold the new
 * title, and be the old line with the old title replaced, but for a
 * heading named after the role; @n_reworded counts the headings written
 * otherwise. NULL when all is well. */
static char *
compare_renamed_lines (const char *before,
                       const char *after,
                       const char *old_title,
                       guint      *n_reworded,
                       GPtrArray  *reworded)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);

  if (g_strv_length (old_lines) != g_strv_length (new_lines))
    return g_strdup_printf ("%u lines became %u", g_strv_length (old_lines),
                            g_strv_length (new_lines));

  for (guint i = 0; old_lines[i] != NULL; i++)
    {
      g_autoptr (GString) expected = NULL;

      if (g_str_equal (old_lines[i], new_lines[i]))
        continue;
      /* A link to the role's heading under another name ("reports to the
       * [Manager, Financial Systems Administrator](#manager-finance-systems-
       * administrator)") goes to the new heading; the name stays. */
      {
        g_autofree char *anchor = ladder_block_heading_anchor (old_title);
        g_autofree char *destination = g_strdup_printf ("(#%s)", anchor);
        g_autoptr (GString) relinked = g_string_new (old_lines[i]);

        if (g_string_replace (relinked, destination, "(#renamed-role-title)", 0) > 0
            && g_str_equal (relinked->str, new_lines[i]))
          continue;
      }
      if (strstr (new_lines[i], RENAMED_TITLE) == NULL)
        return g_strdup_printf ("line %u changed without the title: \"%s\"", i + 1, new_lines[i]);

      /* The title where it stood (its first time in the line), and
       * nothing else: only a heading named after the role may be written
       * anew, in the template's spacing ("#### Manager,  Security Job
       * Grade" becomes "#### Renamed Role Title Job Grade"). */
      expected = g_string_new (old_lines[i]);
      g_string_replace (expected, old_title, RENAMED_TITLE, 1);
      /* A link to the role's heading goes to its new heading. */
      {
        g_autofree char *anchor = ladder_block_heading_anchor (old_title);
        g_autofree char *destination = g_strdup_printf ("(#%s)", anchor);

        g_string_replace (expected, destination, "(#renamed-role-title)", 1);
      }
      if (!g_str_equal (expected->str, new_lines[i])
          && !same_but_spaces (old_lines[i], new_lines[i], old_title))
        {
          (*n_reworded)++;
          g_ptr_array_add (reworded,
                           g_strdup_printf ("\"%s\" → \"%s\"", old_lines[i], new_lines[i]));
          if (new_lines[i][0] != '#')
            return g_strdup_printf ("line %u reworded: \"%s\" became \"%s\"", i + 1, old_lines[i],
                                    new_lines[i]);
        }
    }

  return NULL;
}

static void
test_rename_changes_title_lines (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) reworded = g_ptr_array_new_with_free_func (g_free);
  guint n_cases = 0, n_reworded = 0, n_extending = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *corpus_page = g_ptr_array_index (pages, p);
      const char           *entry = corpus_page->name;
      const char           *page = corpus_page->text;
      gsize                 length = corpus_page->length;
      guint                 n_roles;

      {
        g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, entry, NULL);

        if (family == NULL)
          continue;
        n_roles = g_list_model_get_n_items (ladder_family_get_roles (family));
      }

      for (guint r = 0; r < n_roles; r++)
        {
          g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, entry, NULL);
          g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), r);
          g_autofree char *old_title = g_strdup (ladder_role_get_title (role));
          g_autoptr (GString) exported = NULL;
          g_autofree char *why = NULL;

          g_autoptr (GArray) extending = g_array_new (FALSE, FALSE, sizeof (guint));

          if (*old_title == '\0')
            continue;
          n_cases++;
          /* The roles that extend it, as the page names it. */
          if (ladder_family_find_role (family, old_title) == role)
            for (guint k = 0; k < n_roles; k++)
              {
                g_autoptr (LadderRole) other
                    = g_list_model_get_item (ladder_family_get_roles (family), k);
                g_autofree char *key = g_utf8_casefold (ladder_role_get_extends (other), -1);
                g_autofree char *old_key = g_utf8_casefold (old_title, -1);

                if (k != r && g_str_equal (key, old_key))
                  g_array_append_val (extending, k);
              }

          ladder_role_set_title (role, RENAMED_TITLE);
          exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
          why = compare_renamed_lines (page, exported->str, old_title, &n_reworded, reworded);
          if (why != NULL)
            g_ptr_array_add (failures,
                             g_strdup_printf ("%s: role \"%s\": %s", entry, old_title, why));

          /* Those roles extend it by its new title, on the page too. */
          if (extending->len > 0)
            {
              g_autoptr (LadderFamily) reopened
                  = ladder_markdown_import (exported->str, exported->len, entry, NULL);
              GListModel *reopened_roles = ladder_family_get_roles (reopened);

              for (guint e = 0; e < extending->len; e++)
                {
                  guint k = g_array_index (extending, guint, e);
                  g_autoptr (LadderRole) again = g_list_model_get_item (reopened_roles, k);

                  n_extending++;
                  if (g_strcmp0 (ladder_role_get_extends (again), RENAMED_TITLE) != 0)
                    g_ptr_array_add (failures,
                                     g_strdup_printf ("%s: role %u, which extended \"%s\", "
                                                      "extends \"%s\" once it is renamed",
                                                      entry, k, old_title,
                                                      ladder_role_get_extends (again)));
                }
            }
        }
    }

  g_test_message ("roles renamed: %u, lines reworded beyond the title: %u, roles that extend "
                  "them: %u",
                  n_cases, n_reworded, n_extending);
  for (guint i = 0; i < reworded->len; i++)
    g_test_message ("  reworded: %s", (const char *) g_ptr_array_index (reworded, i));
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (failures, i));

  g_assert_cmpuint (n_cases, >, 0);
  g_assert_cmpuint (n_extending, >, 0);
  g_assert_cmpuint (failures->len, ==, 0);
}

/* Every field of a page edited, then edited back by hand (not undone),
 * every bullet, role and section taken out or moved and put back: the page
 * comes back byte for byte. A value that passed through one that needs
 * quotes came back quoted. */
static void
test_edits_made_back_by_hand (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  guint n_pages = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *corpus_page = g_ptr_array_index (pages, p);
      const char           *entry = corpus_page->name;
      const char           *page = corpus_page->text;
      gsize                 length = corpus_page->length;
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GString) exported = NULL;
      g_autofree char *title = NULL;
      g_autofree char *intro = NULL;
      GListModel      *roles;
      GListModel      *sections;

      family = ladder_markdown_import (page, length, entry, NULL);
      if (family == NULL)
        continue;
      n_pages++;

      roles = ladder_family_get_roles (family);
      sections = ladder_family_get_sections (family);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
          g_autofree char *role_title = g_strdup (ladder_role_get_title (role));
          g_autofree char *reports_to = g_strdup (ladder_role_get_reports_to (role));
          g_autofree char *link = g_strdup (ladder_role_get_reports_to_link (role));
          g_autofree char *extends = g_strdup (ladder_role_get_extends (role));
          int              grade = ladder_role_get_job_grade (role);

          ladder_role_set_title (role, "Edited: Title");
          ladder_role_set_title (role, role_title);
          ladder_role_set_job_grade (role, grade == LADDER_GRADE_NONE ? 5 : LADDER_GRADE_NONE);
          ladder_role_set_job_grade (role, grade);
          ladder_role_set_reports_to (role, "Edited Manager");
          ladder_role_set_reports_to (role, reports_to);
          ladder_role_set_reports_to_link (role, "/edited/");
          ladder_role_set_reports_to_link (role, link);
          ladder_role_set_extends (role, *extends != '\0' ? "" : "Edited Role");
          ladder_role_set_extends (role, extends);

          for (guint which = 0; which < 2; which++)
            {
              GListModel *bullets = ladder_role_get_bullets (role, which);
              guint       n_bullets = g_list_model_get_n_items (bullets);

              for (guint b = 0; b < n_bullets; b++)
                {
                  g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, b);
                  g_autofree char *text = g_strdup (ladder_bullet_get_text (bullet));

                  ladder_bullet_set_text (bullet, "*Edited* [text](/edited/)");
                  ladder_bullet_set_text (bullet, text);
                  /* Taken out and put back, as a drag or a deletion undone
                   * by hand would. */
                  ladder_role_remove_bullet (role, which, b);
                  ladder_role_insert_bullet (role, which, b, bullet);
                }
              if (n_bullets >= 2)
                {
                  g_autoptr (LadderBullet) first = g_list_model_get_item (bullets, 0);
                  g_autoptr (LadderBullet) back = NULL;
                  const char *prefix = ladder_bullet_get_prefix (first);
                  gboolean    under_text = prefix != NULL && *prefix != '\0';

                  ladder_role_move_bullet (role, which, 0, n_bullets - 1);
                  ladder_role_move_bullet (role, which, n_bullets - 1, 0);
                  /* Dropped on the first row, a bullet joins its group;
                   * the first bullet of the page stood alone above the
                   * next group's text: Alt+Up takes it out. */
                  back = g_list_model_get_item (bullets, 0);
                  prefix = ladder_bullet_get_prefix (back);
                  if (!under_text && prefix != NULL && *prefix != '\0')
                    ladder_role_step_bullet (role, which, 0, TRUE);
                }
            }
        }

      /* Each role moved to the end and back. */
      for (guint r = 0; r + 1 < g_list_model_get_n_items (roles); r++)
        {
          guint last = g_list_model_get_n_items (roles) - 1;

          ladder_family_move_role (family, r, last);
          ladder_family_move_role (family, last, r);
        }

      for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
        {
          g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);
          g_autofree char *heading = g_strdup (ladder_section_get_heading (section));
          g_autofree char *body = g_strdup (ladder_section_get_body (section));

          ladder_section_set_heading (section, "Edited: Heading");
          ladder_section_set_heading (section, heading);
          ladder_section_set_body (section, "Edited body.");
          ladder_section_set_body (section, body);
        }
      if (g_list_model_get_n_items (sections) >= 2)
        {
          guint last = g_list_model_get_n_items (sections) - 1;

          ladder_family_move_section (family, 0, last);
          ladder_family_move_section (family, last, 0);
        }

      title = g_strdup (ladder_family_get_title (family));
      ladder_family_set_title (family, "Edited: \"Family\" & Title");
      ladder_family_set_title (family, title);
      intro = g_strdup (ladder_family_get_intro (family));
      ladder_family_set_intro (family, "Edited introduction.");
      ladder_family_set_intro (family, intro);

      exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      if (!g_str_equal (exported->str, page))
        g_ptr_array_add (failures, g_strdup (entry));
    }

  for (guint i = 0; i < failures->len; i++)
    g_test_message ("  not as it was: %s", (const char *) g_ptr_array_index (failures, i));

  g_assert_cmpuint (n_pages, >, 0);
  g_assert_cmpuint (failures->len, ==, 0);
}

#define EDITED_MANAGER "Edited Manager"

/* Whether @after is @before with one stretch of it replaced by
 * @replacement (a deletion when it is ""), and the stretch taken out holds
 * @taken. */
static gboolean
one_stretch_replaced (const char *before,
                      const char *after,
                      const char *taken,
                      const char *replacement)
{
  gsize       n_before = strlen (before), n_after = strlen (after);
  gsize       prefix = 0, suffix = 0;
  const char *found;

  while (prefix < n_before && prefix < n_after && before[prefix] == after[prefix])
    prefix++;
  while (suffix < n_before - prefix && suffix < n_after - prefix
         && before[n_before - 1 - suffix] == after[n_after - 1 - suffix])
    suffix++;

  /* The new text may share its first or last letters with what it
   * replaced: the stretch is found around them. */
  found = g_strstr_len (after + (prefix > strlen (replacement) ? prefix - strlen (replacement) : 0),
                        -1, replacement);
  if (*replacement != '\0' && (found == NULL || (gsize) (found - after) > prefix))
    return FALSE;
  if (*replacement == '\0' && prefix + suffix != n_after)
    return FALSE;

  {
    gsize            start = *replacement != '\0' ? (gsize) (found - after) : prefix;
    gsize            end_after = *replacement != '\0' ? start + strlen (replacement) : prefix;
    g_autofree char *removed = NULL;

    if (n_after - end_after > n_before - start
        || strcmp (after + end_after, before + n_before - (n_after - end_after)) != 0
        || strncmp (after, before, start) != 0)
      return FALSE;
    removed = g_strndup (before + start, n_before - start - (n_after - end_after));
    if (strstr (removed, taken) == NULL)
      return FALSE;

    /* A sentence cleared takes no other sentence with it: one full stop
     * at most (the stretch may be shifted by words the sentences share,
     * "The "). */
    if (*replacement == '\0')
      {
        guint n_ends = 0;

        for (const char *c = removed; *c != '\0'; c++)
          if (ladder_sentence_ends (removed, c))
            n_ends++;
        return n_ends <= 1;
      }
    return TRUE;
  }
}

/* Whom a role reports to, changed, changes only that name on the page,
 * in the sentence as the page wrote it (the sentences beside it stay), and
 * reads back; cleared, only the sentence that said it goes. For every
 * role of the corpus that has a manager. */
static void
test_manager_edits_change_their_sentence (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  guint n_cases = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      g_autoptr (LadderFamily) probe
          = ladder_markdown_import (page->text, page->length, page->name, NULL);
      GListModel *roles;

      if (probe == NULL)
        continue;

      roles = ladder_family_get_roles (probe);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
          g_autofree char *manager = g_strdup (ladder_role_get_reports_to (role));

          if (*manager == '\0')
            continue;
          n_cases++;

          for (guint cleared = 0; cleared < 2; cleared++)
            {
              g_autoptr (LadderFamily) family
                  = ladder_markdown_import (page->text, page->length, page->name, NULL);
              g_autoptr (LadderRole) edited
                  = g_list_model_get_item (ladder_family_get_roles (family), r);
              g_autoptr (GString) exported = NULL;
              g_autoptr (LadderFamily) reopened = NULL;
              g_autoptr (LadderRole) again = NULL;
              const char *wanted = cleared ? "" : EDITED_MANAGER;

              ladder_role_set_reports_to (edited, wanted);
              exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
              if (!one_stretch_replaced (page->text, exported->str, cleared ? "report" : manager,
                                         wanted))
                g_ptr_array_add (failures,
                                 g_strdup_printf ("%s: role %u (\"%s\"), manager %s: the page "
                                                  "changed beyond the manager's %s",
                                                  page->name, r, ladder_role_get_title (edited),
                                                  cleared ? "cleared" : "changed",
                                                  cleared ? "sentence" : "name"));

              reopened = ladder_markdown_import (exported->str, exported->len, page->name, NULL);
              again = g_list_model_get_item (ladder_family_get_roles (reopened), r);
              if (g_strcmp0 (ladder_role_get_reports_to (again), wanted) != 0)
                g_ptr_array_add (failures,
                                 g_strdup_printf ("%s: role %u (\"%s\"), manager %s: reads back "
                                                  "as \"%s\"",
                                                  page->name, r, ladder_role_get_title (edited),
                                                  cleared ? "cleared" : "changed",
                                                  ladder_role_get_reports_to (again)));
            }
        }
    }

  g_test_message ("roles with a manager: %u", n_cases);
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (failures, i));

  g_assert_cmpuint (n_cases, >, 0);
  g_assert_cmpuint (failures->len, ==, 0);
}

/* One edit of one role, made on a fresh copy of its page (@variant of
 * how many the test makes of each role): FALSE when it does not apply to
 * that role. */
typedef gboolean (*RoleEdit) (LadderRole *role, guint r, guint variant);
/* What is wrong with the page as reopened (@reopened from @exported),
 * @edited being the role edited in @family; NULL when all is well. */
typedef char *(*ReopenCheck) (const LadderTestPage *page,
                              LadderFamily         *family,
                              LadderRole           *edited,
                              GString              *exported,
                              LadderFamily         *reopened,
                              guint                 r);

/* Makes @edit to each role of each page of the corpus, each time on the
 * page as read, writes the page and reads it again, and checks it with
 * @check. Asserts there were cases and no failures; says how many there
 * were, as @what. */
static void
check_role_edits_reopen (gconstpointer data,
                         guint         n_variants,
                         RoleEdit      edit,
                         ReopenCheck   check,
                         const char   *what)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  guint n_cases = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      g_autoptr (LadderFamily) probe
          = ladder_markdown_import (page->text, page->length, page->name, NULL);
      guint n_roles;

      if (probe == NULL)
        continue;

      n_roles = g_list_model_get_n_items (ladder_family_get_roles (probe));
      for (guint r = 0; r < n_roles; r++)
        for (guint variant = 0; variant < n_variants; variant++)
          {
            g_autoptr (LadderFamily) family
                = ladder_markdown_import (page->text, page->length, page->name, NULL);
            g_autoptr (LadderRole) role
                = g_list_model_get_item (ladder_family_get_roles (family), r);
            g_autofree char *title = g_strdup (ladder_role_get_title (role));
            g_autoptr (GString) exported = NULL;
            g_autoptr (LadderFamily) reopened = NULL;
            g_autofree char *why = NULL;

            /* For the edits that look at the role's neighbours. */
            g_object_set_data (G_OBJECT (role), "ladder-test-family", family);
            if (!edit (role, r, variant))
              continue;
            n_cases++;

            exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
            reopened = ladder_markdown_import (exported->str, exported->len, page->name, NULL);
            if (g_list_model_get_n_items (ladder_family_get_roles (reopened)) != n_roles)
              why = g_strdup_printf ("%u roles read back as %u", n_roles,
                                     g_list_model_get_n_items (ladder_family_get_roles (reopened)));
            else
              why = check (page, family, role, exported, reopened, r);
            if (why != NULL)
              g_ptr_array_add (failures, g_strdup_printf ("%s: role %u (\"%s\"), edit %u: %s",
                                                          page->name, r, title, variant, why));
          }
    }

  g_test_message ("%s: %u", what, n_cases);
  for (guint i = 0; i < failures->len && i < 40; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (failures, i));

  g_assert_cmpuint (n_cases, >, 0);
  g_assert_cmpuint (failures->len, ==, 0);
}

static gboolean
clear_grade (LadderRole *role, guint r, guint variant)
{
  if (ladder_role_get_job_grade (role) == LADDER_GRADE_NONE)
    return FALSE;

  ladder_role_set_job_grade (role, LADDER_GRADE_NONE);
  return TRUE;
}

static char *
check_roles_alike (const LadderTestPage *page,
                   LadderFamily         *family,
                   LadderRole           *edited,
                   GString              *exported,
                   LadderFamily         *reopened,
                   guint                 r)
{
  return compare_roles (family, reopened, G_MAXUINT, 0);
}

/* A grade cleared reads back as a role without a grade: the same roles,
 * titles and bullets, for every role of the corpus that has a grade. With
 * the heading over the grade gone, 12 corpus roles read back as text, or
 * as part of another role; a level whose grade was its only part read
 * back as text. The Principal Analytics Engineer's grade came back as 9
 * from "**Market Justification:** While there is limited supporting survey
 * data for a grade 9, …", which the page goes on to say under the grade's
 * heading. */
static void
test_cleared_grades_reopen (gconstpointer data)
{
  check_role_edits_reopen (data, 1, clear_grade, check_roles_alike, "roles with a grade");
}

/* Variant 0 gives a grade, 1 a manager, to a role without one. */
static gboolean
add_grade_or_manager (LadderRole *role, guint r, guint variant)
{
  if (variant == 0 ? ladder_role_get_job_grade (role) != LADDER_GRADE_NONE
                   : *ladder_role_get_reports_to (role) != '\0')
    return FALSE;

  if (variant == 0)
    ladder_role_set_job_grade (role, 7);
  else
    ladder_role_set_reports_to (role, EDITED_MANAGER);
  return TRUE;
}

static char *
check_roles_and_manager (const LadderTestPage *page,
                         LadderFamily         *family,
                         LadderRole           *edited,
                         GString              *exported,
                         LadderFamily         *reopened,
                         guint                 r)
{
  char *why = compare_roles (family, reopened, G_MAXUINT, 0);
  g_autoptr (LadderRole) again = NULL;

  if (why != NULL)
    return why;

  again = g_list_model_get_item (ladder_family_get_roles (reopened), r);
  if (g_strcmp0 (ladder_role_get_reports_to (again), ladder_role_get_reports_to (edited)) != 0)
    return g_strdup_printf ("the manager reads back as \"%s\"", ladder_role_get_reports_to (again));

  return NULL;
}

/* A grade or a manager given to a role that had none reads back: the same
 * roles, titles, grades, managers and bullets, for every role of the
 * corpus without one. A manager given to a role without a heading (the
 * page's one role, or one named only by its part headings) was written
 * where the page read it back as the intro's or the role before's (93
 * corpus roles); a grade given to such a role went to the role before, or
 * made the heading over them a role (5). */
static void
test_added_grades_and_managers_reopen (gconstpointer data)
{
  check_role_edits_reopen (data, 2, add_grade_or_manager, check_roles_and_manager,
                           "grades and managers added");
}

static const char *const typed_names[] = {
  "R&D: *Lead* [x] <y> _z_ #1",
  "Senior  Engineer\\",
  "- Lead",
  "Lead `code` | pipe",
  "Manager, Trust & Safety (EMEA) - 2",
  "1. Lead",
  "Dr. Lee, V.P. Sales",
  "Head of U.S. Sales",
};

/* Variant 0 types a title, 1 a manager, each role another name. */
static gboolean
type_name (LadderRole *role, guint r, guint variant)
{
  const char *value = typed_names[(r + variant) % G_N_ELEMENTS (typed_names)];

  if (ladder_role_get_heading_level (role) == 0)
    return FALSE;

  if (variant == 0)
    ladder_role_set_title (role, value);
  else
    ladder_role_set_reports_to (role, value);
  return TRUE;
}

static char *
check_name_typed (const LadderTestPage *page,
                  LadderFamily         *family,
                  LadderRole           *edited,
                  GString              *exported,
                  LadderFamily         *reopened,
                  guint                 r)
{
  g_autoptr (LadderRole) again = g_list_model_get_item (ladder_family_get_roles (reopened), r);
  const char *typed = ladder_role_get_reports_to (edited);
  const char *read = ladder_role_get_reports_to (again);

  if (g_strcmp0 (ladder_role_get_title (again), ladder_role_get_title (edited)) != 0)
    {
      typed = ladder_role_get_title (edited);
      read = ladder_role_get_title (again);
    }
  if (g_strcmp0 (read, typed) != 0)
    return g_strdup_printf ("\"%s\" typed reads back as \"%s\"", typed, read);

  return NULL;
}

/* A title or a manager typed with characters Markdown gives a meaning to
 * reads back as typed: for every role with a heading, of every page. A
 * manager typed with "*", "`" or a backslash was written escaped and not
 * read back (the field showed empty, and the next one typed wrote a second
 * sentence). */
static void
test_typed_names_reopen (gconstpointer data)
{
  check_role_edits_reopen (data, 2, type_name, check_name_typed, "names typed");
}

static const char *const typed_links[] = {
  "/handbook/engineering/",
  "#senior-manager",
  "https://about.gitlab.com/job-families/x/#a_b",
  "/job-families/sales/manager_(emea)/",
  "mailto:lead@example.com",
  "../manager/",
};

/* Variant 0 gives each role a manager's link, 1 a grade's link, 2 makes it
 * extend the role after it. */
static gboolean
type_link (LadderRole *role, guint r, guint variant)
{
  const char *link = typed_links[(r + variant) % G_N_ELEMENTS (typed_links)];

  if (variant == 0)
    {
      if (*ladder_role_get_reports_to (role) == '\0')
        ladder_role_set_reports_to (role, "Lead");
      ladder_role_set_reports_to_link (role, link);
    }
  else if (variant == 1)
    {
      if (ladder_role_get_job_grade (role) == LADDER_GRADE_NONE)
        ladder_role_set_job_grade (role, 7);
      ladder_role_set_grade_link (role, link);
    }
  else
    {
      GListModel *roles
          = ladder_family_get_roles (g_object_get_data (G_OBJECT (role), "ladder-test-family"));
      g_autoptr (LadderRole) next = NULL;

      if (roles == NULL || g_list_model_get_n_items (roles) < 2)
        return FALSE;
      next = g_list_model_get_item (roles, (r + 1) % g_list_model_get_n_items (roles));
      if (g_str_equal (ladder_role_get_title (next), ladder_role_get_title (role)))
        return FALSE;
      ladder_role_set_extends (role, ladder_role_get_title (next));
    }

  return TRUE;
}

static char *
check_link_typed (const LadderTestPage *page,
                  LadderFamily         *family,
                  LadderRole           *edited,
                  GString              *exported,
                  LadderFamily         *reopened,
                  guint                 r)
{
  g_autoptr (LadderRole) back = g_list_model_get_item (ladder_family_get_roles (reopened), r);
  const char *pairs[][2] = {
    { ladder_role_get_reports_to_link (edited), ladder_role_get_reports_to_link (back) },
    { ladder_role_get_grade_link (edited), ladder_role_get_grade_link (back) },
    { ladder_role_get_extends (edited), ladder_role_get_extends (back) },
    { ladder_role_get_reports_to (edited), ladder_role_get_reports_to (back) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (g_strcmp0 (pairs[i][0], pairs[i][1]) != 0)
      return g_strdup_printf ("\"%s\" typed reads back as \"%s\"", pairs[i][0], pairs[i][1]);

  return NULL;
}

static void
test_typed_links_reopen (gconstpointer data)
{
  check_role_edits_reopen (data, 3, type_link, check_link_typed, "links typed");
}

static gboolean
has_group_text (GListModel *bullets, guint position)
{
  g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, position);
  const char *prefix = ladder_bullet_get_prefix (bullet);

  return prefix != NULL && *prefix != '\0';
}

/* Bullets moved past the text that divides a list into groups (shown as
 * the groups' headers in the form). Variant 0 takes each group's first
 * bullet up into the group above, 1 the last bullet above each group's
 * text down into that group, 2 drags the first bullet onto the last row,
 * 3 the last onto the first. Roles whose lists have no such text are left
 * out. */
static gboolean
move_across_groups (LadderRole *role, guint r, guint variant)
{
  gboolean moved = FALSE;

  for (guint list = 0; list < 2; list++)
    {
      GListModel *bullets = ladder_role_get_bullets (role, list);
      guint       n = g_list_model_get_n_items (bullets);
      gboolean    grouped = FALSE;

      for (guint i = 0; i < n && !grouped; i++)
        grouped = has_group_text (bullets, i);
      if (!grouped || n < 2)
        continue;

      moved = TRUE;
      if (variant == 2 || variant == 3)
        {
          ladder_role_move_bullet (role, list, variant == 2 ? 0 : n - 1, variant == 2 ? n - 1 : 0);
          continue;
        }

      for (guint i = 1; i < n; i++)
        if (has_group_text (bullets, i))
          ladder_role_step_bullet (role, list, variant == 0 ? i : i - 1, variant == 0);
    }

  return moved;
}

/* The edited role reads back with its bullets in the order the form shows
 * them, each in the group the form shows it in. The text that starts a
 * list's first group, written right under the list's heading, reads back
 * as the list's own text: the bullets stay in order under it. */
static char *
check_groups_alike (const LadderTestPage *page,
                    LadderFamily         *family,
                    LadderRole           *edited,
                    GString              *exported,
                    LadderFamily         *reopened,
                    guint                 r)
{
  g_autoptr (LadderRole) back = g_list_model_get_item (ladder_family_get_roles (reopened), r);
  char *why = compare_roles (family, reopened, G_MAXUINT, 0);

  if (why != NULL)
    return why;

  for (guint list = 0; list < 2; list++)
    {
      GListModel *shown = ladder_role_get_bullets (edited, list);
      GListModel *read = ladder_role_get_bullets (back, list);

      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr (LadderBullet) a = g_list_model_get_item (shown, i);
          g_autoptr (LadderBullet) b = g_list_model_get_item (read, i);

          if (!g_str_equal (ladder_bullet_get_text (a), ladder_bullet_get_text (b)))
            return g_strdup_printf ("list %u bullet %u \"%s\" read back as \"%s\"", list, i,
                                    ladder_bullet_get_text (a), ladder_bullet_get_text (b));
          if (has_group_text (shown, i) != has_group_text (read, i)
              && !(i == 0 && !has_group_text (read, i)))
            return g_strdup_printf ("list %u bullet %u \"%s\" read back %s a group's text", list, i,
                                    ladder_bullet_get_text (a),
                                    has_group_text (read, i) ? "under" : "without");
        }
    }

  return NULL;
}

static void
test_moves_across_groups_reopen (gconstpointer data)
{
  check_role_edits_reopen (data, 4, move_across_groups, check_groups_alike,
                           "roles with bullets moved across group text");
}

int
main (int argc, char *argv[])
{
  const char *directory;
  int         skip_status;

  g_test_init (&argc, &argv, NULL);

  directory = ladder_test_corpus_dir (&skip_status);
  if (directory == NULL)
    return skip_status;

  g_test_add_data_func ("/structure/first-bullet-reopens", directory, test_first_bullet_reopens);
  g_test_add_data_func ("/structure/rename-changes-title-lines", directory,
                        test_rename_changes_title_lines);
  g_test_add_data_func ("/structure/edits-made-back-by-hand", directory,
                        test_edits_made_back_by_hand);
  g_test_add_data_func ("/structure/manager-edits-change-their-sentence", directory,
                        test_manager_edits_change_their_sentence);
  g_test_add_data_func ("/structure/cleared-grades-reopen", directory, test_cleared_grades_reopen);
  g_test_add_data_func ("/structure/added-grades-and-managers-reopen", directory,
                        test_added_grades_and_managers_reopen);
  g_test_add_data_func ("/structure/moves-across-groups-reopen", directory,
                        test_moves_across_groups_reopen);
  g_test_add_data_func ("/structure/typed-links-reopen", directory, test_typed_links_reopen);
  g_test_add_data_func ("/structure/typed-names-reopen", directory, test_typed_names_reopen);

  return g_test_run ();
}
