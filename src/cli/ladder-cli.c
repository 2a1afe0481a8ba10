/* ladder-cli.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

#include "ladder-cli-batch.h"
#include "ladder-cli-diff.h"
#include "ladder-cli-folder.h"
#include "ladder-diagnostic.h"
#include "ladder-cli-lint.h"
#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

/* Exit statuses, as handbook CI scripts rely on them. */
enum
{
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_USAGE = 2,
};

typedef enum
{
  CONVERT_EXPORT,
  CONVERT_IMPORT,
} Conversion;

static void
print_error (const char *message)
{
  g_printerr ("%s\n", message);
}

static int usage_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: %s is a usage problem, e.g. "missing file name" */
  g_printerr (_ ("ladder-cli: %s\nTry “ladder-cli --help” for more information.\n"), message);
  return EXIT_USAGE;
}

/* Warnings go to standard error as "FILE:LINE:COLUMN: warning: …"; they
 * do not change the exit status. */
static void
print_diagnostics (GPtrArray *diagnostics)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = ladder_diagnostic_to_string (g_ptr_array_index (diagnostics, i));

      g_printerr ("%s\n", text);
    }
}

static const char *
output_label (const char *path)
{
  return g_strcmp0 (path, "-") == 0 ? "<stdout>" : path;
}

/* Ladder writes nothing it would not read back: checked (in convert() for
 * a Ladder file, which has more bounds than its size) before a byte is
 * written. */
static gboolean
check_not_newer (const char *target, gpointer user_data, GError **error)
{
  return ladder_file_check (target, NULL, TRUE, error);
}

static gboolean
write_stream (const char *path, const char *data, gsize length, GError **error)
{
  int   fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  gsize written = 0;
  int   saved_errno = 0;

  if (fd < 0)
    saved_errno = errno;

  while (fd >= 0 && written < length)
    {
      gssize n = write (fd, data + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          saved_errno = n < 0 ? errno : EIO;
          break;
        }
      written += (gsize) n;
    }

  if (fd >= 0 && close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, path, 0, 0, "%s: %s",
                           _ ("could not write the output"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_output (const char      *path,
              GBytes          *contents,
              Conversion       conversion,
              gboolean         force,
              gboolean         batch,
              LadderFileSpare *spare,
              GError         **error)
{
  LadderWriteFlags flags = force ? LADDER_WRITE_REPLACE_READ_ONLY | LADDER_WRITE_BREAK_HARD_LINK
                                 : LADDER_WRITE_DEFAULT;
  g_autoptr (GError) local_error = NULL;
  struct stat info;

  gsize       length;
  const char *data = g_bytes_get_data (contents, &length);

  if (!ladder_file_check_size (output_label (path), length, error))
    return FALSE;

  if (g_strcmp0 (path, "-") == 0)
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, "<stdout>", 0, 0,
                               _ ("could not write the output"));
          return FALSE;
        }
      return TRUE;
    }

  /* A temporary file renamed over the target: a failed or killed write
   * leaves the old file whole. No fsync per file: a batch converts hundreds
   * of pages, and the page cache outlives the process; a batch does not
   * even have the kernel start writing each file out as it is renamed
   * (see LADDER_WRITE_NO_FLUSH and README.md), and it passes each old
   * file on as the next one's temporary file (ladder-file-spare.c). As in
   * the editor, a job family file from a newer Ladder is never written
   * over, and a read-only or hard-linked file only when asked (--force). */
  if (batch)
    flags |= LADDER_WRITE_NO_FLUSH;

  if (ladder_file_write_atomic_full (path, contents, flags,
                                     conversion == CONVERT_IMPORT ? check_not_newer : NULL, NULL,
                                     batch ? spare : NULL, &local_error))
    return TRUE;

  /* A device or a pipe (`-o /dev/null`, a FIFO) is written into, as any
   * Unix tool does: replacing it by a file would break it. Refused as not
   * a regular file first, so that a page costs no look more. */
  if (g_error_matches (local_error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_NOT_REGULAR)
      && stat (path, &info) == 0 && (S_ISCHR (info.st_mode) || S_ISFIFO (info.st_mode)))
    return write_stream (path, data, length, error);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static LadderFamily *
load_family (const char *path, Conversion conversion, GPtrArray *diagnostics, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  const char *name = g_strcmp0 (path, "-") == 0 ? "<stdin>" : path;
  gsize       length;
  const char *data;

  /* A family kept as a folder becomes one Ladder file: the format holds
   * one family, which the editor's "Save as Ladder File…" writes too. */
  if (conversion == CONVERT_IMPORT && ladder_cli_is_folder (path))
    return ladder_cli_read_folder (path, diagnostics, error);

  bytes = ladder_file_read_bounded (path, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (conversion == CONVERT_IMPORT)
    return ladder_markdown_import_full (data, length, name, diagnostics, error);

  return ladder_json_read (data, length, name, error);
}

static GBytes *
convert (const char       *path,
         const char       *target,
         Conversion        conversion,
         LadderExportFlags flags,
         GPtrArray        *diagnostics,
         GError          **error)
{
  g_autoptr (LadderFamily) family = load_family (path, conversion, diagnostics, error);
  GString *page;

  if (family == NULL)
    return NULL;

  if (conversion == CONVERT_IMPORT)
    {
      g_autoptr (GBytes) file = ladder_json_write (family);

      if (!ladder_json_check_writable (family, file, output_label (target), error))
        return NULL;
      return g_steal_pointer (&file);
    }

  page = ladder_markdown_export_checked (family, flags,
                                         g_strcmp0 (path, "-") == 0 ? "<stdin>" : path, error);
  if (page == NULL)
    return NULL;

  return g_string_free_to_bytes (page);
}

/* "pages/designer.md" → "designer.jobfamily.json", and back; a family
 * folder "designer/" (or ".", in it) → "designer.jobfamily.json". */
static char *
output_name (const char *path, Conversion conversion)
{
  g_autofree char *canonical = conversion == CONVERT_IMPORT && ladder_cli_is_folder (path)
                                   ? g_canonicalize_filename (path, NULL)
                                   : NULL;
  g_autofree char *base = g_path_get_basename (canonical != NULL ? canonical : path);
  const char      *from = conversion == CONVERT_IMPORT ? ".md" : LADDER_FILE_SUFFIX;
  const char      *to = conversion == CONVERT_IMPORT ? LADDER_FILE_SUFFIX : ".md";

  if (g_str_has_suffix (base, from))
    base[strlen (base) - strlen (from)] = '\0';
  else if (conversion == CONVERT_EXPORT && g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';

  return g_strconcat (base, to, NULL);
}

/* One file of a conversion, and how it went. */
typedef struct
{
  const char *input;
  char       *target;
  GPtrArray  *diagnostics;
  GError     *error;
} ConvertJob;

typedef struct
{
  ConvertJob       *jobs;
  Conversion        conversion;
  LadderExportFlags flags;
  gboolean          force;
  gboolean          batch;
  gboolean          failed;
} Conversions;

static void
convert_job (guint index, LadderFileSpare *spare, gpointer user_data)
{
  Conversions *conversions = user_data;
  ConvertJob  *job = &conversions->jobs[index];
  g_autoptr (GBytes) result = NULL;

  result = convert (job->input, job->target, conversions->conversion, conversions->flags,
                    job->diagnostics, &job->error);
  if (result != NULL)
    write_output (job->target, result, conversions->conversion, conversions->force,
                  conversions->batch, spare, &job->error);
}

static void
report_job (guint index, gpointer user_data)
{
  Conversions *conversions = user_data;
  ConvertJob  *job = &conversions->jobs[index];

  print_diagnostics (job->diagnostics);
  if (job->error != NULL)
    {
      print_error (job->error->message);
      conversions->failed = TRUE;
    }
}

/* Whether an input is also an output, or might become one: then the files
 * are converted one after the other, in their order, so that each input
 * is read before or after it is written as a single pass would. */
static gboolean
inputs_meet_outputs (ConvertJob *jobs, guint n_jobs)
{
  g_autoptr (GHashTable) outputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_jobs; i++)
    {
      struct stat info;

      /* Where a symbolic link leads is what will be written. */
      if (stat (jobs[i].target, &info) == 0)
        g_hash_table_add (
            outputs, g_strdup_printf ("%ju:%ju", (uintmax_t) info.st_dev, (uintmax_t) info.st_ino));
    }

  for (guint i = 0; i < n_jobs; i++)
    {
      g_autofree char *key = NULL;
      struct stat      info;

      /* Standard input, or a file that an earlier output might create. */
      if (g_strcmp0 (jobs[i].input, "-") == 0 || stat (jobs[i].input, &info) != 0)
        return TRUE;

      key = g_strdup_printf ("%ju:%ju", (uintmax_t) info.st_dev, (uintmax_t) info.st_ino);
      if (g_hash_table_contains (outputs, key))
        return TRUE;
    }

  return FALSE;
}

static int
run_convert (int argc, char **argv, Conversion conversion)
{
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  gboolean         canonical = FALSE;
  gboolean         force = FALSE;
  /* Not given: -1. */
  int n_workers = -1;
  g_auto (GStrv) files = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  GOptionEntry entries[]
      = { { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
            N_ ("Write to FILE (“-” for standard output)"),
            /* TRANSLATORS: the placeholder in --help for a file name */
            N_ ("FILE") },
          { "output-dir", 'd', 0, G_OPTION_ARG_FILENAME, &output_dir,
            N_ ("Convert every file given, writing each into DIR"),
            /* TRANSLATORS: the placeholder in --help for a folder name */
            N_ ("DIR") },
          { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
            N_ ("Replace output files that are read-only or have other hard links"), NULL },
          { "jobs", 'j', 0, G_OPTION_ARG_INT, &n_workers,
            N_ ("With --output-dir, convert N files at a time (default: one per processor)"),
            /* TRANSLATORS: the placeholder in --help for a number */
            N_ ("N") },
          { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
          { NULL } };
  GOptionEntry export_entries[]
      = { { "canonical", 0, 0, G_OPTION_ARG_NONE, &canonical,
            N_ ("Write the page in the handbook’s current template, whatever its layout"), NULL },
          { NULL } };
  Conversions conversions = { 0 };
  guint       n_files;

  if (conversion == CONVERT_IMPORT)
    context = g_option_context_new (
        _ ("PAGE.md|FOLDER… — read handbook pages, or families kept as a folder, into job "
           "family files"));
  else
    context
        = g_option_context_new (_ ("FILE.jobfamily.json… — write job families as handbook pages"));

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (conversion == CONVERT_EXPORT)
    g_option_context_add_main_entries (context, export_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files == 0)
    return usage_error (_ ("no input file given"));

  if (output != NULL && output_dir != NULL)
    return usage_error (_ ("--output and --output-dir cannot be used together"));

  if (output_dir == NULL && n_files > 1)
    return usage_error (_ ("give --output-dir to convert more than one file"));

  if (n_workers == 0 || n_workers < -1)
    return usage_error (_ ("--jobs needs a number of at least 1"));

  if (output_dir != NULL)
    {
      g_autoptr (GHashTable) sources
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      /* Two inputs of the same name would be written to the same file, the
       * second over the first: refused before anything is written. */
      for (guint i = 0; i < n_files; i++)
        {
          char       *name = output_name (files[i], conversion);
          const char *first = g_hash_table_lookup (sources, name);

          if (first != NULL)
            {
              g_autofree char *target = g_build_filename (output_dir, name, NULL);

              g_free (name);
              /* TRANSLATORS: the first two %s are input files, the third
               * the file both would be written to */
              return usage_error (_ ("“%s” and “%s” would both be written to “%s”; convert them "
                                     "into different folders"),
                                  first, files[i], target);
            }

          g_hash_table_insert (sources, name, files[i]);
        }
    }

  if (output_dir != NULL && g_mkdir_with_parents (output_dir, 0755) != 0)
    {
      g_printerr ("%s: %s: %s\n", output_dir, _ ("error"), g_strerror (errno));
      return EXIT_BAD_INPUT;
    }

  conversions.jobs = g_new0 (ConvertJob, n_files);
  conversions.conversion = conversion;
  conversions.flags = canonical ? LADDER_EXPORT_CANONICAL : LADDER_EXPORT_DEFAULT;
  conversions.force = force;
  conversions.batch = output_dir != NULL;

  for (guint i = 0; i < n_files; i++)
    {
      ConvertJob *job = &conversions.jobs[i];

      job->input = files[i];
      job->diagnostics = ladder_diagnostics_new ();
      if (output_dir != NULL)
        {
          g_autofree char *name = output_name (files[i], conversion);

          job->target = g_build_filename (output_dir, name, NULL);
        }
      else
        {
          job->target = g_strdup (output != NULL ? output : "-");
        }
    }

  if (output_dir == NULL || inputs_meet_outputs (conversions.jobs, n_files))
    n_workers = 1;
  else if (n_workers == -1)
    n_workers = (int) ladder_cli_batch_default_workers ();

  ladder_cli_batch_run (n_files, (guint) n_workers, convert_job, report_job, &conversions);

  for (guint i = 0; i < n_files; i++)
    {
      g_free (conversions.jobs[i].target);
      g_ptr_array_unref (conversions.jobs[i].diagnostics);
      g_clear_error (&conversions.jobs[i].error);
    }
  g_free (conversions.jobs);

  return conversions.failed ? EXIT_BAD_INPUT : EXIT_OK;
}

static int
run_validate (int argc, char **argv)
{
  g_auto (GStrv) files = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  gboolean     quiet = FALSE;
  GOptionEntry entries[]
      = { { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_ ("Print only errors"), NULL },
          { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
          { NULL } };
  gboolean failed = FALSE;

  context
      = g_option_context_new (_ ("FILE.jobfamily.json… — check that job family files can be read"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);

  if (files == NULL || files[0] == NULL)
    return usage_error (_ ("no input file given"));

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GError) file_error = NULL;
      g_autoptr (LadderFamily) family = load_family (files[i], CONVERT_EXPORT, NULL, &file_error);

      if (family == NULL)
        {
          print_error (file_error->message);
          failed = TRUE;
        }
      else if (!quiet)
        {
          /* TRANSLATORS: %s is a file name */
          g_print (_ ("%s: valid\n"), g_strcmp0 (files[i], "-") == 0 ? "<stdin>" : files[i]);
        }
    }

  return failed ? EXIT_BAD_INPUT : EXIT_OK;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _ ("Usage: ladder-cli COMMAND [OPTION…] FILE…"));
  g_print ("%s\n\n", _ ("Convert job families between handbook Markdown pages and Ladder files."));
  g_print ("%s\n", _ ("Commands:"));
  g_print ("  diff       %s\n", _ ("Compare two job families by role and bullet"));
  g_print ("  export     %s\n", _ ("Write job family files as handbook pages"));
  g_print ("  import     %s\n", _ ("Read handbook pages into job family files"));
  g_print ("  lint       %s\n", _ ("Check pages and files against the handbook’s guidelines"));
  g_print ("  validate   %s\n", _ ("Check that job family files can be read"));
  g_print ("\n%s\n", _ ("“-” stands for standard input or output. Run “ladder-cli COMMAND --help” "
                        "for a command’s options."));
  g_print ("%s\n",
           _ ("Exit status: 0 on success, 1 when an input is bad (for “diff”: when the families "
              "differ; for “lint”: when a problem is an error), 2 on a usage error or trouble."));
}

int
main (int argc, char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  /* LADDER_LOCALEDIR lets an uninstalled build find its translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR") != NULL
                                       ? g_getenv ("LADDER_LOCALEDIR")
                                       : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage_error (_ ("no command given"));

  command = argv[1];

  if (g_str_equal (command, "--help") || g_str_equal (command, "-h")
      || g_str_equal (command, "help"))
    {
      print_help ();
      return EXIT_OK;
    }

  if (g_str_equal (command, "--version"))
    {
      g_print ("ladder-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  /* The command takes the program's place, so each command's options are
   * parsed and its --help printed as for a program of its own. */
  if (g_str_equal (command, "export"))
    return run_convert (argc - 1, argv + 1, CONVERT_EXPORT);
  if (g_str_equal (command, "import"))
    return run_convert (argc - 1, argv + 1, CONVERT_IMPORT);
  if (g_str_equal (command, "validate"))
    return run_validate (argc - 1, argv + 1);
  if (g_str_equal (command, "diff"))
    return ladder_cli_diff (argc - 1, argv + 1);
  if (g_str_equal (command, "lint"))
    return ladder_cli_lint (argc - 1, argv + 1);

  return usage_error (_ ("unknown command “%s”"), command);
}
