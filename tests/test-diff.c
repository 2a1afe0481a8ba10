/* test-diff.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The comparison of two families by role and bullet (ladder-diff), and the
 * word diff under it (ladder-word-diff).
 *
 * On the real handbook pages (LADDER_CORPUS_DIR): every page compared with
 * itself reports nothing; then, on a copy, each single edit made through the
 * model's setters (a grade, a title, a bullet added, removed, edited or
 * moved, a role added, removed, renamed or moved, a section edited) is
 * reported as exactly that change, at that place, and nothing else.
 */

#include <string.h>

#include "ladder-diff-format.h"
#include "ladder-diff.h"
#include "ladder-history.h"
#include "ladder-json.h"
#include "ladder-markdown-import.h"
#include "ladder-test-skip.h"
#include "ladder-word-diff.h"

/* Helpers */

static char *
render (GArray *spans)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      LadderDiffSpan *span = &g_array_index (spans, LadderDiffSpan, i);

      if (span->op == LADDER_DIFF_DELETE)
        g_string_append_printf (out, "[-%s-]", span->text);
      else if (span->op == LADDER_DIFF_INSERT)
        g_string_append_printf (out, "{+%s+}", span->text);
      else
        g_string_append (out, span->text);
    }

  return g_string_free (out, FALSE);
}

/* Put back together, the spans give both texts. */
static void
assert_spans_rebuild (GArray     *spans,
                      const char *old_text,
                      const char *new_text)
{
  g_autoptr (GString) old_side = g_string_new (NULL);
  g_autoptr (GString) new_side = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      LadderDiffSpan *span = &g_array_index (spans, LadderDiffSpan, i);

      g_assert_cmpuint (strlen (span->text), >, 0);
      if (span->op != LADDER_DIFF_INSERT)
        g_string_append (old_side, span->text);
      if (span->op != LADDER_DIFF_DELETE)
        g_string_append (new_side, span->text);
      if (i > 0)
        g_assert_cmpint (span->op, !=, g_array_index (spans, LadderDiffSpan, i - 1).op);
    }

  g_assert_cmpstr (old_side->str, ==, old_text);
  g_assert_cmpstr (new_side->str, ==, new_text);
}

static char *
describe (GPtrArray *changes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      LadderChange *change = g_ptr_array_index (changes, i);
      g_autofree char *location = ladder_change_format_location (change);
      g_autofree char *text = ladder_change_format (change, NULL);

      g_string_append_printf (out, "\n    [%s] %s: %s", ladder_change_kind_to_string (change->kind),
                              location, text);
    }

  return g_string_free (out, FALSE);
}

static LadderFamily *
import_text (const char *page)
{
  g_autoptr (GError) error = NULL;
  LadderFamily *family = ladder_markdown_import (page, strlen (page), "test.md", &error);

  g_assert_no_error (error);
  return family;
}

static LadderFamily *
import_file (const char *path)
{
  g_autofree char *page = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  LadderFamily *family;

  g_assert_true (g_file_get_contents (path, &page, &length, &error));
  family = ladder_markdown_import (page, length, path, &error);
  g_assert_no_error (error);
  return family;
}

static LadderRole *
role_at (LadderFamily *family,
         guint         position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family), position);

  g_object_unref (role);
  return role;
}

static LadderBullet *
bullet_at (LadderRole       *role,
           LadderBulletList  list,
           guint             position)
{
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_bullets (role, list), position);

  g_object_unref (bullet);
  return bullet;
}

static guint
n_bullets (LadderRole       *role,
           LadderBulletList  list)
{
  return g_list_model_get_n_items (ladder_role_get_bullets (role, list));
}

static LadderChange *
only_change (GPtrArray        *changes,
             LadderChangeKind  kind)
{
  g_autofree char *text = describe (changes);

  if (changes->len != 1 || ((LadderChange *) g_ptr_array_index (changes, 0))->kind != kind)
    g_error ("expected one %s, got:%s", ladder_change_kind_to_string (kind), text);

  return g_ptr_array_index (changes, 0);
}

/* Word diff */

static void
check_word_diff (const char *old_text,
                 const char *new_text,
                 const char *expected)
{
  g_autoptr (GArray) spans = ladder_word_diff (old_text, new_text);
  g_autofree char *rendered = render (spans);

  g_assert_cmpstr (rendered, ==, expected);
  assert_spans_rebuild (spans, old_text, new_text);
  g_assert_true (ladder_diff_spans_changed (spans) == !g_str_equal (old_text, new_text));
}

static void
test_word_diff_known (void)
{
  check_word_diff ("", "", "");
  check_word_diff ("Ability to use GitLab", "Ability to use GitLab", "Ability to use GitLab");
  check_word_diff ("Ability to use GitLab", "Ability to master GitLab",
                   "Ability to [-use-]{+master+} GitLab");
  check_word_diff ("grade 8", "grade 9", "grade [-8-]{+9+}");
  check_word_diff ("a b c", "a x y c", "a [-b-]{+x y+} c");
  check_word_diff ("Own the roadmap", "Own the product roadmap", "Own the {+product +}roadmap");
  check_word_diff ("Own the roadmap", "the roadmap", "[-Own -]the roadmap");
  check_word_diff ("Own the roadmap", "Own the roadmap.", "Own the roadmap{+.+}");
  check_word_diff ("", "New text", "{+New text+}");
  check_word_diff ("Old text", "", "[-Old text-]");
  /* Punctuation is its own token: the word stays. */
  check_word_diff ("Use GitLab,", "Use GitLab.", "Use GitLab[-,-]{+.+}");
  /* Two changes with only a space between them read as one. */
  check_word_diff ("red blue", "pink cyan", "[-red blue-]{+pink cyan+}");
  /* A word in common keeps them apart. */
  check_word_diff ("red and blue", "pink and cyan", "[-red-]{+pink+} and [-blue-]{+cyan+}");
  check_word_diff ("Café crème", "Café brûlée", "Café [-crème-]{+brûlée+}");
  check_word_diff ("[values](/handbook/values/)", "[our values](/handbook/values/)",
                   "[{+our +}values](/handbook/values/)");
  /* Line breaks are white space of their own. */
  check_word_diff ("one\ntwo\nthree\n", "one\n2\nthree\n", "one\n[-two-]{+2+}\nthree\n");
}

static void
test_word_diff_random (void)
{
  static const char *const words[] = { "a", "b", "c", "GitLab", " ", " ", "\n", ",", "é", "team" };

  for (guint round = 0; round < 500; round++)
    {
      g_autoptr (GString) old_text = g_string_new (NULL);
      g_autoptr (GString) new_text = g_string_new (NULL);
      g_autoptr (GArray) spans = NULL;
      guint n_old = (guint) g_test_rand_int_range (0, 30),
            n_new = (guint) g_test_rand_int_range (0, 30);

      for (guint i = 0; i < n_old; i++)
        g_string_append (old_text, words[g_test_rand_int_range (0, G_N_ELEMENTS (words))]);
      for (guint i = 0; i < n_new; i++)
        g_string_append (new_text, words[g_test_rand_int_range (0, G_N_ELEMENTS (words))]);

      spans = ladder_word_diff (old_text->str, new_text->str);
      assert_spans_rebuild (spans, old_text->str, new_text->str);
    }
}

static guint
count_ops (GArray *script,
           guint8  op)
{
  guint count = 0;

  for (guint i = 0; i < script->len; i++)
    count += g_array_index (script, guint8, i) == op;
  return count;
}

static void
test_diff_sequences (void)
{
  const guint a[] = { 1, 2, 3, 4, 5, 6 };
  const guint b[] = { 1, 3, 4, 7, 5, 6, 8 };
  g_autoptr (GArray) script = ladder_diff_sequences (a, G_N_ELEMENTS (a), b, G_N_ELEMENTS (b),
                                                     LADDER_DIFF_DEFAULT_WORK);

  /* 2 removed, 7 and 8 inserted: the shortest edit. */
  g_assert_cmpuint (count_ops (script, LADDER_DIFF_EQUAL), ==, 5);
  g_assert_cmpuint (count_ops (script, LADDER_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_ops (script, LADDER_DIFF_INSERT), ==, 2);
}

/* Past its bound on work the diff keeps the common beginning and end and
 * calls the middle replaced, instead of searching for the smallest change. */
static void
test_word_diff_bounded (void)
{
  const char *old_text = "x a 1 b 2 c y";
  const char *new_text = "x d 1 e 2 f y";
  g_autoptr (GArray) full = ladder_word_diff (old_text, new_text);
  g_autoptr (GArray) bounded = ladder_word_diff_full (old_text, new_text, 4);
  g_autofree char *full_text = render (full);
  g_autofree char *bounded_text = render (bounded);

  g_assert_cmpstr (full_text, ==, "x [-a-]{+d+} 1 [-b-]{+e+} 2 [-c-]{+f+} y");
  g_assert_cmpstr (bounded_text, ==, "x [-a 1 b 2 c-]{+d 1 e 2 f+} y");
  assert_spans_rebuild (bounded, old_text, new_text);
}

/* Two long sequences with nothing in common but their ends: the default
 * bound stops the search (D would be 400,000) and the result is still a
 * valid edit script. */
static void
test_diff_sequences_huge (void)
{
  const guint n = 200000;
  g_autofree guint *a = g_new (guint, n);
  g_autofree guint *b = g_new (guint, n);
  g_autoptr (GArray) script = NULL;

  for (guint i = 0; i < n; i++)
    {
      a[i] = (guint) g_test_rand_int_range (0, 1000);
      b[i] = (guint) g_test_rand_int_range (1000, 2000);
    }
  a[0] = b[0] = 7;
  a[n - 1] = b[n - 1] = 9;

  script = ladder_diff_sequences (a, n, b, n, LADDER_DIFF_DEFAULT_WORK);
  g_assert_cmpuint (script->len, ==, 2 * n - 2);
  g_assert_cmpuint (g_array_index (script, guint8, 0), ==, LADDER_DIFF_EQUAL);
  g_assert_cmpuint (g_array_index (script, guint8, script->len - 1), ==, LADDER_DIFF_EQUAL);
  g_assert_cmpuint (count_ops (script, LADDER_DIFF_DELETE), ==, n - 2);
  g_assert_cmpuint (count_ops (script, LADDER_DIFF_INSERT), ==, n - 2);
}

static void
test_similarity (void)
{
  g_autoptr (GHashTable) dictionary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) a = ladder_word_ids ("Ability to use GitLab", dictionary);
  g_autoptr (GArray) b = ladder_word_ids ("Ability to master GitLab!", dictionary);
  g_autoptr (GArray) c = ladder_word_ids ("Something else entirely", dictionary);
  g_autoptr (GArray) empty = ladder_word_ids ("  , ", dictionary);
  g_autoptr (GArray) empty2 = ladder_word_ids ("", dictionary);

  g_assert_cmpfloat_with_epsilon (ladder_word_ids_similarity (a, a), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ladder_word_ids_similarity (a, b), 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (ladder_word_ids_similarity (a, c), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ladder_word_ids_similarity (empty, empty2), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ladder_word_ids_similarity (a, empty), 0.0, 1e-9);
}

/* Families made for the purpose */

static const char *const small_page =
  "---\n"
  "title: \"Widgets\"\n"
  "summary: \"People who make widgets.\"\n"
  "canonical_path: \"/job-families/widgets/\"\n"
  "---\n"
  "\n"
  "Widget makers make widgets.\n"
  "\n"
  "## Levels\n"
  "\n"
  "### Widget Maker\n"
  "\n"
  "The Widget Maker reports to the Widget Manager.\n"
  "\n"
  "#### Widget Maker Job Grade\n"
  "\n"
  "The Widget Maker is a grade 6.\n"
  "\n"
  "#### Widget Maker Responsibilities\n"
  "\n"
  "- Make widgets of every size\n"
  "- Test the widgets before they ship\n"
  "- Write down how each widget is made\n"
  "- Help other makers with hard widgets\n"
  "\n"
  "#### Widget Maker Requirements\n"
  "\n"
  "- Two years of widget making\n"
  "- Ability to use GitLab\n"
  "\n"
  "### Senior Widget Maker\n"
  "\n"
  "The Senior Widget Maker reports to the Widget Manager.\n"
  "\n"
  "#### Senior Widget Maker Job Grade\n"
  "\n"
  "The Senior Widget Maker is a grade 7.\n"
  "\n"
  "#### Senior Widget Maker Responsibilities\n"
  "\n"
  "- Design new kinds of widgets\n"
  "- Review the widgets others make\n"
  "\n"
  "#### Senior Widget Maker Requirements\n"
  "\n"
  "- Five years of widget making\n"
  "- Ability to use GitLab\n"
  "\n"
  "### Widget Manager\n"
  "\n"
  "The Widget Manager reports to the Director of Widgets.\n"
  "\n"
  "#### Widget Manager Job Grade\n"
  "\n"
  "The Widget Manager is a grade 8.\n"
  "\n"
  "#### Widget Manager Responsibilities\n"
  "\n"
  "- Hire widget makers\n"
  "- Plan the widget roadmap\n"
  "\n"
  "#### Widget Manager Requirements\n"
  "\n"
  "- Experience leading a team of makers\n"
  "\n"
  "## Performance Indicators\n"
  "\n"
  "- Widgets shipped\n"
  "\n"
  "## Hiring Process\n"
  "\n"
  "Candidates meet a recruiter, then the manager.\n";

typedef struct
{
  LadderFamily *old_family;
  LadderFamily *new_family;
} Pair;

static void
pair_setup (Pair         *pair,
            gconstpointer data)
{
  pair->old_family = import_text (small_page);
  pair->new_family = import_text (small_page);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (pair->old_family)), ==, 3);
}

static void
pair_teardown (Pair         *pair,
               gconstpointer data)
{
  g_clear_object (&pair->old_family);
  g_clear_object (&pair->new_family);
}

static GPtrArray *
pair_diff (Pair *pair)
{
  return ladder_diff_families (pair->old_family, pair->new_family);
}

static char *
format_only (Pair             *pair,
             LadderChangeKind  kind)
{
  g_autoptr (GPtrArray) changes = pair_diff (pair);
  LadderChange *change = only_change (changes, kind);
  g_autofree char *location = ladder_change_format_location (change);
  g_autofree char *text = ladder_change_format (change, NULL);

  return g_strdup_printf ("%s: %s", location, text);
}

static void
test_same (Pair         *pair,
           gconstpointer data)
{
  g_autoptr (GPtrArray) changes = pair_diff (pair);
  g_autoptr (GPtrArray) self = ladder_diff_families (pair->old_family, pair->old_family);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (self->len, ==, 0);
}

static void
test_grade_and_fields (Pair         *pair,
                       gconstpointer data)
{
  LadderRole *role = role_at (pair->new_family, 2);
  g_autofree char *grade = NULL;
  g_autofree char *reports = NULL;
  g_autofree char *extends = NULL;

  ladder_role_set_job_grade (role, 9);
  grade = format_only (pair, LADDER_CHANGE_GRADE);
  g_assert_cmpstr (grade, ==, "Widget Manager: grade 8 → 9");

  ladder_role_set_job_grade (role, LADDER_GRADE_NONE);
  g_free (grade);
  grade = format_only (pair, LADDER_CHANGE_GRADE);
  g_assert_cmpstr (grade, ==, "Widget Manager: grade 8 → none");
  ladder_role_set_job_grade (role, 8);

  ladder_role_set_reports_to (role, "VP of Widgets");
  reports = format_only (pair, LADDER_CHANGE_REPORTS_TO);
  g_assert_cmpstr (reports, ==,
                   "Widget Manager: reports to “Director of Widgets” → “VP of Widgets”");
  ladder_role_set_reports_to (role, "Director of Widgets");

  ladder_role_set_extends (role, "Senior Widget Maker");
  extends = format_only (pair, LADDER_CHANGE_EXTENDS);
  g_assert_cmpstr (extends, ==, "Widget Manager: extends none → “Senior Widget Maker”");
}

static void
test_bullets (Pair         *pair,
              gconstpointer data)
{
  LadderRole *role = role_at (pair->new_family, 0);
  g_autoptr (LadderBullet) added = ladder_bullet_new ("Keep the workshop tidy");
  g_autoptr (GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  LadderChange *change;

  /* Edited, with the word that changed. */
  ladder_bullet_set_text (bullet_at (role, LADDER_BULLET_LIST_REQUIREMENTS, 1),
                          "Ability to master GitLab");
  text = format_only (pair, LADDER_CHANGE_BULLET_EDITED);
  g_assert_cmpstr (text, ==, "Widget Maker › Requirements: ~ Ability to [-use-]{+master+} GitLab");
  ladder_bullet_set_text (bullet_at (role, LADDER_BULLET_LIST_REQUIREMENTS, 1),
                          "Ability to use GitLab");

  /* A reorder is a move of the bullet that moved, nothing else. */
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3, 0);
  changes = pair_diff (pair);
  change = only_change (changes, LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpint (change->old_bullet, ==, 3);
  g_assert_cmpint (change->new_bullet, ==, 0);
  g_assert_cmpstr (change->new_text, ==, "Help other makers with hard widgets");
  g_clear_pointer (&text, g_free);
  text = format_only (pair, LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpstr (
      text, ==,
      "Widget Maker › Responsibilities: moved “Help other makers with hard widgets” (4 → 1)");
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, 3);

  /* Added and removed. */
  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2, added);
  g_clear_pointer (&text, g_free);
  text = format_only (pair, LADDER_CHANGE_BULLET_ADDED);
  g_assert_cmpstr (text, ==, "Widget Maker › Responsibilities: + “Keep the workshop tidy”");
  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2);
  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0);
  g_clear_pointer (&text, g_free);
  text = format_only (pair, LADDER_CHANGE_BULLET_REMOVED);
  g_assert_cmpstr (text, ==, "Widget Maker › Responsibilities: - “Make widgets of every size”");
}

/* A bullet that went from one list to the other moved; moved and edited is
 * both. */
static void
test_bullet_across_lists (Pair         *pair,
                          gconstpointer data)
{
  LadderRole *role = role_at (pair->new_family, 0);
  g_autoptr (LadderBullet) bullet
      = g_object_ref (bullet_at (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1));
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GPtrArray) both = NULL;
  g_autofree char *text = NULL;
  LadderChange *change;

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1);
  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 0, bullet);
  changes = pair_diff (pair);
  change = only_change (changes, LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpint (change->old_list, ==, LADDER_BULLET_LIST_RESPONSIBILITIES);
  g_assert_cmpint (change->new_list, ==, LADDER_BULLET_LIST_REQUIREMENTS);
  g_assert_cmpint (change->old_bullet, ==, 1);
  g_assert_cmpint (change->new_bullet, ==, 0);
  text = format_only (pair, LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpstr (text, ==,
                   "Widget Maker › Requirements: moved from Responsibilities “Test the widgets "
                   "before they ship”");

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 0);
  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1, bullet);
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3, 0);
  ladder_bullet_set_text (bullet_at (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0),
                          "Help other makers with the hardest widgets");
  both = pair_diff (pair);
  g_assert_cmpuint (both->len, ==, 2);
  g_assert_cmpint (((LadderChange *) g_ptr_array_index (both, 0))->kind, ==,
                   LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpint (((LadderChange *) g_ptr_array_index (both, 1))->kind, ==,
                   LADDER_CHANGE_BULLET_EDITED);
}

static void
test_roles (Pair         *pair,
            gconstpointer data)
{
  g_autoptr (LadderRole) added = ladder_role_new ("Principal Widget Maker");
  g_autoptr (LadderRole) removed = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  LadderChange *change;

  /* Renamed: its content is the same. */
  ladder_role_set_title (role_at (pair->new_family, 1), "Staff Widget Maker");
  text = format_only (pair, LADDER_CHANGE_ROLE_RENAMED);
  g_assert_cmpstr (text, ==,
                   "Staff Widget Maker: renamed “Senior Widget Maker” → “Staff Widget Maker”");
  ladder_role_set_title (role_at (pair->new_family, 1), "Senior Widget Maker");

  /* Moved: the one that moved, not the two it jumped. */
  ladder_family_move_role (pair->new_family, 2, 0);
  changes = pair_diff (pair);
  change = only_change (changes, LADDER_CHANGE_ROLE_MOVED);
  g_assert_cmpstr (change->new_role_title, ==, "Widget Manager");
  g_assert_cmpint (change->old_role, ==, 2);
  g_assert_cmpint (change->new_role, ==, 0);
  ladder_family_move_role (pair->new_family, 0, 2);

  ladder_role_set_job_grade (added, 9);
  ladder_family_insert_role (pair->new_family, 2, added);
  g_clear_pointer (&text, g_free);
  text = format_only (pair, LADDER_CHANGE_ROLE_ADDED);
  g_assert_cmpstr (text, ==, "Principal Widget Maker: role added");
  ladder_family_remove_role (pair->new_family, 2);

  removed = g_object_ref (role_at (pair->new_family, 0));
  ladder_family_remove_role (pair->new_family, 0);
  g_clear_pointer (&text, g_free);
  text = format_only (pair, LADDER_CHANGE_ROLE_REMOVED);
  g_assert_cmpstr (text, ==, "Widget Maker: role removed");
}

/* Two roles of the same title: the one removed is the one whose content
 * went, not the first of the two. */
static void
test_roles_same_title (void)
{
  g_autoptr (LadderFamily) old_family = import_text (small_page);
  g_autoptr (LadderFamily) new_family = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  LadderChange *change;

  ladder_role_set_title (role_at (old_family, 1), "Widget Maker");

  {
    g_autoptr (GBytes) json = ladder_json_write (old_family);
    g_autoptr (GError) error = NULL;

    new_family
        = ladder_json_read (g_bytes_get_data (json, NULL), g_bytes_get_size (json), "copy", &error);
    g_assert_no_error (error);
  }

  ladder_family_remove_role (new_family, 0);
  changes = ladder_diff_families (old_family, new_family);
  change = only_change (changes, LADDER_CHANGE_ROLE_REMOVED);
  g_assert_cmpint (change->old_role, ==, 0);
}

static void
test_family_fields (Pair         *pair,
                    gconstpointer data)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *added = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *intro = NULL;

  ladder_family_set_title (pair->new_family, "Gadgets");
  title = format_only (pair, LADDER_CHANGE_TITLE);
  g_assert_cmpstr (title, ==, "Title: “Widgets” → “Gadgets”");
  ladder_family_set_title (pair->new_family, "Widgets");

  ladder_family_set_summary (pair->new_family, "People who make gadgets.");
  summary = format_only (pair, LADDER_CHANGE_SUMMARY);
  g_assert_cmpstr (summary, ==, "Summary: “People who make widgets.” → “People who make gadgets.”");
  ladder_family_set_summary (pair->new_family, "People who make widgets.");

  ladder_family_set_front_matter_value (pair->new_family, "department", "Making");
  added = format_only (pair, LADDER_CHANGE_FRONT_MATTER);
  g_assert_cmpstr (added, ==, "Front matter: + department: “Making”");
  ladder_family_set_front_matter_value (pair->new_family, "department", NULL);

  ladder_family_set_front_matter_value (pair->new_family, "canonical_path",
                                        "/job-families/gadgets/");
  changed = format_only (pair, LADDER_CHANGE_FRONT_MATTER);
  g_assert_cmpstr (
      changed, ==,
      "Front matter: canonical_path: “/job-families/widgets/” → “/job-families/gadgets/”");

  ladder_family_set_front_matter_value (pair->new_family, "canonical_path", NULL);
  removed = format_only (pair, LADDER_CHANGE_FRONT_MATTER);
  g_assert_cmpstr (removed, ==, "Front matter: - canonical_path: “/job-families/widgets/”");

  g_clear_object (&pair->new_family);
  pair->new_family = import_text (small_page);
  ladder_family_set_intro (pair->new_family, "Widget makers make widgets.\n\nThey also mend them.");
  intro = format_only (pair, LADDER_CHANGE_INTRO);
  g_assert_cmpstr (intro, ==,
                   "Intro: text edited\n    Widget makers make widgets.{+↵+}\n    {+↵+}\n    "
                   "{+They also mend them.+}");
}

static LadderSection *
section_at (LadderFamily *family,
            guint         position)
{
  LadderSection *section = g_list_model_get_item (ladder_family_get_sections (family), position);

  g_object_unref (section);
  return section;
}

static int
find_section (LadderFamily *family,
              const char   *heading)
{
  GListModel *sections = ladder_family_get_sections (family);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    if (g_str_equal (ladder_section_get_heading (section_at (family, i)), heading))
      return (int) i;

  return -1;
}

static void
test_sections (Pair         *pair,
               gconstpointer data)
{
  int hiring = find_section (pair->new_family, "Hiring Process");
  int indicators = find_section (pair->new_family, "Performance Indicators");
  g_autoptr (LadderSection) added
      = ladder_section_new (LADDER_SECTION_CAREER_LADDER, "Career Ladder", 2);
  g_autoptr (GPtrArray) moved = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *inserted = NULL;
  LadderChange *change;

  g_assert_cmpint (hiring, >=, 0);
  g_assert_cmpint (indicators, >=, 0);

  ladder_section_set_body (section_at (pair->new_family, (guint) hiring),
                           "Candidates meet a recruiter, then the hiring manager.");
  edited = format_only (pair, LADDER_CHANGE_SECTION_EDITED);
  g_assert_cmpstr (
      edited, ==,
      "Hiring Process: text edited\n    Candidates meet a recruiter, then the {+hiring +}manager.");
  ladder_section_set_body (section_at (pair->new_family, (guint) hiring),
                           "Candidates meet a recruiter, then the manager.");

  ladder_section_set_heading (section_at (pair->new_family, (guint) hiring), "How We Hire");
  renamed = format_only (pair, LADDER_CHANGE_SECTION_RENAMED);
  g_assert_cmpstr (renamed, ==, "How We Hire: renamed “Hiring Process” → “How We Hire”");
  ladder_section_set_heading (section_at (pair->new_family, (guint) hiring), "Hiring Process");

  ladder_family_move_section (pair->new_family, (guint) hiring, 0);
  moved = pair_diff (pair);
  change = only_change (moved, LADDER_CHANGE_SECTION_MOVED);
  g_assert_cmpstr (change->new_heading, ==, "Hiring Process");
  ladder_family_move_section (pair->new_family, 0, (guint) hiring);

  ladder_section_set_body (added, "Makers become senior makers.");
  ladder_family_insert_section (pair->new_family, (guint) hiring, added);
  inserted = format_only (pair, LADDER_CHANGE_SECTION_ADDED);
  g_assert_cmpstr (inserted, ==, "Career Ladder: section added");
}

/* Nothing that the comparison shows changed, but the page is written
 * differently: said, not hidden. */
static void
test_layout_only (Pair         *pair,
                  gconstpointer data)
{
  int hiring = find_section (pair->new_family, "Hiring Process");
  g_autoptr (GPtrArray) changes = NULL;

  ladder_section_set_level (section_at (pair->new_family, (guint) hiring), 3);
  changes = pair_diff (pair);
  only_change (changes, LADDER_CHANGE_LAYOUT);
}

/* Every corpus page */

typedef struct
{
  const char   *name;
  LadderFamily *old_family;
  LadderFamily *new_family;
  /* new_family's, for the edits a person takes back with Undo. */
  LadderHistory *history;
  guint         cases;
  guint         failures;
  GString      *log;
  guint         counts[LADDER_CHANGE_LAYOUT + 1];
} Check;

/* What an edit must give: one change of `kind`, at these places (-2: any).
 * `text`, when set, is the text the change must name. */
typedef struct
{
  LadderChangeKind kind;
  int              old_role;
  int              new_role;
  int              old_bullet;
  int              new_bullet;
  int              list;
  const char      *text;
} Expected;

#define ANY (-2)

static void
fail (Check      *check,
      const char *edit,
      GPtrArray  *changes,
      const char *why)
{
  g_autofree char *text = describe (changes);

  check->failures++;
  if (check->failures <= 40)
    g_string_append_printf (check->log, "%s: %s: %s; got:%s\n", check->name, edit, why, text);
}

static void
expect_one (Check          *check,
            const char     *edit,
            const Expected *expected)
{
  g_autoptr (GPtrArray) changes = ladder_diff_families (check->old_family, check->new_family);
  LadderChange *change;
  const char *text;

  check->cases++;

  if (changes->len != 1)
    {
      fail (check, edit, changes, "not exactly one change");
      return;
    }

  change = g_ptr_array_index (changes, 0);
  text = change->new_text != NULL ? change->new_text : change->old_text;

  if (change->kind != expected->kind)
    fail (check, edit, changes, "wrong kind");
  else if ((expected->old_role != ANY && change->old_role != expected->old_role)
           || (expected->new_role != ANY && change->new_role != expected->new_role))
    fail (check, edit, changes, "wrong role");
  else if ((expected->old_bullet != ANY && change->old_bullet != expected->old_bullet)
           || (expected->new_bullet != ANY && change->new_bullet != expected->new_bullet))
    fail (check, edit, changes, "wrong bullet");
  else if (expected->list != ANY && (int) change->new_list != expected->list
           && (int) change->old_list != expected->list)
    fail (check, edit, changes, "wrong list");
  else if (expected->text != NULL && g_strcmp0 (text, expected->text) != 0)
    fail (check, edit, changes, "wrong text");
  else
    check->counts[expected->kind]++;
}

static void
expect_none (Check      *check,
             const char *edit)
{
  g_autoptr (GPtrArray) changes = ladder_diff_families (check->old_family, check->new_family);

  check->cases++;
  if (changes->len != 0)
    fail (check, edit, changes, "expected no change");
}

static guint
count_text (LadderRole       *role,
            LadderBulletList  list,
            const char       *text)
{
  guint count = 0;

  for (guint i = 0; i < n_bullets (role, list); i++)
    count += g_str_equal (ladder_bullet_get_text (bullet_at (role, list, i)), text);
  return count;
}

static guint
count_title (LadderFamily *family,
             const char   *title)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    count += g_str_equal (ladder_role_get_title (role_at (family, i)), title);
  return count;
}

static gboolean
has_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The bullet's text with a word put in after its first word. */
static char *
edited_text (const char *text)
{
  const char *space = strchr (text, ' ');

  if (space == NULL)
    return g_strconcat (text, " carefully", NULL);

  return g_strdup_printf ("%.*s carefully%s", (int) (space - text), text, space);
}

/* Whether text of the page divides @list into groups. */
static gboolean
has_groups (LadderRole *role, LadderBulletList list)
{
  for (guint i = 0; i < n_bullets (role, list); i++)
    {
      const char *prefix = ladder_bullet_get_prefix (bullet_at (role, list, i));

      if (prefix != NULL && *prefix != '\0')
        return TRUE;
    }

  return FALSE;
}

static void
check_bullets (Check           *check,
               guint            r,
               LadderBulletList list)
{
  LadderRole *role = role_at (check->new_family, r);
  guint n = n_bullets (role, list);
  guint picks[] = { 0, n / 2, n > 0 ? n - 1 : 0 };
  int ri = (int) r;

  if (n == 0)
    return;

  for (guint p = 0; p < G_N_ELEMENTS (picks); p++)
    {
      guint b = picks[p];
      LadderBullet *bullet = bullet_at (role, list, b);
      g_autofree char *original = g_strdup (ladder_bullet_get_text (bullet));
      g_autofree char *edited = edited_text (original);
      gboolean unique = count_text (role, list, original) == 1;
      g_autoptr (LadderBullet) kept = g_object_ref (bullet);
      g_autoptr (LadderBullet) added = ladder_bullet_new ("A bullet added by the diff test");

      if (p > 0 && b == picks[p - 1])
        continue;

      /* Edited */
      if (has_word (original) && count_text (role, list, edited) == 0)
        {
          Expected expected
              = { LADDER_CHANGE_BULLET_EDITED, ri, ri, (int) b, (int) b, (int) list, edited };

          ladder_bullet_set_text (bullet, edited);
          expect_one (check, "bullet edited", &expected);
          ladder_bullet_set_text (bullet, original);
        }

      /* Removed, as a person deletes it: the text that starts its group
       * stays, above the next bullet, and no other bullet changes group. */
      {
        Expected expected = {
          LADDER_CHANGE_BULLET_REMOVED, ri, ri, unique ? (int) b : ANY, -1, (int) list, original
        };

        ladder_history_seal (check->history);
        ladder_role_delete_bullet (role, list, b);
        expect_one (check, "bullet removed", &expected);
        ladder_history_undo (check->history);
      }

      /* Added before it */
      {
        Expected expected = { LADDER_CHANGE_BULLET_ADDED, ri, ri, -1, (int) b, (int) list, NULL };

        ladder_role_insert_bullet (role, list, b, added);
        expect_one (check, "bullet added", &expected);
        ladder_role_remove_bullet (role, list, b);
      }

      /* Moved to the other end of the list: two or more places, so that
       * only this bullet is out of order. In a list divided into groups,
       * a bullet that is its group's only one changes places with its
       * neighbour, which changes group too (/diff/bullet-regrouped). */
      if (n >= 3 && unique && (b == 0 || b == n - 1) && !has_groups (role, list))
        {
          guint to = b == 0 ? n - 1 : 0;
          Expected expected
              = { LADDER_CHANGE_BULLET_MOVED, ri, ri, (int) b, (int) to, (int) list, original };

          /* Undone: dropped back on its first row, a bullet joins the
           * group that row is in, which may not be the one it left. */
          ladder_history_seal (check->history);
          ladder_role_move_bullet (role, list, b, to);
          expect_one (check, "bullet moved", &expected);
          ladder_history_undo (check->history);
        }

      /* Moved to the other list, with the text above it, where that
       * text would start a group there. */
      if (unique && count_text (role, 1 - list, original) == 0 && !has_groups (role, list)
          && !has_groups (role, 1 - list))
        {
          Expected expected
              = { LADDER_CHANGE_BULLET_MOVED, ri, ri, (int) b, 0, (int) (1 - list), original };

          ladder_role_remove_bullet (role, list, b);
          ladder_role_insert_bullet (role, 1 - list, 0, kept);
          expect_one (check, "bullet moved to the other list", &expected);
          ladder_role_remove_bullet (role, 1 - list, 0);
          ladder_role_insert_bullet (role, list, b, kept);
        }
    }
}

static void
check_role (Check *check,
            guint  r)
{
  LadderRole *role = role_at (check->new_family, r);
  guint n_roles = g_list_model_get_n_items (ladder_family_get_roles (check->new_family));
  g_autofree char *title = g_strdup (ladder_role_get_title (role));
  g_autofree char *reports_to = g_strdup (ladder_role_get_reports_to (role));
  gboolean unique = count_title (check->new_family, title) == 1;
  int grade = ladder_role_get_job_grade (role);
  int ri = (int) r;

  /* Grade */
  {
    int new_grade = grade == LADDER_GRADE_NONE ? 7 : (grade + 1) % (LADDER_GRADE_MAX + 1);
    Expected expected = { LADDER_CHANGE_GRADE, ri, ri, -1, -1, ANY, NULL };

    ladder_role_set_job_grade (role, new_grade);
    expect_one (check, "grade", &expected);
    ladder_role_set_job_grade (role, grade);
  }

  /* Title. The page's one role, without a heading, is named by the
   * page's title, which follows it: that is the change. */
  {
    gboolean page_role = ladder_role_get_heading_level (role) == 0
                         && g_strcmp0 (title, ladder_family_get_title (check->new_family)) == 0;
    Expected expected
        = { LADDER_CHANGE_ROLE_RENAMED, ri, ri, -1, -1, ANY, "A Role Renamed By The Diff Test" };
    Expected retitled
        = { LADDER_CHANGE_TITLE, -1, -1, -1, -1, ANY, "A Role Renamed By The Diff Test" };

    if (page_role)
      expected = retitled;

    ladder_role_set_title (role, "A Role Renamed By The Diff Test");
    expect_one (check, "role renamed", &expected);
    ladder_role_set_title (role, title);
  }

  /* Reports to */
  {
    Expected expected = { LADDER_CHANGE_REPORTS_TO, ri, ri, -1, -1, ANY, "Someone Else Entirely" };

    ladder_role_set_reports_to (role, "Someone Else Entirely");
    expect_one (check, "reports to", &expected);
    ladder_role_set_reports_to (role, reports_to);
  }

  /* Removed */
  {
    g_autoptr (LadderRole) kept = g_object_ref (role);
    Expected expected = { LADDER_CHANGE_ROLE_REMOVED, unique ? ri : ANY, -1, -1, -1, ANY, NULL };

    ladder_family_remove_role (check->new_family, r);
    expect_one (check, "role removed", &expected);
    ladder_family_insert_role (check->new_family, r, kept);
  }

  /* Added before it */
  {
    g_autoptr (LadderRole) added = ladder_role_new ("A Role Added By The Diff Test");
    g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Add roles to pages");
    Expected expected = { LADDER_CHANGE_ROLE_ADDED, -1, ri, -1, -1, ANY, NULL };

    ladder_role_set_job_grade (added, 5);
    ladder_role_append_bullet (added, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
    ladder_role_set_region (added, ladder_role_get_region (role));
    ladder_family_insert_role (check->new_family, r, added);
    expect_one (check, "role added", &expected);
    ladder_family_remove_role (check->new_family, r);
  }

  /* Moved to the other end */
  if (n_roles >= 3 && unique && (r == 0 || r == n_roles - 1))
    {
      guint to = r == 0 ? n_roles - 1 : 0;
      Expected expected = { LADDER_CHANGE_ROLE_MOVED, ri, (int) to, -1, -1, ANY, NULL };

      ladder_family_move_role (check->new_family, r, to);
      expect_one (check, "role moved", &expected);
      ladder_family_move_role (check->new_family, to, r);
    }

  check_bullets (check, r, LADDER_BULLET_LIST_RESPONSIBILITIES);
  check_bullets (check, r, LADDER_BULLET_LIST_REQUIREMENTS);
}

static void
check_family_fields (Check *check)
{
  GListModel *sections = ladder_family_get_sections (check->new_family);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      LadderSection *section = section_at (check->new_family, i);
      g_autofree char *body = g_strdup (ladder_section_get_body (section));
      g_autofree char *edited = NULL;
      Expected expected = { LADDER_CHANGE_SECTION_EDITED, -1, -1, -1, -1, ANY, NULL };

      if (body == NULL || *body == '\0')
        continue;

      edited = g_strconcat (body, "\n\nA paragraph added by the diff test.", NULL);
      expected.text = edited;
      ladder_section_set_body (section, edited);
      expect_one (check, "section edited", &expected);
      ladder_section_set_body (section, body);
      break;
    }

  {
    Expected expected
        = { LADDER_CHANGE_TITLE, -1, -1, -1, -1, ANY, "A Title Set By The Diff Test" };

    ladder_family_set_title (check->new_family, "A Title Set By The Diff Test");
    expect_one (check, "family title", &expected);
  }
}

static void
check_page (Check      *check,
            const char *path)
{
  guint n_roles;
  guint picks[3];

  check->old_family = import_file (path);
  check->new_family = import_file (path);

  /* The same page, twice, and through the file format. */
  {
    g_autoptr (GPtrArray) self = ladder_diff_families (check->old_family, check->old_family);
    g_autoptr (GBytes) json = ladder_json_write (check->old_family);
    g_autoptr (GError) error = NULL;
    g_autoptr (LadderFamily) saved
        = ladder_json_read (g_bytes_get_data (json, NULL), g_bytes_get_size (json), path, &error);

    g_assert_no_error (error);
    check->cases++;
    if (self->len != 0)
      fail (check, "compared with itself", self, "expected no change");
    expect_none (check, "compared with a second import");

    g_clear_object (&check->new_family);
    check->new_family = g_steal_pointer (&saved);
    expect_none (check, "compared with its saved file");
  }

  check->history = ladder_history_new (check->new_family);
  n_roles = g_list_model_get_n_items (ladder_family_get_roles (check->new_family));
  picks[0] = 0;
  picks[1] = n_roles / 2;
  picks[2] = n_roles > 0 ? n_roles - 1 : 0;

  for (guint p = 0; p < G_N_ELEMENTS (picks) && n_roles > 0; p++)
    if (p == 0 || picks[p] != picks[p - 1])
      check_role (check, picks[p]);

  /* Every edit was undone: nothing left to report. */
  expect_none (check, "after undoing every edit");

  check_family_fields (check);

  g_clear_object (&check->history);
  g_clear_object (&check->old_family);
  g_clear_object (&check->new_family);
}

static void
test_corpus (void)
{
  const char *directory = g_getenv ("LADDER_CORPUS_DIR");
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) summary = g_string_new (NULL);
  Check check = { 0 };
  const char *entry;

  if (directory == NULL || *directory == '\0' || !g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *why
          = g_strdup_printf ("no corpus of handbook pages: set LADDER_CORPUS_DIR (%s not found)",
                             directory ? directory : "(unset)");

      ladder_test_skip_case (why);
      return;
    }

  dir = g_dir_open (directory, 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".md") && !g_str_equal (entry, "README.md")
        && !g_str_equal (entry, "VARIANTS.md"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  check.log = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = *(const char **) &g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (directory, name, NULL);

      check.name = name;
      check_page (&check, path);
    }

  for (guint k = 0; k <= LADDER_CHANGE_LAYOUT; k++)
    if (check.counts[k] > 0)
      g_string_append_printf (summary, " %s %u,", ladder_change_kind_to_string (k),
                              check.counts[k]);

  g_test_message ("pages: %u, single edits and self-comparisons checked: %u, failed: %u",
                  names->len, check.cases, check.failures);
  g_test_message ("edits reported as exactly that change:%s", summary->str);
  if (check.failures > 0)
    g_test_message ("%s", check.log->str);

  g_assert_cmpuint (check.failures, ==, 0);
  /* Every kind of edit was tried on real pages. */
  g_assert_cmpuint (check.counts[LADDER_CHANGE_ROLE_MOVED], >, 0);
  g_assert_cmpuint (check.counts[LADDER_CHANGE_BULLET_MOVED], >, 0);
  g_assert_cmpuint (check.counts[LADDER_CHANGE_BULLET_EDITED], >, 0);
  g_assert_cmpuint (check.counts[LADDER_CHANGE_SECTION_EDITED], >, 0);

  g_string_free (check.log, TRUE);
}

/* A bullet taken past the text that starts a group of its list (Alt+Up
 * on the first requirement under "**Nice-to-have**") keeps its place in
 * the list, yet the page now says it is required: one change, the bullet
 * moved into the other group. Before, the comparison said only that the
 * Markdown's layout changed. */
static void
test_bullet_regrouped (void)
{
  static const char page[] = "## Levels\n"
                             "\n"
                             "### Manager\n"
                             "\n"
                             "#### Requirements\n"
                             "\n"
                             "- One\n"
                             "- Two\n"
                             "\n"
                             "**Nice-to-have**\n"
                             "\n"
                             "- Three\n"
                             "- Four\n";
  g_autoptr (LadderFamily) old_family = import_text (page);
  g_autoptr (LadderFamily) new_family = import_text (page);
  LadderRole *role = role_at (new_family, 0);
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GPtrArray) back = NULL;
  g_autofree char *text = NULL;
  LadderChange    *change;

  g_assert_cmpuint (ladder_role_step_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 2, TRUE), ==,
                    2);
  changes = ladder_diff_families (old_family, new_family);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, LADDER_CHANGE_BULLET_MOVED);
  g_assert_cmpint (change->old_bullet, ==, 2);
  g_assert_cmpint (change->new_bullet, ==, 2);
  g_assert_cmpstr (change->old_group, ==, "Nice-to-have");
  g_assert_null (change->new_group);
  text = ladder_change_format (change, NULL);
  g_assert_cmpstr (text, ==, "moved “Three” out of group “Nice-to-have”");

  /* Back into the group, and within the group: no group named. */
  ladder_role_step_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 2, FALSE);
  ladder_role_step_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 2, FALSE);
  back = ladder_diff_families (old_family, new_family);
  g_assert_cmpuint (back->len, ==, 1);
  change = g_ptr_array_index (back, 0);
  g_assert_cmpint (change->kind, ==, LADDER_CHANGE_BULLET_MOVED);
  g_assert_null (change->old_group);
  g_assert_null (change->new_group);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/word-diff/known", test_word_diff_known);
  g_test_add_func ("/word-diff/random", test_word_diff_random);
  g_test_add_func ("/word-diff/sequences", test_diff_sequences);
  g_test_add_func ("/word-diff/bounded", test_word_diff_bounded);
  g_test_add_func ("/word-diff/huge", test_diff_sequences_huge);
  g_test_add_func ("/word-diff/similarity", test_similarity);

  g_test_add ("/diff/same", Pair, NULL, pair_setup, test_same, pair_teardown);
  g_test_add ("/diff/grade-and-fields", Pair, NULL, pair_setup, test_grade_and_fields,
              pair_teardown);
  g_test_add ("/diff/bullets", Pair, NULL, pair_setup, test_bullets, pair_teardown);
  g_test_add ("/diff/bullet-across-lists", Pair, NULL, pair_setup, test_bullet_across_lists,
              pair_teardown);
  g_test_add ("/diff/roles", Pair, NULL, pair_setup, test_roles, pair_teardown);
  g_test_add_func ("/diff/roles-same-title", test_roles_same_title);
  g_test_add ("/diff/family-fields", Pair, NULL, pair_setup, test_family_fields, pair_teardown);
  g_test_add ("/diff/sections", Pair, NULL, pair_setup, test_sections, pair_teardown);
  g_test_add ("/diff/layout-only", Pair, NULL, pair_setup, test_layout_only, pair_teardown);
  g_test_add_func ("/diff/bullet-regrouped", test_bullet_regrouped);
  g_test_add_func ("/diff/corpus", test_corpus);

  return g_test_run ();
}
