/* test-git.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Git through libgit2-glib: the states of pages, the current branch, a
 * page as it is at HEAD, and committing pages to a new branch. Each test
 * makes its repository with libgit2-glib in a temporary folder. */

#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ladder-git.h"
#include "ladder-git-watch.h"
#include "ladder-test-git.h"

typedef struct
{
  char           *root;
  GgitRepository *repository;
} Checkout;

/* A checkout with a few committed pages:
 *   README.md, content/a.md, content/same.md, content/sub/b.md,
 *   content/gone.md, .gitignore (ignoring content/ignored/) */
static void
checkout_set_up (Checkout      *checkout,
                 gconstpointer  data)
{
  const char *committed[] = { "README.md", "content/a.md", "content/same.md", "content/sub/b.md",
                              "content/gone.md", ".gitignore", NULL };

  checkout->root = g_dir_make_tmp ("ladder-git-XXXXXX", NULL);
  g_assert_nonnull (checkout->root);

  ladder_test_write (checkout->root, "README.md", "# Handbook\n", -1);
  ladder_test_write (checkout->root, "content/a.md", "## Responsibilities\n\n- A\n", -1);
  ladder_test_write (checkout->root, "content/same.md", "same\n", -1);
  ladder_test_write (checkout->root, "content/sub/b.md", "b\n", -1);
  ladder_test_write (checkout->root, "content/gone.md", "gone\n", -1);
  ladder_test_write (checkout->root, ".gitignore", "content/ignored/\n", -1);

  checkout->repository = ladder_test_git_init (checkout->root);
  ladder_test_git_stage (checkout->repository, committed);
  ladder_test_git_commit (checkout->repository, "First\n");
}

static void
checkout_tear_down (Checkout      *checkout,
                    gconstpointer  data)
{
  g_clear_object (&checkout->repository);
  ladder_test_remove_tree (checkout->root);
  g_free (checkout->root);
}

static GFile *
checkout_file (Checkout   *checkout,
               const char *path)
{
  g_autofree char *full = g_build_filename (checkout->root, path, NULL);

  return g_file_new_for_path (full);
}

static LadderGit *
checkout_open (Checkout *checkout)
{
  g_autoptr (GFile) folder = checkout_file (checkout, "content");
  g_autoptr (GError) error = NULL;
  LadderGit *git = ladder_git_open (folder, &error);

  g_assert_no_error (error);
  g_assert_nonnull (git);
  return git;
}

static void
test_not_a_repository (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-git-none-XXXXXX", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (root);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderGit) git = ladder_git_open (folder, &error);

  g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_NO_REPOSITORY);
  g_assert_null (git);
  ladder_test_remove_tree (root);
}

static void
test_states (Checkout      *checkout,
             gconstpointer  data)
{
  g_autoptr (LadderGit) git = NULL;
  g_autoptr (GFile) content = checkout_file (checkout, "content");
  g_autoptr (GHashTable) changes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) a = checkout_file (checkout, "content/a.md");
  g_autoptr (GFile) added = checkout_file (checkout, "content/new.md");
  g_autoptr (GFile) same = checkout_file (checkout, "content/same.md");
  g_autoptr (GFile) outside = g_file_new_for_path ("/");
  const char *staged[] = { "content/staged.md", NULL };
  g_autofree char *gone = g_build_filename (checkout->root, "content", "gone.md", NULL);

  ladder_test_write (checkout->root, "content/a.md", "## Responsibilities\n\n- A, edited\n", -1);
  ladder_test_write (checkout->root, "content/new.md", "new\n", -1);
  ladder_test_write (checkout->root, "content/staged.md", "staged\n", -1);
  ladder_test_write (checkout->root, "content/ignored/c.md", "ignored\n", -1);
  ladder_test_write (checkout->root, "README.md", "# Handbook, edited\n", -1);
  ladder_test_git_stage (checkout->repository, staged);
  g_assert_cmpint (g_unlink (gone), ==, 0);

  git = checkout_open (checkout);
  changes = ladder_git_get_changes (git, content, NULL, &error);
  g_assert_no_error (error);

  /* Keyed by the path under the folder; nothing outside it. */
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "a.md"), ==,
                   LADDER_GIT_STATE_MODIFIED);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "new.md"), ==,
                   LADDER_GIT_STATE_NEW);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "staged.md"), ==,
                   LADDER_GIT_STATE_NEW);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "gone.md"), ==,
                   LADDER_GIT_STATE_DELETED);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "same.md"), ==,
                   LADDER_GIT_STATE_UNCHANGED);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "sub/b.md"), ==,
                   LADDER_GIT_STATE_UNCHANGED);
  g_assert_cmpint (ladder_git_state_for (git, changes, content, "ignored/c.md"), ==,
                   LADDER_GIT_STATE_IGNORED);
  g_assert_false (g_hash_table_contains (changes, "README.md"));
  g_assert_false (g_hash_table_contains (changes, "../README.md"));
  g_assert_cmpuint (g_hash_table_size (changes), ==, 4);

  g_assert_cmpint (ladder_git_get_state (git, a), ==, LADDER_GIT_STATE_MODIFIED);
  g_assert_cmpint (ladder_git_get_state (git, added), ==, LADDER_GIT_STATE_NEW);
  g_assert_cmpint (ladder_git_get_state (git, same), ==, LADDER_GIT_STATE_UNCHANGED);
  g_assert_cmpint (ladder_git_get_state (git, outside), ==, LADDER_GIT_STATE_UNKNOWN);

  g_assert_cmpstr (ladder_git_state_to_string (LADDER_GIT_STATE_MODIFIED), ==, "modified");
}

static void
test_branch (Checkout      *checkout,
             gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GgitObject) head = NULL;
  g_autoptr (GgitOId) id = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *branch = ladder_git_dup_branch (git);
  g_autofree char *other = NULL;
  g_autofree char *detached = NULL;

  g_assert_cmpstr (branch, ==, "handbook");

  /* A branch with no commit yet has a name too. */
  ggit_repository_set_head (checkout->repository, "refs/heads/unborn/topic", &error);
  g_assert_no_error (error);
  other = ladder_git_dup_branch (git);
  g_assert_cmpstr (other, ==, "unborn/topic");

  head = ggit_repository_revparse (checkout->repository, "handbook", &error);
  g_assert_no_error (error);
  id = ggit_object_get_id (head);
  ggit_repository_set_head_detached (checkout->repository, id, &error);
  g_assert_no_error (error);
  detached = ladder_git_dup_branch (git);
  g_assert_null (detached);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GBytes **bytes = user_data;
  g_autoptr (GError) error = NULL;

  *bytes = ladder_git_read_at_head_finish (LADDER_GIT (source), result, &error);
  g_assert_no_error (error);
}

static void
test_read_at_head (Checkout      *checkout,
                   gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GFile) a = checkout_file (checkout, "content/a.md");
  g_autoptr (GFile) added = checkout_file (checkout, "content/new.md");
  g_autoptr (GFile) outside = g_file_new_for_path ("/etc/hostname");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GBytes) async_bytes = NULL;
  g_autoptr (GBytes) missing = NULL;
  g_autoptr (GBytes) elsewhere = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  const char *text;

  ladder_test_write (checkout->root, "content/a.md", "## Responsibilities\n\n- A, edited\n", -1);
  ladder_test_write (checkout->root, "content/new.md", "new\n", -1);

  bytes = ladder_git_read_at_head (git, a, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (text, length, "## Responsibilities\n\n- A\n",
                   strlen ("## Responsibilities\n\n- A\n"));

  ladder_git_read_at_head_async (git, a, NULL, on_read, &async_bytes);
  while (async_bytes == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_bytes_equal (bytes, async_bytes));

  missing = ladder_git_read_at_head (git, added, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  elsewhere = ladder_git_read_at_head (git, outside, &error);
  g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE);
  g_assert_null (elsewhere);
}

static GBytes *
blob_at (GgitRepository *repository,
         const char     *revision,
         const char     *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitObject) commit = ggit_repository_revparse (repository, revision, &error);
  g_autoptr (GgitTree) tree = NULL;
  g_autoptr (GgitTreeEntry) entry = NULL;
  g_autoptr (GgitOId) id = NULL;
  g_autoptr (GgitBlob) blob = NULL;
  const guchar *data;
  gsize length;

  g_assert_no_error (error);
  tree = ggit_commit_get_tree (GGIT_COMMIT (commit));
  entry = ggit_tree_get_by_path (tree, path, NULL);
  if (entry == NULL)
    return NULL;

  id = ggit_tree_entry_get_id (entry);
  blob = ggit_repository_lookup_blob (repository, id, &error);
  g_assert_no_error (error);
  data = ggit_blob_get_raw_content (blob, &length);
  return g_bytes_new (data, length);
}

static void
assert_blob (GgitRepository *repository,
             const char     *revision,
             const char     *path,
             const char     *expected)
{
  g_autoptr (GBytes) bytes = blob_at (repository, revision, path);
  gsize length;
  const char *data;

  if (expected == NULL)
    {
      g_assert_null (bytes);
      return;
    }

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

static void
test_commit (Checkout      *checkout,
             gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GFile) workspace = checkout_file (checkout, "content");
  g_autoptr (GFile) a = checkout_file (checkout, "content/a.md");
  g_autoptr (GFile) fresh = checkout_file (checkout, "content/deep/er/fresh.md");
  g_autoptr (GFile) gone = checkout_file (checkout, "content/gone.md");
  GFile *files[] = { a, fresh, gone };
  g_autoptr (GError) error = NULL;
  g_autofree char *head_before = ladder_test_git_head (checkout->repository);
  g_autofree char *head_after = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = g_file_get_path (gone);
  g_autoptr (GgitObject) commit = NULL;
  g_autoptr (GgitCommitParents) parents = NULL;
  g_autoptr (GgitCommit) parent = NULL;
  g_autoptr (GgitOId) parent_id = NULL;
  g_autoptr (GgitSignature) author = NULL;
  g_autofree char *parent_hex = NULL;
  GgitStatusFlags flags;

  ladder_test_write (checkout->root, "content/a.md", "## Responsibilities\n\n- A, edited\n", -1);
  ladder_test_write (checkout->root, "content/deep/er/fresh.md", "fresh\n", -1);
  ladder_test_write (checkout->root, "content/same.md", "edited but not committed\n", -1);
  g_assert_cmpint (g_unlink (path), ==, 0);

  id = ladder_git_commit_pages (git, workspace, "ladder/edit", "Edit a page\n\nWith Ladder.", files,
                                G_N_ELEMENTS (files), &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);

  commit = ggit_repository_revparse (checkout->repository, "ladder/edit", &error);
  g_assert_no_error (error);
  {
    g_autoptr (GgitOId) commit_id = ggit_object_get_id (commit);
    g_autofree char *hex = ggit_oid_to_string (commit_id);

    g_assert_cmpstr (hex, ==, id);
  }

  /* On top of HEAD, with the message and the configured author. */
  parents = ggit_commit_get_parents (GGIT_COMMIT (commit));
  g_assert_cmpuint (ggit_commit_parents_get_size (parents), ==, 1);
  parent = ggit_commit_parents_get (parents, 0);
  parent_id = ggit_object_get_id (GGIT_OBJECT (parent));
  parent_hex = ggit_oid_to_string (parent_id);
  g_assert_cmpstr (parent_hex, ==, head_before);
  g_assert_cmpstr (ggit_commit_get_message (GGIT_COMMIT (commit)), ==,
                   "Edit a page\n\nWith Ladder.\n");
  author = ggit_commit_get_author (GGIT_COMMIT (commit));
  g_assert_cmpstr (ggit_signature_get_name (author), ==, "Ladder Test");
  g_assert_cmpstr (ggit_signature_get_email (author), ==, "ladder-test@example.com");

  /* Exactly the given files changed. */
  assert_blob (checkout->repository, "ladder/edit", "content/a.md",
               "## Responsibilities\n\n- A, edited\n");
  assert_blob (checkout->repository, "ladder/edit", "content/deep/er/fresh.md", "fresh\n");
  assert_blob (checkout->repository, "ladder/edit", "content/gone.md", NULL);
  assert_blob (checkout->repository, "ladder/edit", "content/same.md", "same\n");
  assert_blob (checkout->repository, "ladder/edit", "content/sub/b.md", "b\n");
  assert_blob (checkout->repository, "ladder/edit", "README.md", "# Handbook\n");
  assert_blob (checkout->repository, "ladder/edit", ".gitignore", "content/ignored/\n");

  /* HEAD, the current branch, the index and the working tree as they
   * were. */
  head_after = ladder_test_git_head (checkout->repository);
  g_assert_cmpstr (head_after, ==, head_before);
  branch = ladder_git_dup_branch (git);
  g_assert_cmpstr (branch, ==, "handbook");
  assert_blob (checkout->repository, "HEAD", "content/a.md", "## Responsibilities\n\n- A\n");
  flags = ggit_repository_file_status (checkout->repository, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (flags, ==, GGIT_STATUS_WORKING_TREE_MODIFIED);
  flags = ggit_repository_file_status (checkout->repository, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpint (flags, ==, GGIT_STATUS_WORKING_TREE_NEW);
  {
    g_autofree char *text = ladder_test_read (checkout->root, "content/a.md");

    g_assert_cmpstr (text, ==, "## Responsibilities\n\n- A, edited\n");
  }
}

static void
assert_no_branch (Checkout   *checkout,
                  const char *name)
{
  g_autofree char *spec = g_strconcat ("refs/heads/", name, NULL);
  g_autoptr (GgitObject) branch = ggit_repository_revparse (checkout->repository, spec, NULL);

  g_assert_null (branch);
}

static void
test_commit_refusals (Checkout      *checkout,
                      gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GFile) workspace = checkout_file (checkout, "content");
  g_autoptr (GFile) a = checkout_file (checkout, "content/a.md");
  g_autoptr (GFile) readme = checkout_file (checkout, "README.md");
  g_autoptr (GFile) climbing = checkout_file (checkout, "content/../README.md");
  g_autoptr (GFile) link = checkout_file (checkout, "content/link.md");
  g_autoptr (GFile) inside_git = checkout_file (checkout, "content/../.git/config");
  g_autoptr (GError) error = NULL;
  g_autofree char *link_path = g_file_get_path (link);
  g_autofree char *id = NULL;
  const char *staged_other[] = { "content/same.md", NULL };

  ladder_test_write (checkout->root, "content/a.md", "## Responsibilities\n\n- A, edited\n", -1);
  g_assert_cmpint (symlink ("../README.md", link_path), ==, 0);

  {
    GFile *files[] = { a, readme };

    id = ladder_git_commit_pages (git, workspace, "outside", "Message", files, 2, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE);
    g_assert_null (id);
    g_clear_error (&error);
    assert_no_branch (checkout, "outside");
  }
  {
    GFile *files[] = { climbing };

    id = ladder_git_commit_pages (git, workspace, "outside", "Message", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE);
    g_clear_error (&error);
  }
  {
    GFile *files[] = { link };

    /* Inside by its name, outside by what it points to. */
    id = ladder_git_commit_pages (git, workspace, "outside", "Message", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE);
    g_clear_error (&error);
  }
  {
    GFile *files[] = { inside_git };

    id = ladder_git_commit_pages (git, workspace, "outside", "Message", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_OUTSIDE);
    g_clear_error (&error);
    assert_no_branch (checkout, "outside");
  }

  {
    GFile *files[] = { a };

    id = ladder_git_commit_pages (git, workspace, "bad..name", "Message", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_INVALID_BRANCH);
    g_clear_error (&error);

    id = ladder_git_commit_pages (git, workspace, "empty", " \n ", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_EMPTY_MESSAGE);
    g_clear_error (&error);

    /* A staged change to another file: refused. */
    ladder_test_write (checkout->root, "content/same.md", "staged\n", -1);
    ladder_test_git_stage (checkout->repository, staged_other);
    id = ladder_git_commit_pages (git, workspace, "staged", "Message", files, 1, &error);
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_STAGED_CHANGES);
    g_assert_nonnull (strstr (error->message, "content/same.md"));
    g_clear_error (&error);
    assert_no_branch (checkout, "staged");
  }
}

static void
test_commit_staged_same_file (Checkout      *checkout,
                              gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GFile) workspace = checkout_file (checkout, "content");
  g_autoptr (GFile) a = checkout_file (checkout, "content/a.md");
  GFile *files[] = { a };
  const char *staged[] = { "content/a.md", NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *again = NULL;

  /* A page staged, then edited again: its staged change is this page's,
   * and what is committed is the page as it is on disk. */
  ladder_test_write (checkout->root, "content/a.md", "staged\n", -1);
  ladder_test_git_stage (checkout->repository, staged);
  ladder_test_write (checkout->root, "content/a.md", "on disk\n", -1);

  id = ladder_git_commit_pages (git, workspace, "ladder/a", "Message", files, 1, &error);
  g_assert_no_error (error);
  assert_blob (checkout->repository, "ladder/a", "content/a.md", "on disk\n");

  again = ladder_git_commit_pages (git, workspace, "ladder/a", "Message", files, 1, &error);
  g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_BRANCH_EXISTS);
  g_assert_null (again);
}

static void
test_commit_without_identity (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-git-anonymous-XXXXXX", NULL);
  g_autoptr (GFile) location = g_file_new_for_path (root);
  g_autoptr (GgitRepository) repository = NULL;
  g_autoptr (LadderGit) git = NULL;
  g_autoptr (GFile) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = g_build_filename (root, "page.md", NULL);

  repository = ggit_repository_init_repository (location, FALSE, &error);
  g_assert_no_error (error);
  ladder_test_write (root, "page.md", "page\n", -1);
  page = g_file_new_for_path (path);

  git = ladder_git_open (location, &error);
  g_assert_no_error (error);

  /* No commit yet, and no name configured (HOME is a fresh folder). */
  id = ladder_git_commit_pages (git, location, "first", "Message", &page, 1, &error);
  g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_NO_IDENTITY);
  g_assert_null (id);
  g_clear_error (&error);

  /* What the commit dialog shows says the same. */
  {
    g_autofree char *name = NULL;
    g_autofree char *email = NULL;

    g_assert_false (ladder_git_dup_identity (git, &name, &email, &error));
    g_assert_error (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_NO_IDENTITY);
    g_assert_null (name);
    g_assert_null (email);
  }
  ladder_test_remove_tree (root);
}

/* Who commits, as the commit dialog shows it, and where git keeps HEAD and
 * the index, as the workspace watches them. */
static void
test_identity (Checkout      *checkout,
               gconstpointer  data)
{
  g_autoptr (LadderGit) git = checkout_open (checkout);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *git_dir = ladder_git_dup_git_dir (git);
  g_autofree char *expected = g_build_filename (checkout->root, ".git", NULL);
  g_autofree char *head = g_build_filename (git_dir, "HEAD", NULL);

  g_assert_true (ladder_git_dup_identity (git, &name, &email, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Ladder Test");
  g_assert_cmpstr (email, ==, "ladder-test@example.com");

  g_assert_true (g_file_test (head, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *real_expected = realpath (expected, NULL);
    g_autofree char *real_dir = realpath (git_dir, NULL);

    g_assert_cmpstr (real_dir, ==, real_expected);
  }
}

/* ------------------------------------------------------------------ */
/* Watching HEAD                                                        */

typedef struct
{
  LadderGitWatch *watch;
  guint           n_changed;
} Watching;

static void
on_head_changed (LadderGitWatch *watch, Watching *watching)
{
  watching->n_changed++;
}

/* Runs the main loop until @done, ten seconds at most. */
static gboolean
run_until (gboolean (*done) (Watching *), Watching *watching)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (watching) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return done (watching);
}

static gboolean
is_active (Watching *watching)
{
  return ladder_git_watch_get_active (watching->watch);
}

static gboolean
has_changed (Watching *watching)
{
  return watching->n_changed > 0;
}

static void
spin_past_settling (void)
{
  /* Longer than the watch's quiet time. */
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Commits a new version of content/a.md on the current branch, as
 * `git commit -a` would; whether the watch said so. */
static gboolean
commit_seen (Checkout *checkout, Watching *watching, const char *text)
{
  const char *paths[] = { "content/a.md", NULL };

  /* What the last change set off is said (once settled), not counted. */
  spin_past_settling ();
  watching->n_changed = 0;
  ladder_test_write (checkout->root, "content/a.md", text, -1);
  ladder_test_git_stage (checkout->repository, paths);
  ladder_test_git_commit (checkout->repository, text);
  return run_until (has_changed, watching);
}

/* A commit by another program is seen: on the branch, without reflogs
 * (only the branch's ref file changes), on a branch named with a "/"
 * after a checkout, and on a detached HEAD. A folder outside a checkout
 * is not watched. */
static void
test_head_watch (Checkout *checkout, gconstpointer data)
{
  g_autoptr (GFile) content = checkout_file (checkout, "content");
  g_autoptr (GError) error = NULL;
  g_autoptr (GgitConfig) config = NULL;
  g_autoptr (GgitObject) head = NULL;
  g_autoptr (GgitOId) id = NULL;
  g_autofree char *outside = g_dir_make_tmp ("ladder-git-none-XXXXXX", NULL);
  g_autoptr (GFile) outside_folder = g_file_new_for_path (outside);
  Watching watching = { ladder_git_watch_new (), 0 };

  g_signal_connect (watching.watch, "changed", G_CALLBACK (on_head_changed), &watching);
  ladder_git_watch_set_folder (watching.watch, content);
  g_assert_true (run_until (is_active, &watching));
  g_assert_cmpuint (watching.n_changed, ==, 0);

  g_assert_true (commit_seen (checkout, &watching, "Second\n"));

  /* Without reflogs. */
  config = ggit_repository_get_config (checkout->repository, &error);
  g_assert_no_error (error);
  ggit_config_set_bool (config, "core.logAllRefUpdates", FALSE, &error);
  g_assert_no_error (error);
  {
    g_autofree char *log = g_build_filename (checkout->root, ".git", "logs", "HEAD", NULL);
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (log, &before, NULL, NULL));
    g_assert_true (commit_seen (checkout, &watching, "Third\n"));
    g_assert_true (g_file_get_contents (log, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
  }
  ggit_config_set_bool (config, "core.logAllRefUpdates", TRUE, &error);
  g_assert_no_error (error);

  /* Another branch, checked out: HEAD changes, then the branch's ref. */
  spin_past_settling ();
  watching.n_changed = 0;
  ggit_repository_set_head (checkout->repository, "refs/heads/team/topic", &error);
  g_assert_no_error (error);
  g_assert_true (run_until (has_changed, &watching));
  g_assert_true (commit_seen (checkout, &watching, "On the topic\n"));

  /* Detached. */
  head = ggit_repository_revparse (checkout->repository, "HEAD", &error);
  g_assert_no_error (error);
  id = ggit_object_get_id (head);
  ggit_repository_set_head_detached (checkout->repository, id, &error);
  g_assert_no_error (error);
  g_assert_true (commit_seen (checkout, &watching, "Detached\n"));

  ladder_git_watch_set_folder (watching.watch, outside_folder);
  g_assert_false (ladder_git_watch_get_active (watching.watch));
  spin_past_settling ();
  g_assert_false (ladder_git_watch_get_active (watching.watch));

  g_assert_finalize_object (watching.watch);
  ladder_test_remove_tree (outside);
}

int
main (int   argc,
      char *argv[])
{
  ladder_test_isolate_home ("ladder-test-git-home-XXXXXX");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/git/not-a-repository", test_not_a_repository);
  g_test_add ("/git/states", Checkout, NULL, checkout_set_up, test_states, checkout_tear_down);
  g_test_add ("/git/branch", Checkout, NULL, checkout_set_up, test_branch, checkout_tear_down);
  g_test_add ("/git/read-at-head", Checkout, NULL, checkout_set_up, test_read_at_head,
              checkout_tear_down);
  g_test_add ("/git/commit", Checkout, NULL, checkout_set_up, test_commit, checkout_tear_down);
  g_test_add ("/git/commit-refusals", Checkout, NULL, checkout_set_up, test_commit_refusals,
              checkout_tear_down);
  g_test_add ("/git/commit-staged-same-file", Checkout, NULL, checkout_set_up,
              test_commit_staged_same_file, checkout_tear_down);
  g_test_add_func ("/git/commit-without-identity", test_commit_without_identity);
  g_test_add ("/git/identity", Checkout, NULL, checkout_set_up, test_identity, checkout_tear_down);
  g_test_add ("/git/head-watch", Checkout, NULL, checkout_set_up, test_head_watch,
              checkout_tear_down);

  return g_test_run ();
}
