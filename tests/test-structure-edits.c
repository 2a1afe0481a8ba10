/* test-structure-edits.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A page edited as the editor edits it reopens as edited. For every page
 * of the corpus: every role duplicated, a new role added after each, each
 * deleted, and each moved down, up and to the end; a section added after
 * the others, and each deleted; a bullet deleted, inserted and moved at
 * the first place of each list, before each text that divides a list, and
 * at the last. The page is written, read again, and must hold the roles,
 * sections and bullets as they were made; where lines were only added or
 * only taken away, no other line may change. The few pages whose words
 * stand where their headings do not say are listed, each case with the
 * reason, and must still fail, so that the list stays true.
 *
 * The pages are read from LADDER_CORPUS_DIR; without them the test is
 * skipped, or fails under CI.
 */

#include <string.h>

#include "ladder-bullet-private.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-section.h"
#include "ladder-test-corpus.h"

#define ADDED_TEXT "Added by the structure test"

/* Whether @reopened holds @family's roles as they are, the one at @added
 * included; NULL when so, or what differs. */
static char *
compare_all_roles (LadderFamily *family, LadderFamily *reopened)
{
  GListModel *roles = ladder_family_get_roles (family);
  GListModel *read_back = ladder_family_get_roles (reopened);
  guint       n_roles = g_list_model_get_n_items (roles);

  if (g_list_model_get_n_items (read_back) != n_roles)
    return g_strdup_printf ("%u roles read back as %u", n_roles,
                            g_list_model_get_n_items (read_back));

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
      g_autoptr (LadderRole) again = g_list_model_get_item (read_back, r);

      if (!g_str_equal (ladder_role_get_title (role), ladder_role_get_title (again))
          || ladder_role_get_job_grade (role) != ladder_role_get_job_grade (again))
        return g_strdup_printf ("role %u \"%s\" (grade %d) read back as \"%s\" (grade %d)", r,
                                ladder_role_get_title (role), ladder_role_get_job_grade (role),
                                ladder_role_get_title (again), ladder_role_get_job_grade (again));

      for (guint which = 0; which < 2; which++)
        {
          GListModel *bullets = ladder_role_get_bullets (role, which);
          GListModel *bullets_again = ladder_role_get_bullets (again, which);

          guint       expected = g_list_model_get_n_items (bullets);
          const char *extends = ladder_role_get_extends (role);

          /* "Extends that of the Senior X" under a role whose Senior X is
           * gone reads back as the bullet it is (the checks say so). */
          if (*extends != '\0' && ladder_family_find_role (family, extends) == NULL
              && g_list_model_get_n_items (bullets_again) == expected + 1)
            continue;

          if (expected != g_list_model_get_n_items (bullets_again))
            return g_strdup_printf ("role %u \"%s\" list %u: %u bullets read back as %u", r,
                                    ladder_role_get_title (role), which,
                                    g_list_model_get_n_items (bullets),
                                    g_list_model_get_n_items (bullets_again));
        }
    }

  return NULL;
}

/* Whether @after is @before with lines added in one place. */
static char *
compare_added_lines (const char *before, const char *after)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);
  guint n_old = g_strv_length (old_lines);
  guint n_new = g_strv_length (new_lines);
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new && g_str_equal (old_lines[prefix], new_lines[prefix]))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && g_str_equal (old_lines[n_old - 1 - suffix], new_lines[n_new - 1 - suffix]))
    suffix++;

  if (prefix + suffix != n_old)
    return g_strdup_printf ("line %u changed: \"%s\"", prefix + 1, old_lines[prefix]);

  return NULL;
}

/* How lines of @page may have changed: (@before, @after) → NULL or why not. */
typedef char *(*LineCheck) (const char *before, const char *after);

/* @family, edited from @page, written and read again: NULL when every role
 * reads back as it is and the lines pass @check (when given), or why not. */
static char *
reopen_and_compare (LadderFamily *family, const char *page, const char *name, LineCheck check)
{
  g_autoptr (GString) exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) reopened
      = ladder_markdown_import (exported->str, exported->len, name, &error);
  char *why;

  if (reopened == NULL)
    return g_strdup_printf ("does not reopen: %s", error->message);

  why = compare_all_roles (family, reopened);
  if (why == NULL && check != NULL)
    why = check (page, exported->str);

  return why;
}

typedef enum
{
  ADD_DUPLICATE,
  ADD_NEW,
} AddKind;

/* A role added after role @r of @page, as the editor's Duplicate or Add
 * Role (then filled in) would; NULL when it reopens as it was added. */
static char *
add_role_after (const char *page, gsize length, const char *name, guint r, AddKind kind)
{
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, name, NULL);
  g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), r);
  g_autoptr (LadderRole) added = NULL;

  if (kind == ADD_DUPLICATE)
    added = ladder_role_duplicate (role);
  else
    {
      g_autoptr (LadderBullet) responsibility = ladder_bullet_new (ADDED_TEXT " (responsibility)");
      g_autoptr (LadderBullet) requirement = ladder_bullet_new (ADDED_TEXT " (requirement)");

      added = ladder_role_new_beside (role);
      ladder_role_set_title (added, "Added Role Title");
      ladder_role_set_job_grade (added, 7);
      ladder_role_append_bullet (added, LADDER_BULLET_LIST_RESPONSIBILITIES, responsibility);
      ladder_role_append_bullet (added, LADDER_BULLET_LIST_REQUIREMENTS, requirement);
    }
  ladder_family_insert_role (family, r + 1, added);

  return reopen_and_compare (family, page, name, compare_added_lines);
}

/* Whether @after is @before with lines taken out, and none added or
 * changed. */
static char *
compare_removed_lines (const char *before, const char *after)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);
  guint o = 0;

  for (guint n = 0; new_lines[n] != NULL; n++)
    {
      while (old_lines[o] != NULL && !g_str_equal (old_lines[o], new_lines[n]))
        o++;
      if (old_lines[o] == NULL)
        return g_strdup_printf ("line \"%s\" is new", new_lines[n]);
      o++;
    }

  return NULL;
}

/* Role @r of @page deleted, as the editor's Delete does; NULL when the
 * page reopens without it, the others as they were, and lost only lines. */
static char *
delete_role (const char *page, gsize length, const char *name, guint r)
{
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, name, NULL);

  ladder_family_remove_role (family, r);

  return reopen_and_compare (family, page, name, compare_removed_lines);
}

/* Role @from of @page moved to @to, as the editor's Move Up, Move Down or
 * a drag does where the page can show it; NULL when the page reopens with
 * the roles in their new order, each as it was. Sets @refused when the
 * editor keeps the role in its place. */
static char *
move_role (const char *page,
           gsize       length,
           const char *name,
           guint       from,
           guint       to,
           gboolean   *refused)
{
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, name, NULL);

  *refused = !ladder_family_can_move_role_on_page (family, from, to);
  if (*refused)
    return NULL;

  ladder_family_move_role_on_page (family, from, to);

  return reopen_and_compare (family, page, name, NULL);
}

/* Pages whose roles are not where their headings say, so that a role
 * added among them changes how the page reads: each case that fails, and
 * why. The test fails when one of them no longer fails, so that the list
 * stays true. */
static const LadderTestLimit role_limits[] = {
  { "security__infrastructure-security.md", "duplicate after role 0",
    "the role is the page's, titled \"… Roles & Responsibilities\": its copy's heading reads "
    "as a Responsibilities heading" },
  { "sales__vp-enterprise-sales.md", "duplicate after role 0",
    "the roles under \"## Territories\" have no headings of their own: a role heading beside "
    "it makes it a role" },
  { "sales__vp-enterprise-sales.md", "new role after role 0", "as above" },
  { "sales__vp-enterprise-sales.md", "duplicate after role 1", "as above" },
  { "sales__vp-enterprise-sales.md", "new role after role 1", "as above" },
  { "sales__online-sales-operations.md", "duplicate after role 2",
    "the role's parts are headings of its own level: a role after them takes them" },
  { "sales__online-sales-operations.md", "new role after role 2", "as above" },
  { "people-group__talent-acquisition.md", "new role after role 3",
    "the role's \"### Senior Requirements\" is above its \"#### Senior Recruiter\"" },
  { "security__security-analyst.md", "move role 4 to 5", "as below" },
  { "security__security-analyst.md", "move role 5 to 4", "as below" },
  { "engineering__backend-engineer.md", "move role 1 to 24",
    "\"### Associate Backend Engineer\" is a level only beside the others, by its grade" },
  { "security__security-analyst.md", "delete role 5",
    "its specialties have no headings of their own: without the role, \"### Security "
    "Compliance\" reads as one" },
};

/* What a reader finds in @family: each role's title, grade and number of
 * bullets, each section's heading and kind. */
static char *
outline_of (LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);
  GListModel *sections = ladder_family_get_sections (family);
  GString    *outline = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      g_string_append_printf (outline, "role \"%s\" grade %d, %u + %u bullets\n",
                              ladder_role_get_title (role), ladder_role_get_job_grade (role),
                              ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES),
                              ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      g_string_append_printf (outline, "section \"%s\" (%s)\n",
                              ladder_section_get_heading (section),
                              ladder_section_kind_to_string (ladder_section_get_kind (section)));
    }

  return g_string_free (outline, FALSE);
}

/* Each role's title, extends and bullets, as a reader finds them. */
static char *
bullets_of (LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);
  GString    *text = g_string_new (NULL);

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

      g_string_append_printf (text, "role \"%s\", extends \"%s\"\n", ladder_role_get_title (role),
                              ladder_role_get_extends (role));
      for (guint which = 0; which < 2; which++)
        for (guint b = 0; b < ladder_role_get_n_bullets (role, which); b++)
          g_string_append_printf (text, "  %u: %s\n", which,
                                  ladder_role_get_bullet_record (role, which, b)->text);
    }

  return g_string_free (text, FALSE);
}

/* Bullets deleted, inserted and moved where it matters most: the first
 * of each list (which may read "Extends …"), the one before text that
 * divides a list, and the last; NULL when @page reopens as edited. */
static char *
edit_bullet (const char      *page,
             gsize            length,
             const char      *name,
             guint            r,
             LadderBulletList which,
             guint            b,
             guint            op)
{
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, length, name, NULL);
  g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), r);
  guint n_bullets = ladder_role_get_n_bullets (role, which);
  g_autoptr (GString) exported = NULL;
  g_autoptr (LadderFamily) reopened = NULL;
  g_autofree char *made = NULL;
  g_autofree char *read_back = NULL;

  if (op == 0)
    ladder_role_remove_bullet (role, which, b);
  else if (op == 1)
    {
      g_autoptr (LadderBullet) bullet = ladder_bullet_new (ADDED_TEXT);

      ladder_role_insert_bullet (role, which, b, bullet);
    }
  else
    ladder_role_move_bullet (role, which, b, n_bullets - 1);

  exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  reopened = ladder_markdown_import (exported->str, exported->len, name, NULL);
  made = bullets_of (family);
  read_back = reopened != NULL ? bullets_of (reopened) : g_strdup ("(does not reopen)");

  return g_str_equal (made, read_back) ? NULL : g_strdup ("the bullets read back otherwise");
}

/* Pages where a role's "Extends …" line is read so only beside another,
 * so that editing its first bullet changes which line is the extends on
 * reopening. */
static const LadderTestLimit bullet_limits[] = {
  { "people-group__team-member-relations.md", "role 3, list 1, delete bullet 0",
    "its two \"Extends\" lines name one role and a role the page does not have" },
  { "people-group__team-member-relations.md", "role 3, list 1, move bullet 0", "as above" },
  /* The responsibilities' second bullet says "Extends that of the X
   * responsibilities", as the requirements' Extends line names X: the
   * first bullet deleted or moved away, the line heads its list and is
   * read back as the extends too, its text unchanged. */
  { "engineering__engineering-management.md", "role 3, list 0, delete bullet 0",
    "its \"Extends\" bullet, taken first, names the role its requirements extend" },
  { "engineering__engineering-management.md", "role 3, list 0, move bullet 0", "as above" },
  { "engineering__engineering-management.md", "role 4, list 0, delete bullet 0", "as above" },
  { "engineering__engineering-management.md", "role 4, list 0, move bullet 0", "as above" },
  { "engineering__engineering-management.md", "role 5, list 0, delete bullet 0", "as above" },
  { "engineering__engineering-management.md", "role 5, list 0, move bullet 0", "as above" },
};

/* Every role of every page duplicated, a new role added after each, each
 * deleted, and each moved down, up and to the end, as the editor does:
 * the page reopens with every role as it was and the added one beside it,
 * having gained only lines, in one place, without the deleted one, having
 * lost only lines, or with the roles in their new order. A move the page
 * could not show (into a run of roles written at another level) the
 * editor refuses; the test counts those. */
static void
test_roles_reopen (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  LadderTestTally tally;
  guint           n_refused = 0;

  ladder_test_tally_init (&tally, role_limits, G_N_ELEMENTS (role_limits));
  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      g_autoptr (LadderFamily) family
          = ladder_markdown_import (page->text, page->length, page->name, NULL);
      guint n_roles;

      if (family == NULL)
        continue;
      n_roles = g_list_model_get_n_items (ladder_family_get_roles (family));

      /* Each role moved down one, up one, and to the end. */
      for (guint r = 0; r + 1 < n_roles; r++)
        for (guint kind = 0; kind < 3; kind++)
          {
            guint            from = kind == 1 ? r + 1 : r;
            guint            to = kind == 0 ? r + 1 : kind == 1 ? r : n_roles - 1;
            g_autofree char *what = g_strdup_printf ("move role %u to %u", from, to);
            gboolean         refused;
            char            *why;

            if (kind == 2 && r + 2 >= n_roles)
              continue;
            why = move_role (page->text, page->length, page->name, from, to, &refused);
            if (refused)
              n_refused++;
            else
              ladder_test_tally_add (&tally, page->name, what, why);
          }

      for (guint r = 0; r < n_roles; r++)
        {
          g_autofree char *what = g_strdup_printf ("delete role %u", r);

          ladder_test_tally_add (&tally, page->name, what,
                                 delete_role (page->text, page->length, page->name, r));
        }

      for (guint r = 0; r < n_roles; r++)
        for (AddKind kind = ADD_DUPLICATE; kind <= ADD_NEW; kind++)
          {
            g_autofree char *what = g_strdup_printf (
                "%s after role %u", kind == ADD_DUPLICATE ? "duplicate" : "new role", r);

            ladder_test_tally_add (&tally, page->name, what,
                                   add_role_after (page->text, page->length, page->name, r, kind));
          }
    }

  g_test_message ("moves the editor refuses: %u", n_refused);
  ladder_test_tally_check (&tally, "roles added, deleted or moved");
}

/* A section added after the others of every page, as the editor's Add
 * Section does, and each section but the roles' deleted: the page reopens
 * with the sections and roles as they were made. */
static void
test_sections_reopen (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  LadderTestTally tally;

  ladder_test_tally_init (&tally, NULL, 0);
  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      guint                 n_sections;

      {
        g_autoptr (LadderFamily) family
            = ladder_markdown_import (page->text, page->length, page->name, NULL);

        if (family == NULL)
          continue;
        n_sections = g_list_model_get_n_items (ladder_family_get_sections (family));
      }

      /* -1: a section added; then each deleted. */
      for (int s = -1; s < (int) n_sections; s++)
        {
          g_autoptr (LadderFamily) family
              = ladder_markdown_import (page->text, page->length, page->name, NULL);
          g_autoptr (GString) exported = NULL;
          g_autoptr (LadderFamily) reopened = NULL;
          g_autofree char *made = NULL;
          g_autofree char *read_back = NULL;
          g_autofree char *what = NULL;

          if (s < 0)
            {
              g_autoptr (LadderSection) added = ladder_family_new_last_section (family);

              ladder_family_append_section (family, added);
              ladder_section_set_heading (added, "Added Section");
              ladder_section_set_body (added, ADDED_TEXT ".");
            }
          else
            {
              g_autoptr (LadderSection) section
                  = g_list_model_get_item (ladder_family_get_sections (family), (guint) s);

              if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
                continue;
              ladder_family_remove_section (family, (guint) s);
            }

          exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
          reopened = ladder_markdown_import (exported->str, exported->len, page->name, NULL);
          made = outline_of (family);
          read_back = reopened != NULL ? outline_of (reopened) : g_strdup ("(does not reopen)");
          what = s < 0 ? g_strdup ("section added") : g_strdup_printf ("section %d deleted", s);
          ladder_test_tally_add (&tally, page->name, what,
                                 g_str_equal (made, read_back)
                                     ? NULL
                                     : g_strdup_printf ("made\n%sread back\n%s", made, read_back));
        }
    }

  ladder_test_tally_check (&tally, "sections added or deleted");
}

/* A bullet deleted, a new one inserted and one moved to the end of its
 * list, at the first place of every list of every role, the place before
 * each text that divides a list, and the last: the page reopens with the
 * bullets as edited, each role's and each list's. Before, a bullet put
 * right above such a text ("Measurement & Reporting") took it in as its
 * own second line. */
static void
test_bullets_reopen (gconstpointer data)
{
  static const char *const ops[] = { "delete", "insert at", "move" };
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  LadderTestTally tally;

  ladder_test_tally_init (&tally, bullet_limits, G_N_ELEMENTS (bullet_limits));
  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      g_autoptr (LadderFamily) family
          = ladder_markdown_import (page->text, page->length, page->name, NULL);
      GListModel *roles;

      if (family == NULL)
        continue;
      roles = ladder_family_get_roles (family);

      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);

          for (guint which = 0; which < 2; which++)
            {
              guint n_bullets = ladder_role_get_n_bullets (role, which);

              for (guint b = 0; b < n_bullets; b++)
                {
                  gboolean before_text = b + 1 < n_bullets
                                         && ladder_bullet_record_peek_prefix (
                                                ladder_role_get_bullet_record (role, which, b + 1))
                                                != NULL;

                  if (b != 0 && b + 1 != n_bullets && !before_text)
                    continue;

                  for (guint op = 0; op < 3; op++)
                    {
                      g_autofree char *what = NULL;

                      if (op == 2 && b + 1 == n_bullets)
                        continue;
                      what = g_strdup_printf ("role %u, list %u, %s bullet %u", r, which, ops[op],
                                              b);
                      ladder_test_tally_add (
                          &tally, page->name, what,
                          edit_bullet (page->text, page->length, page->name, r, which, b, op));
                    }
                }
            }
        }
    }

  ladder_test_tally_check (&tally, "bullets deleted, inserted or moved");
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

  g_test_add_data_func ("/structure-edits/roles-reopen", directory, test_roles_reopen);
  g_test_add_data_func ("/structure-edits/sections-reopen", directory, test_sections_reopen);
  g_test_add_data_func ("/structure-edits/bullets-reopen", directory, test_bullets_reopen);

  return g_test_run ();
}
