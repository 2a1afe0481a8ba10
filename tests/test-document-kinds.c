/* test-document-kinds.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What a document is decides what saving it writes (issue 9): a handbook
 * page is saved as the page, in place, through the lossless exporter (only
 * the edited lines change, no Ladder file appears beside it), with the
 * same conflict checks, drafts and crash recovery as a Ladder file; a
 * Ladder file knows when the page it was exported to lacks its changes; a
 * family folder saves only the pages whose contents change; and a review
 * compares with the page at HEAD, or the file as last read or saved.
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ladder-diff.h"
#include "ladder-document.h"
#include "ladder-document-private.h"
#include "ladder-export-memory.h"
#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-test-git.h"

#define GRADE_LINE_BEFORE                                                                          \
  "The Director, Product Marketing is a [grade "                                                   \
  "10](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades)"
#define GRADE_LINE_AFTER                                                                           \
  "The Director, Product Marketing is a [grade "                                                   \
  "12](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades)"
#define NEW_BULLET "Writes clearly for technical and business readers"

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

static char *
read_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_text (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
new_folder (void)
{
  g_autoptr (GError) error = NULL;
  char *folder = g_dir_make_tmp ("ladder-kinds-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

/* The test page (tests/data), as NAME in a new folder. */
static char *
page_in_new_folder (const char *name, char **folder_out)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  g_autofree char *text = read_text (source);
  g_autofree char *folder = new_folder ();
  char            *path = g_build_filename (folder, name, NULL);

  write_text (path, text);
  if (folder_out != NULL)
    *folder_out = g_steal_pointer (&folder);
  return path;
}

static guint
n_entries (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} Wait;

static void
on_loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->ok = ladder_document_load_finish (LADDER_DOCUMENT (object), result, &wait->error);
  wait->done = TRUE;
}

static void
on_saved (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->ok = ladder_document_save_finish (LADDER_DOCUMENT (object), result, &wait->error);
  wait->done = TRUE;
}

static void
on_exported (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->ok = ladder_document_export_finish (LADDER_DOCUMENT (object), result, &wait->error);
  wait->done = TRUE;
}

static void
wait_for (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
}

static LadderDocument *
load (const char *path)
{
  LadderDocument *document = ladder_document_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  ladder_document_load_async (document, file, NULL, on_loaded, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_false (ladder_document_get_modified (document));
  return document;
}

static gboolean
save (LadderDocument *document, LadderSaveFlags flags, GError **error)
{
  Wait wait = { 0 };

  ladder_document_save_full_async (document, NULL, flags, NULL, on_saved, &wait);
  wait_for (&wait);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static gboolean
save_as_ladder_file (LadderDocument *document, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  ladder_document_save_as_ladder_file_async (document, file, LADDER_SAVE_DEFAULT, NULL, on_saved,
                                             &wait);
  wait_for (&wait);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static gboolean
export_over (LadderDocument *document, const char *path, LadderSaveFlags flags, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  ladder_document_export_full_async (document, file, flags, NULL, on_exported, &wait);
  wait_for (&wait);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static gboolean export(LadderDocument *document, const char *path, GError **error)
{
  return export_over (document, path, LADDER_SAVE_DEFAULT, error);
}

static void
wait_until_idle (LadderDocument *document)
{
  while (ladder_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
}

/* Drops the last reference to @document and checks that it goes (a
 * worker thread may hold it a moment after its task is done). */
static void
assert_finalized (LadderDocument *document)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);
  g_object_unref (document);

  while (document != NULL && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (document != NULL)
        g_usleep (1000);
    }

  g_assert_null (document);
}

static void
finish (LadderDocument *document)
{
  ladder_document_discard_draft (document);
  wait_until_idle (document);
  assert_finalized (document);
}

static LadderRole *
role_at (LadderDocument *document, guint position)
{
  LadderRole *role = g_list_model_get_item (
      ladder_family_get_roles (ladder_document_get_family (document)), position);

  g_object_unref (role);
  return role;
}

/* The edit of the end-to-end test: the Director's grade 10 → 12, and a
 * requirement added at the end of its list. */
static void
edit_grade_and_bullet (LadderDocument *document)
{
  LadderRole *director = role_at (document, 1);
  g_autoptr (LadderBullet) bullet = ladder_bullet_new (NEW_BULLET);

  g_assert_cmpstr (ladder_role_get_title (director), ==, "Director, Product Marketing");
  ladder_role_set_job_grade (director, 12);
  ladder_role_append_bullet (director, LADDER_BULLET_LIST_REQUIREMENTS, bullet);
}

/* The lines of @before that are not in @after (removed) and of @after that
 * are not in @before (added), as a line diff has them (longest common
 * subsequence). */
static void
diff_lines (const char *before, const char *after, GPtrArray *removed, GPtrArray *added)
{
  g_auto (GStrv) a = g_strsplit (before, "\n", -1);
  g_auto (GStrv) b = g_strsplit (after, "\n", -1);
  guint             n = g_strv_length (a), m = g_strv_length (b);
  g_autofree guint *lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  guint             i = 0, j = 0;

#define LCS(x, y) lcs[(gsize) (x) * (m + 1) + (y)]
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      LCS (x, y) = g_str_equal (a[x], b[y]) ? LCS (x + 1, y + 1) + 1
                                            : MAX (LCS (x + 1, y), LCS (x, y + 1));

  while (i < n || j < m)
    {
      if (i < n && j < m && g_str_equal (a[i], b[j]))
        i++, j++;
      else if (j < m && (i == n || LCS (i, j + 1) >= LCS (i + 1, j)))
        g_ptr_array_add (added, g_strdup (b[j++]));
      else
        g_ptr_array_add (removed, g_strdup (a[i++]));
    }
#undef LCS
}

static void
assert_only_grade_and_bullet_changed (const char *before, const char *after)
{
  g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_free);

  diff_lines (before, after, removed, added);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (removed, 0), ==, GRADE_LINE_BEFORE);
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (added, 0), ==, GRADE_LINE_AFTER);
  g_assert_cmpstr (g_ptr_array_index (added, 1), ==, "- " NEW_BULLET);
}

static void
on_flag (LadderDocument *document, gboolean *flag)
{
  *flag = TRUE;
}

static void
on_notify_count (LadderDocument *document, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
wait_for_flag (gboolean *flag)
{
  /* File monitors report within moments; the deadline only bounds a
   * failure. */
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (*flag);
}

/* ------------------------------------------------------------------ */
/* Pages                                                                */

/* Saving what the file already holds writes nothing: Save on a read-only
 * page nobody edited does not ask to replace it, and leaves the very file
 * (its inode and time) alone; an edit is asked about as before. The same
 * for exporting a Ladder file to a page that is up to date. */
static void
test_unchanged_save_writes_nothing (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *json_path = g_build_filename (folder, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);
  GStatBuf        before, after;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_usleep (20 * 1000);

  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_false (ladder_document_get_modified (document));

  /* Undone back to what is on disk: nothing to write either. */
  ladder_role_set_job_grade (role_at (document, 1), 12);
  ladder_history_undo (ladder_document_get_history (document));
  g_assert_false (ladder_document_get_modified (document));
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);

  ladder_role_set_job_grade (role_at (document, 1), 12);
  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);

  /* A Ladder file exported to the read-only page it is up to date with. */
  ladder_history_undo (ladder_document_get_history (document));
  g_assert_true (save_as_ladder_file (document, json_path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_true (export(document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  finish (document);
}

/* A page opened is the document: Save writes the page back in place,
 * changing only the edited lines, and writes no Ladder file beside it. */
static void
test_page_saves_in_place (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) files = NULL;
  LadderDocument *document = load (path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_PAGE);
  g_assert_true (g_file_equal (ladder_document_get_file (document), file));
  g_assert_null (ladder_document_get_export_file (document));
  g_assert_false (ladder_document_get_page_out_of_date (document));
  title = ladder_document_dup_title (document);
  g_assert_cmpstr (title, ==, "pmm.md");
  files = ladder_document_dup_files (document);
  g_assert_cmpuint (files->len, ==, 1);
  g_assert_true (ladder_document_has_file (document, file));

  edit_grade_and_bullet (document);
  g_assert_true (ladder_document_get_modified (document));
  /* No "page out of date" for a page: it is the document. */
  g_assert_false (ladder_document_get_page_out_of_date (document));

  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_modified (document));

  after = read_text (path);
  assert_only_grade_and_bullet_changed (before, after);
  g_assert_cmpuint (n_entries (folder), ==, 1);

  /* Saved again with no change, the page stays byte for byte. */
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_free (before);
  before = read_text (path);
  g_assert_cmpstr (before, ==, after);

  finish (document);
}

/* The page moved away (`git mv`) or deleted while open: the document
 * says which file is missing, and saving asks (NOT_FOUND) rather than
 * make the page again under its old name, which it does only when told
 * to. It was "changed by another program" (WRONG_ETAG), as a page edited
 * elsewhere is, and the window's Reload failed on the missing file. */
static void
test_page_moved_on_disk (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *moved = g_build_filename (folder, "moved.md", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);
  gboolean        changed = FALSE;

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_flag), &changed);
  edit_grade_and_bullet (document);
  g_assert_null (ladder_document_get_missing_file (document));
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  wait_for_flag (&changed);
  g_assert_nonnull (ladder_document_get_missing_file (document));
  g_assert_true (g_file_equal (ladder_document_get_missing_file (document), file));

  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_entries (folder), ==, 1);
  g_assert_true (ladder_document_get_modified (document));

  g_assert_true (save (document, LADDER_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (ladder_document_get_missing_file (document));

  g_signal_handlers_disconnect_by_data (document, &changed);
  finish (document);
  ladder_test_remove_tree (folder);
}

/* Another program changed the page (a `git pull`): it is the document's
 * own file that changed, and saving asks (WRONG_ETAG) as for a Ladder
 * file, writing over it only when told to. */
static void
test_page_conflict (void)
{
  g_autofree char *path = page_in_new_folder ("pmm.md", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *pulled = g_strconcat (original, "\nA line from a git pull.\n", NULL);
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;
  gboolean changed = FALSE;

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_flag), &changed);
  edit_grade_and_bullet (document);
  write_text (path, pulled);
  wait_for_flag (&changed);

  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, pulled);
  g_assert_true (ladder_document_get_modified (document));

  g_assert_true (save (document, LADDER_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_nonnull (strstr (text, GRADE_LINE_AFTER));
  g_assert_null (strstr (text, "A line from a git pull."));

  g_signal_handlers_disconnect_by_data (document, &changed);
  finish (document);
}

/* A page's draft says that the document is a page: restored after a
 * crash, it saves to the page (not as a Ladder file), and only over the
 * version its changes were made to. */
static void
test_page_draft (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);
  LadderDraft    *draft;

  edit_grade_and_bullet (document);
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  /* The crash: the document goes without a word. */
  assert_finalized (document);

  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->kind, ==, "page");
  g_assert_true (g_file_equal (draft->file, file));
  g_assert_cmpstr (draft->title, ==, "pmm.md");

  {
    Wait wait = { 0 };

    document = ladder_document_new ();
    ladder_document_load_draft_async (document, draft, NULL, on_loaded, &wait);
    wait_for (&wait);
    g_assert_no_error (wait.error);
  }
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_PAGE);
  g_assert_true (g_file_equal (ladder_document_get_file (document), file));
  g_assert_true (ladder_document_get_modified (document));

  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  after = read_text (path);
  assert_only_grade_and_bullet_changed (before, after);
  g_assert_cmpuint (n_entries (folder), ==, 1);
  wait_until_idle (document);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  assert_finalized (document);

  /* Again, but the page changed after the crash: the save asks. */
  write_text (path, before);
  document = load (path);
  edit_grade_and_bullet (document);
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  assert_finalized (document);
  g_free (after);
  after = g_strconcat (before, "\nPulled after the crash.\n", NULL);
  write_text (path, after);

  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  {
    Wait wait = { 0 };

    document = ladder_document_new ();
    ladder_document_load_draft_async (document, g_ptr_array_index (drafts, 0), NULL, on_loaded,
                                      &wait);
    wait_for (&wait);
    g_assert_no_error (wait.error);
  }
  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_free (before);
  before = read_text (path);
  g_assert_cmpstr (before, ==, after);

  finish (document);
}

/* A draft written before documents had kinds, of an imported page (an
 * export file and no file): restored as the page. */
static void
test_legacy_page_draft (void)
{
  g_autofree char *path = page_in_new_folder ("pmm.md", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *drafts_dir
      = g_build_filename (g_get_user_state_dir (), "ladder", "drafts", NULL);
  g_autofree char *family_path = g_build_filename (drafts_dir, "legacy" LADDER_FILE_SUFFIX, NULL);
  g_autofree char *info_path = g_build_filename (drafts_dir, "legacy.draft", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *info = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (LadderDraft) draft = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);
  g_autoptr (GBytes) json = NULL;
  Wait wait = { 0 };

  edit_grade_and_bullet (document);
  json = ladder_json_write (ladder_document_get_family (document));
  finish (document);

  g_assert_cmpint (g_mkdir_with_parents (drafts_dir, 0700), ==, 0);
  g_file_set_contents (family_path, g_bytes_get_data (json, NULL), (gssize) g_bytes_get_size (json),
                       &error);
  g_assert_no_error (error);
  uri = g_file_get_uri (file);
  {
    g_autoptr (GBytes) bytes = g_bytes_new (original, strlen (original));
    g_autofree char *hash = ladder_file_hash_bytes (bytes);

    info = g_strdup_printf ("[Draft]\nExportFile=%s\nExportBaseHash=%s\nTitle=pmm\n", uri, hash);
  }
  write_text (info_path, info);

  draft = ladder_draft_for_id ("legacy");
  g_assert_nonnull (draft);
  document = ladder_document_new ();
  ladder_document_load_draft_async (document, draft, NULL, on_loaded, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);

  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_PAGE);
  g_assert_true (g_file_equal (ladder_document_get_file (document), file));
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  after = read_text (path);
  assert_only_grade_and_bullet_changed (original, after);

  finish (document);
}

/* "Save as Ladder File…": the document becomes the Ladder file (as Save As
 * makes the new file the document), and remembers the page as the one it
 * was last exported to, out of date by the changes not saved to it. */
static void
test_page_saved_as_ladder_file (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *json_path = g_build_filename (folder, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GFile) page = g_file_new_for_path (path);
  g_autoptr (GFile) json = g_file_new_for_path (json_path);
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);

  /* Never JSON under a page's name. */
  g_assert_false (save_as_ladder_file (document, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);

  edit_grade_and_bullet (document);
  g_assert_true (save_as_ladder_file (document, json_path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_LADDER_FILE);
  g_assert_true (g_file_equal (ladder_document_get_file (document), json));
  g_assert_true (g_file_equal (ladder_document_get_export_file (document), page));
  g_assert_false (ladder_document_get_modified (document));
  g_assert_true (ladder_document_get_page_out_of_date (document));
  title = ladder_document_dup_title (document);
  g_assert_cmpstr (title, ==, "pmm");
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);

  /* Save now writes JSON; the page waits for an export. */
  ladder_role_set_job_grade (role_at (document, 0), 8);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_free (after);
  after = read_text (json_path);
  g_assert_nonnull (strstr (after, "\"job_grade\" : 8"));
  g_free (after);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (export(document, path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_free (after);
  after = read_text (path);
  g_assert_nonnull (strstr (after, GRADE_LINE_AFTER));

  finish (document);
}

/* A Ladder file's page is out of date from the first change after an
 * export until the next export, saved or not; undone back to the state
 * exported, it is up to date again. */
static void
test_ladder_file_page_out_of_date (void)
{
  g_autofree char *folder = new_folder ();
  g_autofree char *json_path = g_build_filename (folder, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autofree char *page_path = g_build_filename (folder, "pmm.md", NULL);
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *text = read_text (source);
  g_autoptr (GError) error = NULL;
  LadderDocument *document;
  guint           notified = 0;

  write_text (json_path, text);
  document = load (json_path);
  g_signal_connect (document, "notify::page-out-of-date", G_CALLBACK (on_notify_count), &notified);

  /* Never exported: no page to be out of date. */
  ladder_family_set_intro (ladder_document_get_family (document), "First.");
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_cmpuint (notified, ==, 0);

  g_assert_true (export(document, page_path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));

  ladder_family_set_intro (ladder_document_get_family (document), "Second.");
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_modified (document));
  g_assert_true (ladder_document_get_page_out_of_date (document));

  ladder_history_undo (ladder_document_get_history (document));
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_true (ladder_document_get_modified (document));
  ladder_history_redo (ladder_document_get_history (document));
  g_assert_true (ladder_document_get_page_out_of_date (document));

  g_assert_true (export(document, page_path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  g_assert_cmpuint (notified, ==, 4);

  g_signal_handlers_disconnect_by_data (document, &notified);
  finish (document);
}

static void
assert_export_file (LadderDocument *document, const char *path)
{
  GFile *page = ladder_document_get_export_file (document);

  if (path == NULL)
    {
      g_assert_null (page);
    }
  else
    {
      g_autoptr (GFile) expected = g_file_new_for_path (path);

      g_assert_nonnull (page);
      g_assert_true (g_file_equal (page, expected));
    }
}

/* A Ladder file reopened knows the page it was last exported to, and
 * whether that page has its changes: saved after an edit, it opens with
 * the page out of date and Export writing there; exported, it opens up
 * to date. A page another program changed since is not written over
 * unasked, and a page that is gone is not made again unasked. */
static void
test_ladder_file_remembers_page (void)
{
  g_autofree char *folder = new_folder ();
  g_autofree char *json_path = g_build_filename (folder, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autofree char *page_path = g_build_filename (folder, "pmm.md", NULL);
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autofree char *text = read_text (source);
  g_autofree char *page = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document;

  write_text (json_path, text);
  document = load (json_path);
  assert_export_file (document, NULL);
  g_assert_true (export(document, page_path, &error));
  g_assert_no_error (error);
  finish (document);

  /* Exported, then reopened: the same page, up to date. */
  document = load (json_path);
  assert_export_file (document, page_path);
  g_assert_false (ladder_document_get_page_out_of_date (document));

  /* Edited and saved, not exported: reopened out of date. */
  ladder_role_set_job_grade (role_at (document, 1), 12);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_true (ladder_document_get_page_out_of_date (document));
  finish (document);

  document = load (json_path);
  assert_export_file (document, page_path);
  g_assert_false (ladder_document_get_modified (document));
  g_assert_true (ladder_document_get_page_out_of_date (document));
  /* Undoing nothing brings it up to date: only an export does. */
  g_assert_true (export(document, page_path, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  page = read_text (page_path);
  g_assert_nonnull (strstr (page, GRADE_LINE_AFTER));
  finish (document);

  /* Another program changed the page since: out of date, and exporting
   * asks before writing over that change. */
  write_text (page_path, "---\ntitle: \"Changed by a git pull\"\n---\n");
  document = load (json_path);
  assert_export_file (document, page_path);
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_false (export(document, page_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_free (page);
  page = read_text (page_path);
  g_assert_cmpstr (page, ==, "---\ntitle: \"Changed by a git pull\"\n---\n");
  g_assert_true (export_over (document, page_path, LADDER_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  finish (document);

  /* The same bytes written by another program are no change. */
  g_free (page);
  page = read_text (page_path);
  write_text (page_path, page);
  document = load (json_path);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  finish (document);

  /* The page is gone: no page, and Export asks where. */
  g_assert_cmpint (g_remove (page_path), ==, 0);
  document = load (json_path);
  assert_export_file (document, NULL);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  finish (document);
}

/* A page saved as a Ladder file keeps its page across sessions, out of
 * date by the changes the page lacks, up to date once exported. */
static void
test_page_saved_as_ladder_file_remembers_page (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = page_in_new_folder ("pmm.md", &folder);
  g_autofree char *json_path = g_build_filename (folder, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autofree char *moved_path = g_build_filename (folder, "moved" LADDER_FILE_SUFFIX, NULL);
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (path);

  g_assert_true (save_as_ladder_file (document, json_path, &error));
  g_assert_no_error (error);
  finish (document);

  /* Saved with no change: the page has it all. */
  document = load (json_path);
  assert_export_file (document, path);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  edit_grade_and_bullet (document);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  finish (document);

  document = load (json_path);
  assert_export_file (document, path);
  g_assert_true (ladder_document_get_page_out_of_date (document));

  /* Saved under another name, the new file knows the page too. */
  {
    g_autoptr (GFile) moved = g_file_new_for_path (moved_path);
    Wait wait = { 0 };

    ladder_document_save_full_async (document, moved, LADDER_SAVE_DEFAULT, NULL, on_saved, &wait);
    wait_for (&wait);
    g_assert_no_error (wait.error);
  }
  finish (document);

  document = load (moved_path);
  assert_export_file (document, path);
  g_assert_true (ladder_document_get_page_out_of_date (document));
  g_assert_true (export(document, path, &error));
  g_assert_no_error (error);
  finish (document);

  document = load (moved_path);
  g_assert_false (ladder_document_get_page_out_of_date (document));
  finish (document);
}

/* The memory of exported pages stays bounded: the least recently used
 * go first. */
static void
test_export_memory_bounded (void)
{
  g_autofree char *path = ladder_export_memory_path ();
  g_autoptr (GFile) first = g_file_new_for_path ("/nowhere/0" LADDER_FILE_SUFFIX);
  g_autoptr (GFile) page = g_file_new_for_path ("/nowhere/page.md");
  g_autofree char *hash = NULL;
  GFile           *recalled;
  g_auto (GStrv) groups = NULL;
  g_autoptr (GKeyFile) memory = g_key_file_new ();

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("/nowhere/%u" LADDER_FILE_SUFFIX, i);
      g_autoptr (GFile) file = g_file_new_for_path (name);

      ladder_export_memory_remember (file, page, "0123");
      /* Used again: kept over older ones. */
      if (i == 299)
        ladder_export_memory_remember (first, page, "4567");
    }

  recalled = ladder_export_memory_recall (first, &hash);
  g_assert_nonnull (recalled);
  g_assert_true (g_file_equal (recalled, page));
  g_assert_cmpstr (hash, ==, "4567");
  g_object_unref (recalled);

  {
    g_autoptr (GFile) second = g_file_new_for_path ("/nowhere/1" LADDER_FILE_SUFFIX);
    g_autoptr (GFile) last = g_file_new_for_path ("/nowhere/299" LADDER_FILE_SUFFIX);
    g_autoptr (GFile) gone = ladder_export_memory_recall (second, NULL);
    g_autoptr (GFile) kept = ladder_export_memory_recall (last, NULL);

    g_assert_null (gone);
    g_assert_nonnull (kept);
  }

  g_assert_true (g_key_file_load_from_file (memory, path, G_KEY_FILE_NONE, NULL));
  groups = g_key_file_get_groups (memory, NULL);
  g_assert_cmpuint (g_strv_length (groups), ==, 256);
}

/* ------------------------------------------------------------------ */
/* Family folders                                                       */

static const char index_page[]
    = "---\n"
      "title: \"Technology Partner Manager\"\n"
      "---\n"
      "\n"
      "Technology Partner Managers build GitLab's technology partnerships.\n"
      "\n"
      "## Performance Indicators\n"
      "\n"
      "- [Partner-sourced revenue](/handbook/alliances/)\n";

static char *
level_page (const char *title, int weight, int grade)
{
  return g_strdup_printf (
      "---\n"
      "title: \"%s\"\n"
      "weight: %d\n"
      "---\n"
      "\n"
      "The %s reports to the [Director, Alliances](/job-families/alliances/).\n"
      "\n"
      "### Job Grade\n"
      "\n"
      "The %s is a [grade "
      "%d](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
      "\n"
      "### Responsibilities\n"
      "\n"
      "- Builds relationships with technology partners.\n"
      "- Plans joint work with partners.\n"
      "\n"
      "### Requirements\n"
      "\n"
      "- Experience with partnerships.\n"
      "- Ability to use GitLab\n",
      title, weight, title, title, grade);
}

static char *
family_folder (void)
{
  g_autofree char *root = new_folder ();
  char            *folder = g_build_filename (root, "technology-partner-manager", NULL);
  g_autofree char *associate = level_page ("Associate Technology Partner Manager", 10, 6);
  g_autofree char *intermediate = level_page ("Technology Partner Manager", 20, 7);

  ladder_test_write (folder, "_index.md", index_page, -1);
  ladder_test_write (folder, "associate.md", associate, -1);
  ladder_test_write (folder, "intermediate.md", intermediate, -1);
  return folder;
}

static ino_t
inode_of (const char *folder, const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  struct stat      info;

  g_assert_cmpint (stat (path, &info), ==, 0);
  return info.st_ino;
}

/* A level page added to an open family folder by another program (a `git
 * pull`) is a change on disk, as a page changed is: it went unnoticed, and
 * a level saved next took the new page's weight. */
static void
test_folder_level_added_on_disk (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *senior = level_page ("Senior Technology Partner Manager", 30, 8);
  LadderDocument  *document = load (folder);
  gboolean         changed = FALSE;

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_flag), &changed);
  ladder_test_write (folder, "senior.md", senior, -1);
  wait_for_flag (&changed);

  g_signal_handlers_disconnect_by_data (document, &changed);
  finish (document);
}

/* A family folder opened as the folder or as its `_index.md` is one
 * document; saving writes only the pages whose contents changed (the
 * others are not even replaced by the same bytes). */
static void
test_folder_saves_changed_pages (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *index_path = g_build_filename (folder, "_index.md", NULL);
  g_autofree char *associate_before = ladder_test_read (folder, "associate.md");
  g_autofree char *intermediate_before = ladder_test_read (folder, "intermediate.md");
  g_autofree char *index_after = NULL;
  g_autofree char *associate_after = NULL;
  g_autofree char *intermediate_after = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document;
  ino_t           index_inode = inode_of (folder, "_index.md");
  ino_t           associate_inode = inode_of (folder, "associate.md");

  /* By its _index.md as by the folder. */
  document = load (index_path);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  g_assert_true (g_file_equal (ladder_document_get_file (document), folder_file));
  finish (document);

  document = load (folder);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  title = ladder_document_dup_title (document);
  g_assert_cmpstr (title, ==, "technology-partner-manager");
  files = ladder_document_dup_files (document);
  g_assert_cmpuint (files->len, ==, 3);
  g_assert_cmpuint (
      g_list_model_get_n_items (ladder_family_get_roles (ladder_document_get_family (document))),
      ==, 2);
  g_assert_cmpint (ladder_role_get_job_grade (role_at (document, 1)), ==, 7);

  ladder_role_set_job_grade (role_at (document, 1), 8);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_modified (document));

  index_after = ladder_test_read (folder, "_index.md");
  associate_after = ladder_test_read (folder, "associate.md");
  intermediate_after = ladder_test_read (folder, "intermediate.md");
  g_assert_cmpstr (index_after, ==, index_page);
  g_assert_cmpstr (associate_after, ==, associate_before);
  g_assert_cmpuint (index_inode, ==, inode_of (folder, "_index.md"));
  g_assert_cmpuint (associate_inode, ==, inode_of (folder, "associate.md"));
  {
    g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_free);

    diff_lines (intermediate_before, intermediate_after, removed, added);
    g_assert_cmpuint (removed->len, ==, 1);
    g_assert_cmpuint (added->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (added, 0), "[grade 8]"));
  }
  g_assert_cmpuint (n_entries (folder), ==, 3);

  /* A second change, to the family's intro: only _index.md. */
  ladder_family_set_intro (ladder_document_get_family (document),
                           "Technology Partner Managers grow partnerships.");
  associate_inode = inode_of (folder, "associate.md");
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_free (index_after);
  index_after = ladder_test_read (folder, "_index.md");
  g_assert_nonnull (strstr (index_after, "grow partnerships"));
  g_assert_cmpuint (associate_inode, ==, inode_of (folder, "associate.md"));

  finish (document);
  ladder_test_remove_tree (folder);
}

/* One of the folder's pages changed on disk: noticed, and a save that
 * would write it asks before writing anything, even the pages that did not
 * change on disk. */
static void
test_folder_conflict (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *associate_path = g_build_filename (folder, "associate.md", NULL);
  g_autofree char *pulled = NULL;
  g_autofree char *index_after = NULL;
  g_autofree char *associate_after = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (folder);
  gboolean        changed = FALSE;

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_flag), &changed);
  ladder_family_set_intro (ladder_document_get_family (document), "An edit of the intro.");
  ladder_role_set_job_grade (role_at (document, 0), 5);

  {
    g_autofree char *associate = ladder_test_read (folder, "associate.md");

    pulled = g_strconcat (associate, "\nFrom a git pull.\n", NULL);
  }
  write_text (associate_path, pulled);
  wait_for_flag (&changed);

  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  index_after = ladder_test_read (folder, "_index.md");
  g_assert_cmpstr (index_after, ==, index_page);
  associate_after = ladder_test_read (folder, "associate.md");
  g_assert_cmpstr (associate_after, ==, pulled);
  g_assert_true (ladder_document_get_modified (document));

  g_assert_true (save (document, LADDER_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_no_error (error);
  g_free (associate_after);
  associate_after = ladder_test_read (folder, "associate.md");
  g_assert_nonnull (strstr (associate_after, "[grade 5]"));

  g_signal_handlers_disconnect_by_data (document, &changed);
  finish (document);
  ladder_test_remove_tree (folder);
}

/* A level page moved (`git mv`) within its family folder while the
 * family is open: the document says which page is missing; a save that
 * writes that level asks (NOT_FOUND) before writing anything, rather than
 * make the page again beside the moved one; and the folder read again
 * has the level under its new name. It was "changed by another program",
 * and Save Over made intermediate.md again beside tpm.md, two pages of
 * one level. */
static void
test_folder_level_moved_on_disk (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *from = g_build_filename (folder, "intermediate.md", NULL);
  g_autofree char *to = g_build_filename (folder, "tpm.md", NULL);
  g_autofree char *index_before = ladder_test_read (folder, "_index.md");
  g_autofree char *index_after = NULL;
  g_autoptr (GFile) from_file = g_file_new_for_path (from);
  g_autoptr (GFile) to_file = g_file_new_for_path (to);
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (folder);
  LadderDocument *reread;
  gboolean        changed = FALSE;
  gboolean        found = FALSE;

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_flag), &changed);
  ladder_family_set_intro (ladder_document_get_family (document), "An edit of the intro.");
  ladder_role_set_job_grade (role_at (document, 1), 9);
  g_assert_cmpint (g_rename (from, to), ==, 0);
  wait_for_flag (&changed);
  g_assert_nonnull (ladder_document_get_missing_file (document));
  g_assert_true (g_file_equal (ladder_document_get_missing_file (document), from_file));

  g_assert_false (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (from, G_FILE_TEST_EXISTS));
  index_after = ladder_test_read (folder, "_index.md");
  g_assert_cmpstr (index_after, ==, index_before);
  g_assert_cmpuint (n_entries (folder), ==, 3);
  g_assert_true (ladder_document_get_modified (document));

  /* Read again (Reload): the moved page is the same level. */
  reread = load (folder);
  g_assert_null (ladder_document_get_missing_file (reread));
  g_assert_cmpuint (
      g_list_model_get_n_items (ladder_family_get_roles (ladder_document_get_family (reread))), ==,
      2);
  g_assert_cmpstr (ladder_role_get_title (role_at (reread, 1)), ==, "Technology Partner Manager");
  g_assert_cmpint (ladder_role_get_job_grade (role_at (reread, 1)), ==, 7);
  {
    g_autoptr (GPtrArray) files = ladder_document_dup_files (reread);

    for (guint i = 0; i < files->len; i++)
      found = found || g_file_equal (g_ptr_array_index (files, i), to_file);
    g_assert_true (found);
    for (guint i = 0; i < files->len; i++)
      g_assert_false (g_file_equal (g_ptr_array_index (files, i), from_file));
  }
  finish (reread);

  g_signal_handlers_disconnect_by_data (document, &changed);
  finish (document);
  ladder_test_remove_tree (folder);
}

/* A folder's draft restores the folder document, and its save writes the
 * changed pages. */
static void
test_folder_draft (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *associate_before = ladder_test_read (folder, "associate.md");
  g_autofree char *associate_after = NULL;
  g_autofree char *intermediate = NULL;
  g_autoptr (GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document = load (folder);
  LadderDraft    *draft;
  Wait            wait = { 0 };

  ladder_role_set_job_grade (role_at (document, 1), 9);
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  assert_finalized (document);

  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->kind, ==, "folder");
  g_assert_cmpuint (g_strv_length (draft->part_names), ==, 3);

  document = ladder_document_new ();
  ladder_document_load_draft_async (document, draft, NULL, on_loaded, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  g_assert_true (g_file_equal (ladder_document_get_file (document), folder_file));
  g_assert_true (ladder_document_get_modified (document));

  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  intermediate = ladder_test_read (folder, "intermediate.md");
  g_assert_nonnull (strstr (intermediate, "[grade 9]"));
  associate_after = ladder_test_read (folder, "associate.md");
  g_assert_cmpstr (associate_after, ==, associate_before);
  g_assert_cmpuint (n_entries (folder), ==, 3);

  finish (document);
  ladder_test_remove_tree (folder);
}

/* ------------------------------------------------------------------ */
/* What a review compares with                                          */

typedef struct
{
  gboolean           done;
  LadderFamily      *family;
  LadderDocumentBase base;
  GError            *error;
} BaseWait;

static void
on_base (GObject *object, GAsyncResult *result, gpointer user_data)
{
  BaseWait *wait = user_data;

  wait->family = ladder_document_load_base_finish (LADDER_DOCUMENT (object), result, &wait->base,
                                                   &wait->error);
  wait->done = TRUE;
}

static GPtrArray *
review (LadderDocument *document, LadderDocumentBase expected)
{
  BaseWait   wait = { 0 };
  GPtrArray *changes;

  ladder_document_load_base_async (document, NULL, on_base, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  g_assert_cmpint (wait.base, ==, expected);

  changes = ladder_diff_families (wait.family, ladder_document_get_family (document));
  g_object_unref (wait.family);
  return changes;
}

static void
assert_grade_and_bullet (GPtrArray *changes)
{
  LadderChange *grade, *bullet;

  g_assert_cmpuint (changes->len, ==, 2);
  grade = g_ptr_array_index (changes, 0);
  bullet = g_ptr_array_index (changes, 1);
  g_assert_cmpint (grade->kind, ==, LADDER_CHANGE_GRADE);
  g_assert_cmpint (grade->old_grade, ==, 10);
  g_assert_cmpint (grade->new_grade, ==, 12);
  g_assert_cmpint (bullet->kind, ==, LADDER_CHANGE_BULLET_ADDED);
  g_assert_cmpstr (bullet->new_text, ==, NEW_BULLET);
}

/* A page in a checkout is compared with the last commit, saved or not;
 * a page that is not committed, and a Ladder file, with the file as last
 * read or saved. */
static void
test_review_base (void)
{
  g_autofree char *root = new_folder ();
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);
  g_autofree char *text = read_text (source);
  g_autofree char *path = g_build_filename (root, "marketing", "pmm.md", NULL);
  g_autofree char *untracked = g_build_filename (root, "marketing", "new.md", NULL);
  g_autofree char *json_path = g_build_filename (root, "pmm" LADDER_FILE_SUFFIX, NULL);
  g_autoptr (GgitRepository) repository = ladder_test_git_init (root);
  const char *paths[] = { "marketing/pmm.md", NULL };
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document;

  ladder_test_write (root, "marketing/pmm.md", text, -1);
  ladder_test_git_stage (repository, paths);
  ladder_test_git_commit (repository, "The page");

  document = load (path);
  changes = review (document, LADDER_DOCUMENT_BASE_HEAD);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  edit_grade_and_bullet (document);
  changes = review (document, LADDER_DOCUMENT_BASE_HEAD);
  assert_grade_and_bullet (changes);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Saved, not committed: still the change a reviewer reads. */
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  changes = review (document, LADDER_DOCUMENT_BASE_HEAD);
  assert_grade_and_bullet (changes);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* As a Ladder file: against the file as last saved. */
  g_assert_true (save_as_ladder_file (document, json_path, &error));
  g_assert_no_error (error);
  changes = review (document, LADDER_DOCUMENT_BASE_DISK);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  ladder_role_set_job_grade (role_at (document, 1), 13);
  changes = review (document, LADDER_DOCUMENT_BASE_DISK);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((LadderChange *) g_ptr_array_index (changes, 0))->new_grade, ==, 13);
  g_clear_pointer (&changes, g_ptr_array_unref);
  finish (document);

  /* Not committed yet: the page as read. */
  ladder_test_write (root, "marketing/new.md", text, -1);
  document = load (untracked);
  edit_grade_and_bullet (document);
  changes = review (document, LADDER_DOCUMENT_BASE_DISK);
  assert_grade_and_bullet (changes);
  finish (document);

  ladder_test_remove_tree (root);
}

/* A folder family in a checkout: compared with its pages at HEAD, a level
 * removed (its page deleted on save) included. */
static void
test_review_folder_base (void)
{
  g_autofree char *folder = family_folder ();
  g_autofree char *root = g_path_get_dirname (folder);
  g_autoptr (GgitRepository) repository = ladder_test_git_init (root);
  const char *paths[]
      = { "technology-partner-manager/_index.md", "technology-partner-manager/associate.md",
          "technology-partner-manager/intermediate.md", NULL };
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GError) error = NULL;
  LadderDocument *document;
  LadderChange   *change;

  ladder_test_git_stage (repository, paths);
  ladder_test_git_commit (repository, "The family");

  document = load (folder);
  ladder_family_remove_role (ladder_document_get_family (document), 0);
  g_assert_true (save (document, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (folder), ==, 2);

  changes = review (document, LADDER_DOCUMENT_BASE_HEAD);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, LADDER_CHANGE_ROLE_REMOVED);
  g_assert_cmpstr (change->old_role_title, ==, "Associate Technology Partner Manager");

  finish (document);
  ladder_test_remove_tree (root);
}

/* A large Ladder file is kept packed once read (ladder-bytes-pack.c): a
 * review still compares with it as read, even once the file on disk has
 * changed. */
static void
test_review_large_file_base (void)
{
  g_autofree char *root = new_folder ();
  g_autofree char *path = g_build_filename (root, "large" LADDER_FILE_SUFFIX, NULL);
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderBullet) edited = NULL;
  LadderDocument *document;
  LadderChange   *change;
  gint64          deadline;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *title = g_strdup_printf ("Role %u", i);
      g_autoptr (LadderRole) role = ladder_role_new (title);

      for (guint j = 0; j < 30; j++)
        {
          g_autofree char *text
              = g_strdup_printf ("Responsibility %u of role %u, written out at some "
                                 "length as a handbook bullet is",
                                 j, i);
          g_autoptr (LadderBullet) bullet = ladder_bullet_new (text);

          ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
        }
      ladder_family_append_role (family, role);
    }
  json = ladder_json_write (family);
  g_assert_cmpuint (g_bytes_get_size (json), >=, 1024 * 1024);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (json, NULL),
                                      (gssize) g_bytes_get_size (json), &error));
  g_assert_no_error (error);

  document = load (path);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!document->own.contents_packed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (document->own.contents_packed);
  g_assert_cmpuint (g_bytes_get_size (document->own.contents), <, g_bytes_get_size (json) / 4);

  /* Another program changes the file: the base is still the file as read. */
  g_assert_true (g_file_set_contents (path, "{}", -1, &error));
  g_assert_no_error (error);
  edited = g_list_model_get_item (ladder_role_get_responsibilities (role_at (document, 399)), 29);
  ladder_bullet_set_text (edited, "Responsibility 29 of role 399, written out at some length as a "
                                  "handbook bullet is, and edited");

  changes = review (document, LADDER_DOCUMENT_BASE_DISK);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, LADDER_CHANGE_BULLET_EDITED);
  g_assert_true (g_str_has_suffix (change->new_text, ", and edited"));

  finish (document);
  ladder_test_remove_tree (root);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  /* Drafts go to a state folder of the test's own; git sees no personal
   * configuration. */
  ladder_test_isolate_home ("ladder-kinds-home-XXXXXX");
  home = g_dir_make_tmp ("ladder-kinds-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", home, TRUE);

  g_test_add_func ("/page/saves-in-place", test_page_saves_in_place);
  g_test_add_func ("/page/conflict", test_page_conflict);
  g_test_add_func ("/page/moved-on-disk", test_page_moved_on_disk);
  g_test_add_func ("/page/unchanged-save-writes-nothing", test_unchanged_save_writes_nothing);
  g_test_add_func ("/page/draft", test_page_draft);
  g_test_add_func ("/page/legacy-draft", test_legacy_page_draft);
  g_test_add_func ("/page/saved-as-ladder-file", test_page_saved_as_ladder_file);
  g_test_add_func ("/ladder-file/page-out-of-date", test_ladder_file_page_out_of_date);
  g_test_add_func ("/ladder-file/remembers-page", test_ladder_file_remembers_page);
  g_test_add_func ("/ladder-file/page-saved-as-ladder-file-remembers-page",
                   test_page_saved_as_ladder_file_remembers_page);
  g_test_add_func ("/export-memory/bounded", test_export_memory_bounded);
  g_test_add_func ("/folder/saves-changed-pages", test_folder_saves_changed_pages);
  g_test_add_func ("/folder/conflict", test_folder_conflict);
  g_test_add_func ("/folder/level-added-on-disk", test_folder_level_added_on_disk);
  g_test_add_func ("/folder/level-moved-on-disk", test_folder_level_moved_on_disk);
  g_test_add_func ("/folder/draft", test_folder_draft);
  g_test_add_func ("/review/base", test_review_base);
  g_test_add_func ("/review/folder-base", test_review_folder_base);
  g_test_add_func ("/review/large-file-base", test_review_large_file_base);

  return g_test_run ();
}
