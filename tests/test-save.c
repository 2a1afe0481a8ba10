/* test-save.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Saving, exporting and drafts, through LadderDocument as the editor uses
 * it: what a save leaves on disk and in the document when something
 * happens during it (an edit, a second save, another program's change),
 * what it does to the file it replaces (permissions, owner, links), how it
 * fails (a full disk, a read-only or vanished folder), and that drafts go
 * when they should and only then.
 *
 * Some libc calls are wrapped (fsync, rename, umask; see "Wrapped calls"):
 * the core is linked statically into this program, so its calls come
 * here. The wrappers count what a save does, and can change the file on
 * disk at the moment a save has written its temporary file, which makes
 * "another program writes just before the rename" happen on cue instead
 * of by luck.
 *
 * The full-disk and read-only-folder cases mount a small tmpfs, which
 * needs root (as in CI); elsewhere they are skipped with a message (and
 * fail under CI, where they must run).
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ladder-document.h"
#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"

/* ------------------------------------------------------------------ */
/* Wrapped calls                                                        */

G_LOCK_DEFINE_STATIC (hook);
static GThread *main_thread;
/* The file whose saves are watched, and what to write over it when a
 * save of it fsyncs its temporary file (then forgotten). */
static char *hook_target;
static char *hook_replacement;
static int   in_flight;
static int   max_in_flight;
static int   dir_fsyncs;
static int   worker_umasks;
static int   exchanges;

static gboolean
is_temporary_of (int fd, const char *target)
{
  char             link[64];
  g_autofree char *path = NULL;

  g_snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  path = g_file_read_link (link, NULL);

  return path != NULL && g_str_has_prefix (path, target) && path[strlen (target)] == '.';
}

/* Writes in place, with no call that comes back here. */
static void
overwrite_in_place (const char *path, const char *contents)
{
  int fd = open (path, O_WRONLY | O_TRUNC | O_CLOEXEC);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, contents, strlen (contents)), ==, (gssize) strlen (contents));
  g_assert_cmpint (close (fd), ==, 0);
}

int
fsync (int fd)
{
  static int (*real_fsync) (int);
  struct stat info;

  if (real_fsync == NULL)
    real_fsync = (int (*) (int)) dlsym (RTLD_NEXT, "fsync");

  if (fstat (fd, &info) == 0 && S_ISDIR (info.st_mode))
    g_atomic_int_inc (&dir_fsyncs);

  G_LOCK (hook);
  if (hook_target != NULL && is_temporary_of (fd, hook_target))
    {
      in_flight++;
      max_in_flight = MAX (max_in_flight, in_flight);
      if (hook_replacement != NULL)
        {
          overwrite_in_place (hook_target, hook_replacement);
          g_clear_pointer (&hook_replacement, g_free);
        }
    }
  G_UNLOCK (hook);

  return real_fsync (fd);
}

int
rename (const char *from, const char *to)
{
  static int (*real_rename) (const char *, const char *);

  if (real_rename == NULL)
    real_rename = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");

  G_LOCK (hook);
  if (hook_target != NULL && g_strcmp0 (to, hook_target) == 0
      && g_str_has_prefix (from, hook_target))
    in_flight--;
  G_UNLOCK (hook);

  return real_rename (from, to);
}

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int renameat2 (int from_folder, const char *from, int to_folder, const char *to, unsigned flags);

/* Counts the exchanges of LADDER_WRITE_NO_FLUSH. */
int
renameat2 (int from_folder, const char *from, int to_folder, const char *to, unsigned flags)
{
  static int (*real_renameat2) (int, const char *, int, const char *, unsigned);

  if (real_renameat2 == NULL)
    real_renameat2
        = (int (*) (int, const char *, int, const char *, unsigned)) dlsym (RTLD_NEXT, "renameat2");

  if (flags & RENAME_EXCHANGE)
    g_atomic_int_inc (&exchanges);

  return real_renameat2 (from_folder, from, to_folder, to, flags);
}

mode_t
umask (mode_t mask)
{
  static mode_t (*real_umask) (mode_t);

  if (real_umask == NULL)
    real_umask = (mode_t (*) (mode_t)) dlsym (RTLD_NEXT, "umask");

  /* The umask is the process's: a thread that sets it, even for a moment,
   * changes the mode of files other threads create meanwhile. */
  if (main_thread != NULL && g_thread_self () != main_thread)
    g_atomic_int_inc (&worker_umasks);

  return real_umask (mask);
}

static void
watch_saves_of (const char *target, const char *replacement)
{
  G_LOCK (hook);
  g_free (hook_target);
  hook_target = g_strdup (target);
  g_free (hook_replacement);
  hook_replacement = g_strdup (replacement);
  in_flight = max_in_flight = 0;
  G_UNLOCK (hook);
}

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

static gboolean
in_ci (void)
{
  return g_getenv ("CI") != NULL;
}

/* A check that cannot run here: skipped, but a failure under CI. */
static void
cannot_run (const char *why)
{
  if (in_ci ())
    g_error ("%s (under CI this check must run)", why);

  g_test_skip (why);
}

static char *
example_text (void)
{
  g_autofree char *source = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

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

/* A fresh folder with the example family in it, as NAME. */
static char *
example_in_new_folder (const char *name, char **folder_out)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-save-XXXXXX", &error);
  g_autofree char *text = example_text ();
  char            *path;

  g_assert_no_error (error);
  path = g_build_filename (folder, name, NULL);
  write_text (path, text);

  if (folder_out != NULL)
    *folder_out = g_steal_pointer (&folder);
  return path;
}

static void
remove_tree (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (
      file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);
      GStatBuf         buffer;

      if (g_lstat (child, &buffer) == 0 && S_ISDIR (buffer.st_mode))
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }

  g_rmdir (path);
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
save (LadderDocument *document, const char *path, LadderSaveFlags flags, GError **error)
{
  g_autoptr (GFile) file = path != NULL ? g_file_new_for_path (path) : NULL;
  Wait wait = { 0 };

  ladder_document_save_full_async (document, file, flags, NULL, on_saved, &wait);
  wait_for (&wait);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static gboolean export(LadderDocument *document,
                       const char     *path,
                       LadderSaveFlags flags,
                       GError        **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  ladder_document_export_full_async (document, file, flags, NULL, on_exported, &wait);
  wait_for (&wait);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

/* Until every write of @document (saves, exports, drafts) is done. */
static void
wait_until_idle (LadderDocument *document)
{
  while (ladder_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
}

static void
edit (LadderDocument *document, const char *intro)
{
  ladder_family_set_intro (ladder_document_get_family (document), intro);
}

static char *
drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "ladder", "drafts", NULL);
}

/* The files in the drafts folder, of any name. */
static guint
n_draft_files (void)
{
  g_autofree char *path = drafts_dir ();
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
clear_drafts (void)
{
  g_autofree char *path = drafts_dir ();

  remove_tree (path);
  g_assert_cmpuint (n_draft_files (), ==, 0);
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

static mode_t
mode_of (const char *path)
{
  GStatBuf buffer;

  g_assert_cmpint (g_stat (path, &buffer), ==, 0);
  return buffer.st_mode & 07777;
}

/* Drops the last reference to @document and checks that it goes: a
 * worker thread of GTask may hold the task, and so the document, a moment
 * after the task is done. */
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

/* ------------------------------------------------------------------ */
/* Saving and "modified"                                                */

/* An edit made while a save runs is not in the file: the document stays
 * modified, and its draft stays (with the edit). */
static void
test_edit_during_save (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = load (path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  Wait wait = { 0 };

  clear_drafts ();
  edit (document, "First edit.");
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 2);

  ladder_document_save_async (document, NULL, NULL, on_saved, &wait);
  /* The save has taken its snapshot; its write runs in a thread, and
   * finishes only once the main loop runs again. */
  edit (document, "Second edit, during the save.");
  wait_for (&wait);
  g_assert_no_error (wait.error);

  saved = read_text (path);
  g_assert_nonnull (strstr (saved, "First edit."));
  g_assert_null (strstr (saved, "Second edit"));
  g_assert_true (ladder_document_get_modified (document));

  wait_until_idle (document);
  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  {
    LadderDraft     *draft = g_ptr_array_index (drafts, 0);
    g_autofree char *text = read_text (draft->family_path);

    g_assert_nonnull (strstr (text, "Second edit, during the save."));
  }

  /* Saved again, nothing is left unsaved, and the draft goes. */
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, NULL));
  g_assert_false (ladder_document_get_modified (document));
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 0);

  finish (document);
}

/* Two saves asked at once run one after the other, in order: the later
 * snapshot is what the file holds, and the second does not take the first
 * for another program's change. */
static void
test_saves_are_serialised (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = load (path);
  g_autofree char *saved = NULL;
  Wait             first = { 0 };
  Wait             second = { 0 };

  watch_saves_of (path, NULL);

  edit (document, "Version one.");
  ladder_document_save_async (document, NULL, NULL, on_saved, &first);
  edit (document, "Version two.");
  ladder_document_save_async (document, NULL, NULL, on_saved, &second);

  wait_for (&second);
  g_assert_true (first.done);
  g_assert_no_error (first.error);
  g_assert_no_error (second.error);

  saved = read_text (path);
  g_assert_nonnull (strstr (saved, "Version two."));
  g_assert_false (ladder_document_get_modified (document));
  g_assert_cmpint (max_in_flight, ==, 1);

  watch_saves_of (NULL, NULL);
  finish (document);
}

/* Loading replaces the family and its history: "modified" follows the
 * new history, and a save makes the document unmodified again. */
static void
test_modified_follows_history (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = load (path);

  edit (document, "An edit.");
  g_assert_true (ladder_document_get_modified (document));
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, NULL));
  g_assert_false (ladder_document_get_modified (document));
  edit (document, "Another edit.");
  g_assert_true (ladder_document_get_modified (document));

  finish (document);
}

/* Undoing back to the version on disk leaves nothing unsaved; undoing past
 * it, or editing after, does. */
static void
test_undo_to_saved_state (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = load (path);
  LadderHistory   *history = ladder_document_get_history (document);

  edit (document, "An edit.");
  ladder_history_seal (history);
  edit (document, "A second edit.");
  g_assert_true (ladder_document_get_modified (document));
  ladder_history_undo (history);
  g_assert_true (ladder_document_get_modified (document));
  ladder_history_undo (history);
  g_assert_false (ladder_document_get_modified (document));
  ladder_history_redo (history);
  g_assert_true (ladder_document_get_modified (document));

  /* Saved in the middle of the history: undo and redo both come back. */
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, NULL));
  g_assert_false (ladder_document_get_modified (document));
  ladder_history_undo (history);
  g_assert_true (ladder_document_get_modified (document));
  ladder_history_redo (history);
  g_assert_false (ladder_document_get_modified (document));

  finish (document);
}

/* ------------------------------------------------------------------ */
/* What a save does to the file it replaces                             */

static void
test_keeps_mode (void)
{
  const mode_t modes[] = { 0600, 0640, 0604, 0660 };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
      LadderDocument  *document = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      document = load (path);
      edit (document, "An edit.");
      save (document, NULL, LADDER_SAVE_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (mode_of (path), ==, modes[i]);
      finish (document);
    }
}

static void
test_keeps_owner (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf buffer;

  /* Only root can give a file to another user. */
  if (geteuid () != 0 || chown (path, 65534, 65534) != 0)
    {
      cannot_run ("cannot give a file to another user (not root): the owner check needs root");
      return;
    }

  document = load (path);
  edit (document, "An edit by root.");
  save (document, NULL, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &buffer), ==, 0);
  g_assert_cmpint (buffer.st_uid, ==, 65534);
  g_assert_cmpint (buffer.st_gid, ==, 65534);
  finish (document);
}

/* A link stays a link; its target gets the new contents, written beside
 * the target. */
static void
test_symlink (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *target = example_in_new_folder ("pmm.jobfamily.json", &folder);
  g_autofree char *links = g_build_filename (folder, "links", NULL);
  g_autofree char *link = g_build_filename (links, "pmm.jobfamily.json", NULL);
  g_autofree char *pointed = NULL;
  g_autofree char *saved = NULL;
  LadderDocument  *document = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf buffer;

  g_assert_cmpint (g_mkdir (links, 0755), ==, 0);
  g_assert_cmpint (symlink ("../pmm.jobfamily.json", link), ==, 0);
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);

  document = load (link);
  edit (document, "Saved through a link.");
  save (document, NULL, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &buffer), ==, 0);
  g_assert_true (S_ISLNK (buffer.st_mode));
  pointed = g_file_read_link (link, NULL);
  g_assert_cmpstr (pointed, ==, "../pmm.jobfamily.json");

  saved = read_text (target);
  g_assert_nonnull (strstr (saved, "Saved through a link."));
  g_assert_cmpint (mode_of (target), ==, 0640);
  /* Nothing left beside either. */
  g_assert_cmpuint (n_entries (links), ==, 1);
  g_assert_cmpuint (n_entries (folder), ==, 2);

  finish (document);
}

/* A hard link is not split unseen: the save says so, and breaks it only
 * when told to. */
static void
test_hard_link (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", &folder);
  g_autofree char *other = g_build_filename (folder, "other-name.jobfamily.json", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *text = NULL;
  LadderDocument  *document = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (link (path, other), ==, 0);
  document = load (path);
  edit (document, "An edit.");

  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_HARD_LINK);
  g_assert_nonnull (strstr (error->message, "hard link"));
  g_assert_true (ladder_document_get_modified (document));
  text = read_text (path);
  g_assert_cmpstr (text, ==, original);
  g_clear_error (&error);

  save (document, NULL, LADDER_SAVE_BREAK_HARD_LINK, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "An edit."));
  g_clear_pointer (&text, g_free);
  text = read_text (other);
  g_assert_cmpstr (text, ==, original);

  finish (document);
}

/* A read-only file is not replaced unseen; when told to, it is, and stays
 * read-only. */
static void
test_read_only_file (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *text = NULL;
  LadderDocument  *document = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  document = load (path);
  edit (document, "An edit.");

  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY);
  g_assert_true (ladder_document_get_modified (document));
  text = read_text (path);
  g_assert_cmpstr (text, ==, original);
  g_clear_error (&error);

  save (document, NULL, LADDER_SAVE_REPLACE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "An edit."));
  g_assert_cmpint (mode_of (path), ==, 0444);

  finish (document);
}

/* The umask belongs to the whole process: a save in a worker thread must
 * not set it, even for a moment. And a save meant to survive a power cut
 * flushes the folder after the rename. */
static void
test_no_umask_and_folder_synced (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  g_autofree char *new_path = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;
  mode_t mask = umask (022);

  umask (mask);
  g_atomic_int_set (&worker_umasks, 0);
  g_atomic_int_set (&dir_fsyncs, 0);

  edit (document, "An edit.");
  save (document, NULL, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&dir_fsyncs), >=, 1);

  /* A new file gets the usual permissions. */
  new_path = g_strconcat (path, ".copy.jobfamily.json", NULL);
  save (document, new_path, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mode_of (new_path), ==, 0666 & ~mask);

  g_assert_cmpint (g_atomic_int_get (&worker_umasks), ==, 0);
  finish (document);
}

/* A batch's files are swapped in rather than renamed over the old ones
 * (LADDER_WRITE_NO_FLUSH): the old file's contents and mode are kept or
 * replaced as by a rename, its other hard links keep the old contents,
 * and nothing is left beside it. A durable write still renames. */
static void
test_no_flush_swaps_in (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("ladder-no-flush-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) first = g_bytes_new_static ("first version\n", 14);
  g_autoptr (GBytes) second = g_bytes_new_static ("second\n", 7);
  GStatBuf before, after;

  g_assert_no_error (error);
  path = g_build_filename (folder, "page.md", NULL);
  other = g_build_filename (folder, "other-name.md", NULL);

  /* A new file (no old one to swap with), then a replacement. */
  g_atomic_int_set (&exchanges, 0);
  g_assert_true (ladder_file_write_atomic (path, first, LADDER_WRITE_NO_FLUSH, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&exchanges), ==, 0);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (ladder_file_write_atomic (path, second, LADDER_WRITE_NO_FLUSH, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&exchanges), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second\n");
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_mode & 07777, ==, 0640);
  g_assert_cmpint (after.st_ino, !=, before.st_ino);

  /* With another hard link, when asked: the link keeps the old file. */
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_true (ladder_file_write_atomic (
      path, first, LADDER_WRITE_NO_FLUSH | LADDER_WRITE_BREAK_HARD_LINK, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first version\n");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second\n");

  g_assert_true (ladder_file_write_atomic (path, second,
                                           LADDER_WRITE_NO_FLUSH | LADDER_WRITE_DURABLE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&exchanges), ==, 2);
  {
    g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
    guint n_entries = 0;

    while (dir != NULL && g_dir_read_name (dir) != NULL)
      n_entries++;
    g_assert_cmpuint (n_entries, ==, 2);
  }

  g_unlink (other);
  g_unlink (path);
  g_rmdir (folder);
}

/* The hash a document keeps of its files (and a draft writes down, to be
 * compared by a later Ladder) is the SHA-256 GLib writes, for any length:
 * empty, within a block, across blocks, a large family's size. */
static void
test_hash_is_glib_sha256 (void)
{
  const gsize lengths[] = { 0, 1, 55, 56, 63, 64, 65, 1000, 6 * 1024 * 1024 + 7 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree guint8 *data = g_malloc (MAX (lengths[i], 1));
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *ours = NULL;
      g_autofree char *glib = NULL;

      for (gsize j = 0; j < lengths[i]; j++)
        data[j] = (guint8) (j * 131 + i);
      bytes = g_bytes_new (data, lengths[i]);
      ours = ladder_file_hash_bytes (bytes);
      glib = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      g_assert_cmpstr (ours, ==, glib);
    }
}

/* ------------------------------------------------------------------ */
/* Failing                                                              */

static gboolean
run_command (const char *command)
{
  int status = 0;

  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

/* Loads @path, makes the family too big for a small disk, writes its
 * draft, and saves: the save must fail with @expected in its message,
 * leaving the document modified, its draft, and the old file. */
static void
assert_save_fails_cleanly (const char *path,
                           const char *folder,
                           gboolean    grow,
                           void (*break_folder) (const char *folder),
                           const char *expected)
{
  LadderDocument  *document = load (path);
  g_autofree char *original = read_text (path);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  guint n_entries_before = n_entries (folder);

  clear_drafts ();
  if (grow)
    {
      g_autofree char *big = g_strnfill (256 * 1024, 'x');

      edit (document, big);
    }
  else
    {
      edit (document, "A small edit.");
    }
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 2);

  if (break_folder != NULL)
    break_folder (folder);

  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_FAILED);
  g_test_message ("the message: %s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, expected));

  g_assert_true (ladder_document_get_modified (document));
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 2);

  text = read_text (path);
  g_assert_cmpstr (text, ==, original);
  /* No temporary file left. */
  g_assert_cmpuint (n_entries (folder), ==, n_entries_before);

  finish (document);
}

static char *
mount_small_disk (void)
{
  g_autofree char *folder = g_dir_make_tmp ("ladder-small-disk-XXXXXX", NULL);
  g_autofree char *command = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs %s", folder);

  if (!run_command (command))
    {
      g_rmdir (folder);
      return NULL;
    }

  return g_steal_pointer (&folder);
}

static void
unmount (char *folder)
{
  g_autofree char *command = g_strdup_printf ("umount %s", folder);

  g_assert_true (run_command (command));
  g_rmdir (folder);
  g_free (folder);
}

static void
test_full_disk (void)
{
  char            *folder = mount_small_disk ();
  g_autofree char *path = NULL;
  g_autofree char *text = example_text ();

  if (folder == NULL)
    {
      cannot_run ("cannot mount a small tmpfs (not root?): the full-disk check needs one");
      return;
    }

  path = g_build_filename (folder, "pmm.jobfamily.json", NULL);
  write_text (path, text);
  assert_save_fails_cleanly (path, folder, TRUE, NULL, "the disk is full");
  unmount (folder);
}

static void
remount_read_only (const char *folder)
{
  g_autofree char *command = g_strdup_printf ("mount -o remount,ro %s", folder);

  g_assert_true (run_command (command));
}

static void
make_read_only (const char *folder)
{
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
}

static void
test_read_only_folder (void)
{
  g_autofree char *path = NULL;
  g_autofree char *text = example_text ();

  if (geteuid () != 0)
    {
      /* Folder permissions hold for everyone but root. */
      g_autofree char *folder = NULL;

      g_free (example_in_new_folder ("pmm.jobfamily.json", &folder));
      path = g_build_filename (folder, "pmm.jobfamily.json", NULL);
      assert_save_fails_cleanly (path, folder, FALSE, make_read_only, "no permission");
      g_chmod (folder, 0755);
    }
  else
    {
      /* Root ignores permissions: a read-only disk stops it. */
      char *folder = mount_small_disk ();

      if (folder == NULL)
        {
          cannot_run ("cannot mount a tmpfs as root: the read-only folder check needs one");
          return;
        }

      path = g_build_filename (folder, "pmm.jobfamily.json", NULL);
      write_text (path, text);
      assert_save_fails_cleanly (path, folder, FALSE, remount_read_only, "read-only");
      unmount (folder);
    }
}

static void
remove_folder (const char *folder)
{
  remove_tree (folder);
}

/* The folder vanished: the message says so, not "changed by another
 * program". */
static void
test_vanished_folder (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", &folder);
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;

  clear_drafts ();
  edit (document, "An edit.");
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  remove_folder (folder);

  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_true (ladder_document_get_modified (document));
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 2);

  finish (document);
}

/* ------------------------------------------------------------------ */
/* Other programs' changes                                              */

static char *
same_size_change (const char *text)
{
  char *changed = g_strdup (text);
  char *title = strstr (changed, "Product Marketing");

  g_assert_nonnull (title);
  title[0] = 'p';
  return changed;
}

/* Another program rewrote the file in place, same size, and put its
 * modification time back (as `cp -p` or `rsync -t` do): still a change. */
static void
test_same_size_change_with_old_mtime (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *changed = same_size_change (original);
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;
  struct stat     before;
  struct timespec times[2];

  g_assert_cmpint (stat (path, &before), ==, 0);
  overwrite_in_place (path, changed);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);

  edit (document, "An edit.");
  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  text = read_text (path);
  g_assert_cmpstr (text, ==, changed);

  finish (document);
}

/* A file large enough to be hashed beside its reading (256 KiB and more)
 * is checked as a small one is: saving over it unchanged works, and after
 * another program changed it (same size, old time), saving stops. */
static void
test_large_file_conflict_check (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  LadderFamily    *family = ladder_document_get_family (document);
  g_autoptr (GError) error = NULL;
  struct stat     before;
  struct timespec times[2];
  guint           n_roles = g_list_model_get_n_items (ladder_family_get_roles (family));

  /* Made large: copies of its roles. */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr (LadderRole) role
          = g_list_model_get_item (ladder_family_get_roles (family), i % n_roles);
      g_autoptr (LadderRole) copy = ladder_role_copy (role);

      ladder_family_append_role (family, copy);
    }
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  finish (document);
  original = read_text (path);
  g_assert_cmpuint (strlen (original), >=, 256 * 1024);

  document = load (path);
  edit (document, "An edit.");
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  finish (document);

  document = load (path);
  g_free (original);
  original = read_text (path);
  changed = same_size_change (original);
  g_assert_cmpint (stat (path, &before), ==, 0);
  overwrite_in_place (path, changed);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);

  edit (document, "Another edit.");
  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  text = read_text (path);
  g_assert_cmpstr (text, ==, changed);

  finish (document);
}

/* Another program writes the file after the save's first look and before
 * its rename: the save looks again just before the rename, and stops. */
static void
test_change_just_before_rename (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", &folder);
  g_autofree char *original = read_text (path);
  g_autofree char *changed = same_size_change (original);
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;

  edit (document, "An edit.");
  watch_saves_of (path, changed);
  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  watch_saves_of (NULL, NULL);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  text = read_text (path);
  g_assert_cmpstr (text, ==, changed);
  g_assert_cmpuint (n_entries (folder), ==, 1);
  g_assert_true (ladder_document_get_modified (document));

  finish (document);
}

static char *
newer_version_of (const char *text)
{
  char *newer = g_strdup (text);
  char *version = strstr (newer, "\"version\" : 1");

  g_assert_nonnull (version);
  version[strlen ("\"version\" : ")] = '2';
  return newer;
}

/* A file a newer Ladder wrote is never written over: not by a save, not
 * when told to write over changes, not by "Save As" onto it. */
static void
test_newer_version_never_overwritten (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", &folder);
  g_autofree char *newer = NULL;
  g_autofree char *other = g_build_filename (folder, "other.jobfamily.json", NULL);
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GError) error = NULL;

  text = read_text (path);
  newer = newer_version_of (text);
  g_clear_pointer (&text, g_free);
  write_text (path, newer);
  write_text (other, newer);
  edit (document, "An edit.");

  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  g_assert_false (save (document, NULL, LADDER_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  ladder_document_forget_disk_version (document);
  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  g_assert_false (save (document, other, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  text = read_text (path);
  g_assert_cmpstr (text, ==, newer);
  g_clear_pointer (&text, g_free);
  text = read_text (other);
  g_assert_cmpstr (text, ==, newer);
  g_assert_true (ladder_document_get_modified (document));

  finish (document);
}

static void
test_peek_version (void)
{
  const struct
  {
    const char *text;
    gint64      version;
  } cases[] = {
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1 }", 1 },
    { "{\"version\":2}", 2 },
    { "  {\n\"roles\" : [ { \"version\" : 9 } ], \"version\" : 3 }", 3 },
    { "{ \"intro\" : \"\\\"version\\\" : 7\", \"version\" : 1 }", 1 },
    { "{ \"x\" : { \"version\" : 5 } }", 0 },
    { "{ \"version\" : 2.0 }", 0 },
    { "{ \"version\" : \"2\" }", 0 },
    { "[ { \"version\" : 2 } ]", 0 },
    { "{ \"version\" : 99999999999999999999999 }", G_MAXINT64 },
    { "{ \"version\" : 1, \"version\" : 4 }", 4 },
    { "{ \"version\"", 0 },
    { "", 0 },
    /* Strings that end in escaped backslashes, or hold escaped quotes and
     * brackets, inside values and at the top. */
    { "{ \"intro\" : \"a\\\\\", \"version\" : 3 }", 3 },
    { "{ \"intro\" : \"a\\\\\\\"\", \"version\" : 3 }", 3 },
    { "{ \"intro\" : \"a\\\\\\\", \\\"version\\\" : 8\" }", 0 },
    { "{ \"roles\" : [ { \"t\" : \"]}\\\"]\" }, [ \"{\" ] ], \"version\" : 2 }", 2 },
    { "{ \"roles\" : [ { \"t\" : \"x\\\\\" }, \"version\" : 6 ], \"version\" : 2 }", 2 },
    { "{ \"roles\" : [ \"never closed ], \"version\" : 2 }", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (ladder_json_peek_version (cases[i].text, strlen (cases[i].text)), ==,
                     cases[i].version);
}

/* ------------------------------------------------------------------ */
/* Drafts                                                               */

/* A draft write still under way when the document is saved or its draft
 * discarded does not bring the draft back afterwards. */
static void
test_discard_wins_over_draft_write (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  LadderDocument  *document = load (path);

  clear_drafts ();
  edit (document, "An edit.");
  ladder_document_write_draft_now (document);
  ladder_document_discard_draft (document);
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 0);

  /* And saved right after the draft write began. */
  edit (document, "Another edit.");
  ladder_document_write_draft_now (document);
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, NULL));
  wait_until_idle (document);
  g_assert_cmpuint (n_draft_files (), ==, 0);

  finish (document);
}

static LadderDocument *
restore (LadderDraft *draft)
{
  LadderDocument *document = ladder_document_new ();
  Wait            wait = { 0 };

  ladder_document_load_draft_async (document, draft, NULL, on_loaded, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_true (ladder_document_get_modified (document));
  return document;
}

/* A restored draft is saved over the version its changes were made to,
 * not over whatever the file became after the crash. */
static void
test_restored_draft_checks_its_base (void)
{
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", NULL);
  g_autofree char *original = read_text (path);
  g_autofree char *changed = same_size_change (original);
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;
  LadderDraft *draft;

  clear_drafts ();
  edit (document, "Edited before the crash.");
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  /* The crash: the document goes without a word. */
  assert_finalized (document);

  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);

  /* Unchanged on disk: the restored draft saves. */
  document = restore (draft);
  g_assert_true (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (ladder_document_get_modified (document));
  wait_until_idle (document);
  assert_finalized (document);

  /* Again, but the file changed after the crash. */
  write_text (path, original);
  document = load (path);
  edit (document, "Edited before the second crash.");
  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  assert_finalized (document);
  write_text (path, changed);

  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  document = restore (g_ptr_array_index (drafts, 0));
  g_assert_false (save (document, NULL, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  text = read_text (path);
  g_assert_cmpstr (text, ==, changed);
  g_assert_true (ladder_document_get_modified (document));

  finish (document);
}

/* ------------------------------------------------------------------ */
/* Export                                                               */

static void
on_export_changed (LadderDocument *document, gboolean *flag)
{
  *flag = TRUE;
}

/* A Ladder file's page was pulled from git after it was exported:
 * exporting over it again asks (fails with WRONG_ETAG) and writes over it
 * only when told to; the change is also noticed without an export. (A page
 * opened as a document is its own file: see test-document-kinds.c.) */
static void
test_export_conflict (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = example_in_new_folder ("pmm.jobfamily.json", &folder);
  g_autofree char *page = g_build_filename (folder, "pmm.md", NULL);
  g_autofree char *original = NULL;
  g_autofree char *pulled = NULL;
  g_autofree char *text = NULL;
  LadderDocument  *document = load (path);
  gboolean         noticed = FALSE;
  gint64           deadline;

  export(document, page, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);
  original = read_text (page);
  pulled = g_strconcat (original, "\nA line from a git pull.\n", NULL);
  g_signal_connect (document, "export-changed-on-disk", G_CALLBACK (on_export_changed), &noticed);

  edit (document, "An edit.");
  write_text (page, pulled);

  /* Noticed (file monitors report within moments; the deadline only
   * bounds a failure). */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!noticed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (noticed);

  g_assert_false (export(document, page, LADDER_SAVE_DEFAULT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  text = read_text (page);
  g_assert_cmpstr (text, ==, pulled);

  export(document, page, LADDER_SAVE_OVERWRITE_CHANGES, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = read_text (page);
  g_assert_nonnull (strstr (text, "An edit."));

  /* Exported once, the next export over it needs no permission. */
  edit (document, "A second edit.");
  export(document, page, LADDER_SAVE_DEFAULT, &error);
  g_assert_no_error (error);

  g_signal_handlers_disconnect_by_data (document, &noticed);
  finish (document);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = NULL;

  main_thread = g_thread_self ();
  g_test_init (&argc, &argv, NULL);

  /* Drafts go to a state folder of the test's own. */
  home = g_dir_make_tmp ("ladder-save-home-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", home, TRUE);

  g_test_add_func ("/save/edit-during-save-stays-modified", test_edit_during_save);
  g_test_add_func ("/save/saves-are-serialised", test_saves_are_serialised);
  g_test_add_func ("/save/modified-follows-history", test_modified_follows_history);
  g_test_add_func ("/save/undo-to-saved-state", test_undo_to_saved_state);
  g_test_add_func ("/save/keeps-mode", test_keeps_mode);
  g_test_add_func ("/save/keeps-owner", test_keeps_owner);
  g_test_add_func ("/save/symlink", test_symlink);
  g_test_add_func ("/save/hard-link", test_hard_link);
  g_test_add_func ("/save/read-only-file", test_read_only_file);
  g_test_add_func ("/save/no-umask-and-folder-synced", test_no_umask_and_folder_synced);
  g_test_add_func ("/save/no-flush-swaps-in", test_no_flush_swaps_in);
  g_test_add_func ("/save/hash-is-glib-sha256", test_hash_is_glib_sha256);
  g_test_add_func ("/save/full-disk", test_full_disk);
  g_test_add_func ("/save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/save/vanished-folder", test_vanished_folder);
  g_test_add_func ("/save/same-size-change-with-old-mtime", test_same_size_change_with_old_mtime);
  g_test_add_func ("/save/large-file-conflict-check", test_large_file_conflict_check);
  g_test_add_func ("/save/change-just-before-rename", test_change_just_before_rename);
  g_test_add_func ("/save/newer-version-never-overwritten", test_newer_version_never_overwritten);
  g_test_add_func ("/save/peek-version", test_peek_version);
  g_test_add_func ("/drafts/discard-wins-over-draft-write", test_discard_wins_over_draft_write);
  g_test_add_func ("/drafts/restored-draft-checks-its-base", test_restored_draft_checks_its_base);
  g_test_add_func ("/export/conflict", test_export_conflict);

  return g_test_run ();
}
