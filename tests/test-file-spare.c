/* test-file-spare.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A batch's spare file (ladder-file-spare.c): the old version of each
 * output it replaces becomes the temporary file of the next, and only
 * when nothing else can see it. */

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "ladder-file.h"

#define BATCH (LADDER_WRITE_NO_FLUSH)

static char *
write_file (const char *folder, const char *name, const char *text)
{
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static ino_t
inode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_ino;
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The names in @folder, sorted. */
static GPtrArray *
names_in (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray  *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

/* The name of the one file in @folder that is none of @names. */
static char *
other_file (const char *folder, const char *const *names)
{
  g_autoptr (GPtrArray) all = names_in (folder);
  char *found = NULL;

  for (guint i = 0; i < all->len; i++)
    if (!g_strv_contains (names, g_ptr_array_index (all, i)))
      {
        g_assert_null (found);
        found = g_build_filename (folder, g_ptr_array_index (all, i), NULL);
      }
  return found;
}

static void
write_with (LadderFileSpare *spare, const char *path, const char *text, LadderWriteFlags flags)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;

  g_assert_true (ladder_file_write_atomic_full (path, bytes, flags, NULL, NULL, spare, &error));
  g_assert_no_error (error);
}

static void
remove_folder (const char *folder)
{
  g_autoptr (GPtrArray) names = names_in (folder);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
}

/* Three outputs replaced in turn: each old file, emptied, is the next
 * one's temporary file; each output keeps its own permissions; the batch
 * leaves one spare file beside them, empty, and none once it is freed. */
static void
test_old_output_becomes_next_temporary (void)
{
  g_autofree char  *folder = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *a = write_file (folder, "a.md", "old a\n");
  g_autofree char  *b = write_file (folder, "b.md", "old b\n");
  g_autofree char  *c = write_file (folder, "c.md", "old c\n");
  const char *const outputs[] = { "a.md", "b.md", "c.md", NULL };
  LadderFileSpare  *spare = ladder_file_spare_new ();
  g_autofree char  *kept = NULL;
  g_autofree char  *text = NULL;
  ino_t             old_a = inode_of (a);
  ino_t             old_b = inode_of (b);
  ino_t             old_c = inode_of (c);
  GStatBuf          info;

  g_assert_cmpint (g_chmod (a, 0640), ==, 0);
  g_assert_cmpint (g_chmod (b, 0640), ==, 0);
  g_assert_cmpint (g_chmod (c, 0660), ==, 0);

  write_with (spare, a, "new a\n", BATCH);
  write_with (spare, b, "new b\n", BATCH);
  write_with (spare, c, "new c\n", BATCH);

  text = contents_of (a);
  g_assert_cmpstr (text, ==, "new a\n");
  g_clear_pointer (&text, g_free);
  text = contents_of (b);
  g_assert_cmpstr (text, ==, "new b\n");
  g_clear_pointer (&text, g_free);
  text = contents_of (c);
  g_assert_cmpstr (text, ==, "new c\n");

  /* The first output needed a new file; the others took the one before's. */
  g_assert_cmpuint (inode_of (a), !=, old_a);
  g_assert_cmpuint (inode_of (b), ==, old_a);
  g_assert_cmpuint (inode_of (c), ==, old_b);

  g_assert_cmpint (g_stat (a, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
  g_assert_cmpint (g_stat (b, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
  g_assert_cmpint (g_stat (c, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0660);

  /* c's old file is the spare, beside the outputs, empty, under the name
   * of the first temporary file. */
  kept = other_file (folder, outputs);
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, a));
  g_assert_cmpuint (inode_of (kept), ==, old_c);
  g_assert_cmpint (g_stat (kept, &info), ==, 0);
  g_assert_cmpint (info.st_size, ==, 0);

  ladder_file_spare_free (spare);
  g_assert_null (other_file (folder, outputs));
  remove_folder (folder);
}

/* A durable write, or one that renames, does not use the spare; a spare
 * in another folder is deleted when an output elsewhere needs one. */
static void
test_spare_stays_in_its_folder (void)
{
  g_autofree char  *first = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *second = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *a = write_file (first, "a.md", "old a\n");
  g_autofree char  *b = write_file (first, "b.md", "old b\n");
  g_autofree char  *c = write_file (second, "c.md", "old c\n");
  const char *const first_outputs[] = { "a.md", "b.md", NULL };
  const char *const second_outputs[] = { "c.md", NULL };
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();
  g_autofree char *kept = NULL;
  g_autofree char *text = NULL;
  ino_t            old_a = inode_of (a);

  write_with (spare, a, "new a\n", BATCH);
  kept = other_file (first, first_outputs);
  g_assert_nonnull (kept);

  /* Durable: renamed over, as without a spare; the spare stays. */
  write_with (spare, b, "new b\n", BATCH | LADDER_WRITE_DURABLE);
  g_assert_cmpuint (inode_of (kept), ==, old_a);

  /* Another folder: a new temporary file there, and the spare deleted. */
  write_with (spare, c, "new c\n", BATCH);
  text = contents_of (c);
  g_assert_cmpstr (text, ==, "new c\n");
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_null (other_file (first, first_outputs));

  g_clear_pointer (&spare, ladder_file_spare_free);
  g_assert_null (other_file (second, second_outputs));
  remove_folder (first);
  remove_folder (second);
}

/* An old file that something else can still see is deleted as before,
 * not passed on: one with another hard link (which keeps the old text),
 * and one with extended attributes (an access list must not pass to
 * another page). */
static void
test_old_file_seen_elsewhere_not_passed_on (void)
{
  g_autofree char  *folder = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *a = write_file (folder, "a.md", "old a\n");
  g_autofree char  *b = write_file (folder, "b.md", "old b\n");
  g_autofree char  *link_name = g_build_filename (folder, "elsewhere.md", NULL);
  const char *const names[] = { "a.md", "b.md", "elsewhere.md", NULL };
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();
  g_autofree char *text = NULL;
  ino_t            old_a = inode_of (a);
  ino_t            old_b = inode_of (b);

  g_assert_cmpint (link (a, link_name), ==, 0);
  write_with (spare, a, "new a\n", BATCH | LADDER_WRITE_BREAK_HARD_LINK);
  g_assert_null (other_file (folder, names));
  text = contents_of (link_name);
  g_assert_cmpstr (text, ==, "old a\n");
  g_assert_cmpuint (inode_of (link_name), ==, old_a);

  if (setxattr (b, "user.ladder-test", "x", 1, 0) == 0)
    {
      write_with (spare, b, "new b\n", BATCH);
      g_assert_null (other_file (folder, names));
      g_assert_cmpuint (inode_of (b), !=, old_b);
    }
  else
    {
      /* Then no file here can have one, and the case cannot arise. */
      g_test_message ("no extended attributes on this file system: %s", g_strerror (errno));
    }

  g_clear_pointer (&spare, ladder_file_spare_free);
  remove_folder (folder);
}

/* An old file everyone could read does not become a private page (whoever
 * opened it keeps reading it): it is deleted, and the private page's old
 * file, which gave less, may become a page that gives more. */
static void
test_open_file_not_passed_to_private_page (void)
{
  g_autofree char  *folder = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *a = write_file (folder, "a.md", "old a\n");
  g_autofree char  *b = write_file (folder, "b.md", "old b\n");
  g_autofree char  *c = write_file (folder, "c.md", "old c\n");
  const char *const outputs[] = { "a.md", "b.md", "c.md", NULL };
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();
  g_autofree char *text = NULL;
  ino_t            old_b = inode_of (b);
  int              reader;

  g_assert_cmpint (g_chmod (a, 0644), ==, 0);
  g_assert_cmpint (g_chmod (b, 0600), ==, 0);
  g_assert_cmpint (g_chmod (c, 0644), ==, 0);
  reader = open (a, O_RDONLY);
  g_assert_cmpint (reader, >=, 0);

  write_with (spare, a, "new a\n", BATCH);
  write_with (spare, b, "private b\n", BATCH);
  text = contents_of (b);
  g_assert_cmpstr (text, ==, "private b\n");

  /* What was opened as a reads nothing of b. */
  {
    char    buffer[64] = { 0 };
    ssize_t n = pread (reader, buffer, sizeof buffer - 1, 0);

    g_assert_cmpint (n, >=, 0);
    g_assert_null (strstr (buffer, "private"));
    close (reader);
  }

  write_with (spare, c, "new c\n", BATCH);
  g_assert_cmpuint (inode_of (c), ==, old_b);

  g_clear_pointer (&spare, ladder_file_spare_free);
  g_assert_null (other_file (folder, outputs));
  remove_folder (folder);
}

/* A file another program puts at the spare's name is neither written nor
 * deleted. */
static void
test_file_put_at_spare_name_left_alone (void)
{
  g_autofree char  *folder = g_dir_make_tmp ("ladder-spare-XXXXXX", NULL);
  g_autofree char  *a = write_file (folder, "a.md", "old a\n");
  g_autofree char  *b = write_file (folder, "b.md", "old b\n");
  g_autofree char  *theirs = write_file (folder, "theirs.txt", "their text\n");
  const char *const outputs[] = { "a.md", "b.md", "theirs.txt", NULL };
  const char *const after[] = { "a.md", "b.md", NULL };
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();
  g_autofree char *kept = NULL;
  g_autofree char *text = NULL;
  ino_t            their_inode = inode_of (theirs);

  write_with (spare, a, "new a\n", BATCH);
  kept = other_file (folder, outputs);
  g_assert_nonnull (kept);
  g_assert_cmpint (g_rename (theirs, kept), ==, 0);

  write_with (spare, b, "new b\n", BATCH);
  text = contents_of (b);
  g_assert_cmpstr (text, ==, "new b\n");
  g_assert_cmpuint (inode_of (b), !=, their_inode);
  g_clear_pointer (&text, g_free);
  text = contents_of (kept);
  g_assert_cmpstr (text, ==, "their text\n");

  /* b's old file is the spare now; theirs stays once the batch ends. */
  g_clear_pointer (&spare, ladder_file_spare_free);
  g_assert_cmpuint (inode_of (kept), ==, their_inode);
  g_assert_cmpint (g_unlink (kept), ==, 0);
  g_assert_null (other_file (folder, after));
  remove_folder (folder);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-spare/old-output-becomes-next-temporary",
                   test_old_output_becomes_next_temporary);
  g_test_add_func ("/file-spare/spare-stays-in-its-folder", test_spare_stays_in_its_folder);
  g_test_add_func ("/file-spare/old-file-seen-elsewhere-not-passed-on",
                   test_old_file_seen_elsewhere_not_passed_on);
  g_test_add_func ("/file-spare/open-file-not-passed-to-private-page",
                   test_open_file_not_passed_to_private_page);
  g_test_add_func ("/file-spare/file-put-at-spare-name-left-alone",
                   test_file_put_at_spare_name_left_alone);

  return g_test_run ();
}
