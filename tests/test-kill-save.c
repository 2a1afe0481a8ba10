/* test-kill-save.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Saves are atomic: a process killed at any moment of a save leaves the
 * file on disk a complete old or new version, never a torn one.
 *
 * The test program runs itself again as a child (`--child PATH N_ROLES`).
 * The child builds a large family and saves it to PATH in an endless loop,
 * alternating between two versions (A and B) and between the two ways
 * Ladder saves: the application's (ladder_document_save_async, GIO's
 * replace with a temporary file, under a main loop) and the command-line
 * tool's (ladder_file_write_atomic). The parent kills the child with
 * SIGKILL at a random moment, many times, and after each kill checks that
 * the file holds exactly version A's or version B's bytes and loads.
 *
 * The child tells the parent on its standard output what it is doing, one
 * byte at a time: 'r' ready (version A written once), 'a' an application
 * save in flight, 'c' a command-line save being written, 'd' a save done.
 * The last byte before the kill says where the kill landed.
 *
 * Environment: LADDER_KILL_SAVE_KILLS (at least 200, the default) and
 * LADDER_KILL_SAVE_ROLES (the family's size: 200 roles of 30 bullets by
 * default, over a MB of JSON, tens of times a real page; 60 roles under
 * AddressSanitizer).
 */

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ladder-document.h"
#include "ladder-file.h"
#include "ladder-json.h"

#define TARGET_NAME "family" LADDER_FILE_SUFFIX
#define MIN_KILLS 200
/* AddressSanitizer makes every process start and every allocation slower:
 * there the family is smaller, so that the test keeps within its time. */
#if defined(__SANITIZE_ADDRESS__)
#define DEFAULT_ROLES 60
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DEFAULT_ROLES 60
#endif
#endif
#ifndef DEFAULT_ROLES
#define DEFAULT_ROLES 200
#endif
#define N_RESPONSIBILITIES 20
#define N_REQUIREMENTS 10
/* Kills come 0 to this many microseconds after the child is ready, or over
 * four saves' time (both ways, both versions) where saving is slower. */
#define MIN_DELAY_USEC (30 * 1000)

static const char *self_path;

static guint
env_uint (const char *name,
          guint       fallback,
          guint       minimum)
{
  const char *text = g_getenv (name);
  guint64 value;

  if (text == NULL || *text == '\0')
    return fallback;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &value, NULL))
    g_error ("%s=%s: not a positive number", name, text);

  return MAX ((guint) value, minimum);
}

/* The family both processes build, the same way, so that the parent knows
 * the bytes of each version. */
static void
fill_family (LadderFamily *family,
             guint         n_roles)
{
  ladder_family_set_title (family, "Kill-during-save engineering");
  ladder_family_set_summary (family, "A large family, saved while the saving process is killed.");

  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *title = g_strdup_printf ("Engineer %u", i + 1);
      g_autoptr (LadderRole) role = ladder_role_new (title);

      ladder_role_set_job_grade (role, (int) (i % (LADDER_GRADE_MAX + 1)));
      if (i > 0)
        {
          g_autofree char *manager = g_strdup_printf ("Engineer %u", i);

          ladder_role_set_reports_to (role, manager);
        }

      for (guint j = 0; j < N_RESPONSIBILITIES + N_REQUIREMENTS; j++)
        {
          g_autofree char *text = NULL;
          g_autoptr (LadderBullet) bullet = NULL;

          text = g_strdup_printf ("Bullet %u of role %u: owns the \"quality\" of the team's "
                                  "work — reviews, mentoring, on-call — and keeps the handbook "
                                  "page of level %u up to date, with links and *emphasis*.",
                                  j + 1, i + 1, i % 13);
          bullet = ladder_bullet_new (text);
          ladder_role_append_bullet (role,
                                     j < N_RESPONSIBILITIES
                                       ? LADDER_BULLET_LIST_RESPONSIBILITIES
                                       : LADDER_BULLET_LIST_REQUIREMENTS,
                                     bullet);
        }

      ladder_family_append_role (family, role);
    }
}

/* Version A and version B differ at the start of the file (the intro) and
 * near its end (the last role's grade). */
static void
set_version (LadderFamily *family,
             char          version)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint n_roles = g_list_model_get_n_items (roles);

  ladder_family_set_intro (family, version == 'A'
                                   ? "This is version A of the family."
                                   : "This is version B of the family, a little longer.");

  if (n_roles > 0)
    {
      g_autoptr (LadderRole) last = g_list_model_get_item (roles, n_roles - 1);

      ladder_role_set_job_grade (last, version == 'A' ? 1 : 2);
    }
}

/* The child */

typedef struct
{
  LadderDocument *document;
  GFile          *file;
  char           *path;
  guint           n_saves;
} Child;

static void
report (char what)
{
  while (write (STDOUT_FILENO, &what, 1) < 0 && errno == EINTR)
    ;
}

static G_NORETURN void
child_fail (const char *what,
            GError     *error)
{
  g_printerr ("kill-save child: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

static gboolean save_next (gpointer user_data);

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Child *child = user_data;
  g_autoptr (GError) error = NULL;

  if (!ladder_document_save_finish (LADDER_DOCUMENT (object), result, &error))
    child_fail ("ladder_document_save_async", error);

  report ('d');
  g_idle_add (save_next, child);
}

/* Save n: version B when n is odd, A when even; the application's way for
 * n = 0, 1 (mod 4), the command line's for n = 2, 3 (mod 4): every version
 * is written both ways. */
static gboolean
save_next (gpointer user_data)
{
  Child *child = user_data;
  LadderFamily *family = ladder_document_get_family (child->document);
  guint n = ++child->n_saves;
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GError) error = NULL;

  set_version (family, n % 2 == 1 ? 'B' : 'A');

  if ((n / 2) % 2 == 0)
    {
      /* The command line's save before this one changed the file behind
       * the document's back: the document would refuse to overwrite it
       * unless told to, as the window does when the person says so. */
      if (n % 4 == 0)
        ladder_document_forget_disk_version (child->document);

      /* Serializes, then writes in a GIO worker thread. */
      ladder_document_save_async (child->document, child->file, NULL, on_saved, child);
      report ('a');
      return G_SOURCE_REMOVE;
    }

  /* As ladder-cli writes its output. */
  contents = ladder_json_write (family);
  report ('c');
  if (!ladder_file_write_atomic (child->path, contents, LADDER_WRITE_DEFAULT, &error))
    child_fail ("ladder_file_write_atomic", error);
  report ('d');

  return G_SOURCE_CONTINUE;
}

static int
child_main (const char *path,
            const char *n_roles_text)
{
  g_autoptr (GMainLoop) loop = NULL;
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GError) error = NULL;
  LadderFamily *family;
  Child child = { 0 };

  child.document = ladder_document_new ();
  child.file = g_file_new_for_path (path);
  child.path = g_strdup (path);

  family = ladder_document_get_family (child.document);
  fill_family (family, (guint) g_ascii_strtoull (n_roles_text, NULL, 10));
  set_version (family, 'A');

  contents = ladder_json_write (family);
  if (!ladder_file_write_atomic (path, contents, LADDER_WRITE_DEFAULT, &error))
    child_fail ("writing version A", error);
  report ('r');

  loop = g_main_loop_new (NULL, FALSE);
  g_idle_add (save_next, &child);
  g_main_loop_run (loop);

  /* Not reached: the parent kills the child. */
  return 1;
}

/* The parent */

typedef struct
{
  GPid     pid;
  int      out_fd;
} Run;

static void
spawn_child (const char *path,
             guint       n_roles,
             Run        *run)
{
  g_autofree char *n_roles_text = g_strdup_printf ("%u", n_roles);
  const char *argv[] = { self_path, "--child", path, n_roles_text, NULL };
  g_autoptr (GError) error = NULL;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &run->pid, NULL, &run->out_fd, NULL, &error);
  g_assert_no_error (error);
}

/* Reads one byte; FALSE at the end (the child is gone). */
static gboolean
read_byte (int   fd,
           char *byte)
{
  for (;;)
    {
      gssize n_read = read (fd, byte, 1);

      if (n_read < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n_read, >=, 0);
      return n_read == 1;
    }
}

static void
wait_ready (Run *run)
{
  char byte;

  if (!read_byte (run->out_fd, &byte))
    {
      int status = 0;

      waitpid (run->pid, &status, 0);
      g_error ("the child ended before it was ready (wait status %d)", status);
    }
  g_assert_cmpint (byte, ==, 'r');
}

/* Kills the child, reaps it, and returns the last state it reported; adds
 * to *n_done the saves it finished. */
static char
kill_child (Run   *run,
            guint *n_done)
{
  char last = 'r';
  char byte;
  int status = 0;

  g_assert_cmpint (kill (run->pid, SIGKILL), ==, 0);
  while (waitpid (run->pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);

  /* A child that ended on its own failed; it said why on its stderr. */
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("the saving child ended on its own (wait status %d), not by the kill", status);

  while (read_byte (run->out_fd, &byte))
    {
      g_assert_true (strchr ("acd", byte) != NULL);
      if (byte == 'd')
        (*n_done)++;
      last = byte;
    }

  close (run->out_fd);
  g_spawn_close_pid (run->pid);
  return last;
}

static gsize
first_difference (GBytes *a,
                  GBytes *b)
{
  gsize a_length, b_length, i;
  const guint8 *a_data = g_bytes_get_data (a, &a_length);
  const guint8 *b_data = g_bytes_get_data (b, &b_length);

  for (i = 0; i < MIN (a_length, b_length); i++)
    if (a_data[i] != b_data[i])
      break;
  return i;
}

/* Checks the target after a kill: exactly version A or B, and it loads.
 * Returns the version. */
static char
check_target (const char *path,
              GBytes     *version_a,
              GBytes     *version_b,
              guint       kill_number,
              char        last_state)
{
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GError) error = NULL;
  const char *data;
  gsize length;
  char version;

  contents = ladder_file_read_bounded (path, &error);
  g_assert_no_error (error);

  if (g_bytes_equal (contents, version_a))
    {
      version = 'A';
    }
  else if (g_bytes_equal (contents, version_b))
    {
      version = 'B';
    }
  else
    {
      g_autofree char *kept = g_strdup_printf ("%s.torn-%u", path, kill_number);
      gsize kept_length;
      const char *kept_data = g_bytes_get_data (contents, &kept_length);

      g_file_set_contents (kept, kept_data != NULL ? kept_data : "", (gssize) kept_length, NULL);
      g_error ("kill %u (last state '%c'): %s is neither version: %" G_GSIZE_FORMAT " bytes "
               "(A has %" G_GSIZE_FORMAT ", B %" G_GSIZE_FORMAT "), first differs from A at "
               "byte %" G_GSIZE_FORMAT " and from B at byte %" G_GSIZE_FORMAT "; kept as %s",
               kill_number, last_state, path, kept_length,
               g_bytes_get_size (version_a), g_bytes_get_size (version_b),
               first_difference (contents, version_a), first_difference (contents, version_b),
               kept);
    }

  data = g_bytes_get_data (contents, &length);
  family = ladder_json_read (data, length, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (family);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), >, 0);

  return version;
}

/* Removes what killed saves left beside the target: ladder_file_write_atomic's
 * `NAME.XXXXXX` and GIO's `.goutputstream-XXXXXX`. Anything else is an
 * error. */
static void
clean_leftovers (const char *directory,
                 guint      *n_ladder,
                 guint      *n_gio)
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) error = NULL;
  const char *name;
  gboolean has_target = FALSE;

  dir = g_dir_open (directory, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (strcmp (name, TARGET_NAME) == 0)
        {
          has_target = TRUE;
          continue;
        }

      if (g_str_has_prefix (name, TARGET_NAME "."))
        (*n_ladder)++;
      else if (g_str_has_prefix (name, ".goutputstream-"))
        (*n_gio)++;
      else
        g_error ("unexpected file beside the target: %s", path);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_true (has_target);
}

static void
test_kill_during_save (void)
{
  guint n_kills = env_uint ("LADDER_KILL_SAVE_KILLS", MIN_KILLS, MIN_KILLS);
  guint n_roles = env_uint ("LADDER_KILL_SAVE_ROLES", DEFAULT_ROLES, 1);
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (GBytes) version_a = NULL;
  g_autoptr (GBytes) version_b = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *path = NULL;
  guint n_a = 0, n_b = 0;
  guint n_app_writing = 0, n_cli_writing = 0, n_between = 0;
  guint n_done = 0, n_calibration_done = 0;
  guint n_ladder_leftovers = 0, n_gio_leftovers = 0;
  guint max_delay_usec;
  gdouble cycle_seconds;
  Run run;

  fill_family (family, n_roles);
  set_version (family, 'A');
  version_a = ladder_json_write (family);
  set_version (family, 'B');
  version_b = ladder_json_write (family);
  g_assert_false (g_bytes_equal (version_a, version_b));
  g_assert_cmpuint (g_bytes_get_size (version_b), <=, LADDER_MAX_FILE_SIZE);

  directory = g_dir_make_tmp ("ladder-kill-save-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (directory, TARGET_NAME, NULL);

  /* Calibration: how long a save takes here (a sanitizer build is slower),
   * so that the random kills spread over several saves. */
  spawn_child (path, n_roles, &run);
  wait_ready (&run);
  g_timer_start (timer);
  for (guint done = 0; done < 4;)
    {
      char byte;

      g_assert_true (read_byte (run.out_fd, &byte));
      if (byte == 'd')
        done++;
    }
  cycle_seconds = g_timer_elapsed (timer, NULL) / 4;
  kill_child (&run, &n_calibration_done);
  check_target (path, version_a, version_b, 0, 'd');
  clean_leftovers (directory, &n_ladder_leftovers, &n_gio_leftovers);
  max_delay_usec = MAX (MIN_DELAY_USEC, (guint) (4 * cycle_seconds * G_USEC_PER_SEC));

  g_test_message ("%u roles, version A %" G_GSIZE_FORMAT " bytes, B %" G_GSIZE_FORMAT " bytes; "
                  "one save takes %.1f ms, kills come 0 to %.1f ms after the child is ready",
                  n_roles, g_bytes_get_size (version_a), g_bytes_get_size (version_b),
                  cycle_seconds * 1000, max_delay_usec / 1000.0);

  g_timer_start (timer);
  for (guint i = 1; i <= n_kills; i++)
    {
      char last_state;

      spawn_child (path, n_roles, &run);
      wait_ready (&run);
      g_usleep ((gulong) g_test_rand_int_range (0, (gint32) max_delay_usec + 1));
      last_state = kill_child (&run, &n_done);

      switch (last_state)
        {
        case 'a':
          n_app_writing++;
          break;
        case 'c':
          n_cli_writing++;
          break;
        default:
          n_between++;
        }

      if (check_target (path, version_a, version_b, i, last_state) == 'A')
        n_a++;
      else
        n_b++;

      clean_leftovers (directory, &n_ladder_leftovers, &n_gio_leftovers);
    }

  g_test_message ("%u kills in %.1f s: the file was version A %u times, version B %u times; "
                  "%u saves finished before the kills",
                  n_kills, g_timer_elapsed (timer, NULL), n_a, n_b, n_done);
  g_test_message ("kills during an application save: %u, during a command-line save: %u, "
                  "between saves (serializing): %u",
                  n_app_writing, n_cli_writing, n_between);
  g_test_message ("temporary files left beside the target: %u of ladder_file_write_atomic, "
                  "%u of GIO (removed)",
                  n_ladder_leftovers, n_gio_leftovers);

  g_assert_cmpuint (n_a + n_b, ==, n_kills);
  /* The kills did land in writes, of both kinds. */
  g_assert_cmpuint (n_app_writing, >, 0);
  g_assert_cmpuint (n_cli_writing, >, 0);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* The running program itself, even if the build replaced it since; but
 * valgrind cannot start /proc/self/exe (it gives itself away by the
 * libraries it preloads). */
static const char *
find_self (const char *argv0)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  if (g_file_test ("/proc/self/exe", G_FILE_TEST_EXISTS)
      && (preload == NULL || strstr (preload, "vgpreload") == NULL))
    return "/proc/self/exe";

  return argv0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && strcmp (argv[1], "--child") == 0)
    return child_main (argv[2], argv[3]);

  self_path = find_self (argv[0]);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kill-save/kill-during-save", test_kill_during_save);

  return g_test_run ();
}
