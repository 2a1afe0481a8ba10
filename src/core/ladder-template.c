/* ladder-template.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new job-family page from the handbook's template. The page is always
 * written in English, whatever the interface language: it is handbook
 * content. */

#include "ladder-template.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-markdown-blocks.h"
#include "ladder-markdown-text.h"
#include "ladder-yaml.h"

/* Where today's handbook keeps job families, and where older checkouts did. */
#define LIBRARY_PATH "content/job-description-library"
#define OLDER_LIBRARY_PATH "content/job-families"

GType
ladder_template_wording_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { LADDER_TEMPLATE_JOB_LEVEL, "LADDER_TEMPLATE_JOB_LEVEL", "job-level" },
        { LADDER_TEMPLATE_JOB_GRADE, "LADDER_TEMPLATE_JOB_GRADE", "job-grade" },
        { 0, NULL, NULL },
      };
      GType type
          = g_enum_register_static (g_intern_static_string ("LadderTemplateWording"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
ladder_template_wording_to_string (LadderTemplateWording wording)
{
  return wording == LADDER_TEMPLATE_JOB_GRADE ? "job-grade" : "job-level";
}

gboolean
ladder_template_wording_from_string (const char *text, LadderTemplateWording *wording)
{
  if (g_strcmp0 (text, "job-level") == 0)
    *wording = LADDER_TEMPLATE_JOB_LEVEL;
  else if (g_strcmp0 (text, "job-grade") == 0)
    *wording = LADDER_TEMPLATE_JOB_GRADE;
  else
    return FALSE;

  return TRUE;
}

/**
 * ladder_template_slug:
 * @text: a title or a department name
 *
 * Returns: (transfer full): @text as a handbook file or folder name:
 *   lower-case ASCII letters and digits, words joined by '-'; "" when
 *   nothing of @text can be used
 */
char *
ladder_template_slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString         *slug = g_string_new (NULL);
  gboolean         pending_dash = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          pending_dash = FALSE;
        }
      else if (*p != '\'')
        {
          pending_dash = TRUE;
        }
    }

  return g_string_free (slug, FALSE);
}

static void
append_heading (GString *page, int level, const char *text)
{
  g_autofree char *heading = ladder_block_title_heading (level, text);

  g_string_append (page, heading);
  g_string_append (page, "\n\n");
}

/**
 * ladder_template_page:
 * @title: the job family's title
 * @wording: how levels are named
 *
 * The handbook template for a new job family: Responsibilities,
 * Requirements (with "Ability to use GitLab"), Levels with a first level,
 * Performance Indicators, Career Ladder and Hiring Process.
 *
 * Returns: (transfer full): the page's Markdown
 */
char *
ladder_template_page (const char *title, LadderTemplateWording wording)
{
  GString         *page = g_string_new ("---\ntitle:");
  g_autofree char *yaml_title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *yaml_description = NULL;
  g_autofree char *level = NULL;
  gboolean         job_level = wording == LADDER_TEMPLATE_JOB_LEVEL;

  g_return_val_if_fail (title != NULL, NULL);

  yaml_title = ladder_yaml_encode_scalar (title, NULL);
  description = g_strdup_printf ("Learn more about the %s job family at GitLab: its levels, "
                                 "responsibilities and requirements.",
                                 title);
  yaml_description = ladder_yaml_encode_scalar (description, NULL);
  level = g_strdup_printf ("%s (Intermediate)", title);

  g_string_append (page, yaml_title);
  g_string_append (page, "\ndescription:");
  g_string_append (page, yaml_description);
  g_string_append (page, "\n---\n\n");

  g_string_append (page, "The ");
  ladder_markdown_append_escaped (page, title);
  g_string_append (page, " job family: describe here what the people in it do and why it "
                         "matters.\n\n");

  append_heading (page, 2, "Responsibilities");
  g_string_append (page, "- Describe a responsibility that every level of this job family "
                         "shares.\n\n");
  append_heading (page, 2, "Requirements");
  g_string_append (page, "- Describe a requirement that every level of this job family "
                         "shares.\n- Ability to use GitLab\n\n");

  append_heading (page, 2, "Levels");
  append_heading (page, 3, level);

  {
    g_autofree char *label
        = g_strdup_printf ("%s %s", level, job_level ? "Job Level" : "Job Grade");

    append_heading (page, 4, label);
  }
  g_string_append (page, "The ");
  ladder_markdown_append_escaped (page, level);
  g_string_append_printf (page, " is a [%s 6](" LADDER_DEFAULT_GRADE_LINK ").\n\n",
                          job_level ? "level" : "grade");

  {
    g_autofree char *responsibilities = g_strdup_printf ("%s Responsibilities", level);
    g_autofree char *requirements = g_strdup_printf ("%s Requirements", level);

    append_heading (page, 4, responsibilities);
    g_string_append (page, "- Describe a responsibility of this level.\n\n");
    append_heading (page, 4, requirements);
    g_string_append (page, "- Describe a requirement of this level.\n\n");
  }

  append_heading (page, 2, "Performance Indicators");
  g_string_append (page, "- Name the performance indicators this job family is measured "
                         "by.\n\n");

  append_heading (page, 2, "Career Ladder");
  g_string_append (page, "The next step in the ");
  ladder_markdown_append_escaped (page, title);
  g_string_append (page, " job family is not yet defined.\n\n");

  append_heading (page, 2, "Hiring Process");
  g_string_append (page,
                   "Candidates for this position can expect the hiring process to follow the "
                   "order below. Please keep in mind that candidates can be declined from the "
                   "position at any stage of the process.\n\n"
                   "- Qualified candidates will be invited to schedule a 30 minute screening "
                   "call with one of our Global Recruiters.\n"
                   "- Next, candidates will be invited to schedule an interview with the "
                   "Hiring Manager.\n"
                   "- Successful candidates will subsequently be made an offer.\n\n"
                   "Additional details about our process can be found on our "
                   "[hiring page](/handbook/hiring/).\n");

  return g_string_free (page, FALSE);
}

/**
 * ladder_template_page_file:
 * @workspace: the handbook checkout
 * @department: the department, as a person names it or as a folder name
 * @title: the job family's title
 * @error: return location for a #GError
 *
 * Where a new family's page goes:
 * `content/job-description-library/DEPARTMENT/TITLE.md`, or under
 * `content/job-families/` in an older checkout that has only that.
 *
 * Returns: (transfer full) (nullable): the page's file, or %NULL with
 *   %G_IO_ERROR_INVALID_ARGUMENT when the department or the title has
 *   nothing to make a name from
 */
GFile *
ladder_template_page_file (GFile      *workspace,
                           const char *department,
                           const char *title,
                           GError    **error)
{
  g_autofree char *department_slug = ladder_template_slug (department);
  g_autofree char *title_slug = ladder_template_slug (title);
  g_autofree char *name = NULL;
  g_autoptr (GFile) library = NULL;
  g_autoptr (GFile) older = NULL;

  g_return_val_if_fail (G_IS_FILE (workspace), NULL);

  if (*department_slug == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("The department needs a name made of letters or digits"));
      return NULL;
    }
  if (*title_slug == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("The job family needs a title made of letters or digits"));
      return NULL;
    }

  library = g_file_resolve_relative_path (workspace, LIBRARY_PATH);
  older = g_file_resolve_relative_path (workspace, OLDER_LIBRARY_PATH);
  if (!g_file_query_exists (library, NULL) && g_file_query_exists (older, NULL))
    g_set_object (&library, older);

  name = g_strconcat (title_slug, ".md", NULL);
  {
    g_autoptr (GFile) folder = g_file_get_child (library, department_slug);

    return g_file_get_child (folder, name);
  }
}

/**
 * ladder_template_create:
 * @workspace: the handbook checkout
 * @department: the department
 * @title: the job family's title
 * @wording: how levels are named
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes a new page from the template where ladder_template_page_file()
 * says, making its folders. Never overwrites: a page already there is a
 * %G_IO_ERROR_EXISTS error.
 *
 * Returns: (transfer full) (nullable): the new page's file
 */
GFile *
ladder_template_create (GFile                *workspace,
                        const char           *department,
                        const char           *title,
                        LadderTemplateWording wording,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr (GFile) file = ladder_template_page_file (workspace, department, title, error);
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *page = NULL;
  g_autofree char *stripped_title = NULL;
  gsize            written;

  if (file == NULL)
    return NULL;

  /* A family kept as a folder of that name has the page's address on the
   * handbook already (`technical-writer/` and `technical-writer.md`). */
  {
    g_autofree char *base = g_file_get_basename (file);
    g_autoptr (GFile) parent = g_file_get_parent (file);
    g_autoptr (GFile) namesake = NULL;

    if (g_str_has_suffix (base, ".md"))
      base[strlen (base) - strlen (".md")] = '\0';
    namesake = g_file_get_child (parent, base);
    if (g_file_query_file_type (namesake, G_FILE_QUERY_INFO_NONE, cancellable)
        == G_FILE_TYPE_DIRECTORY)
      {
        g_autofree char *name = g_file_get_parse_name (namesake);

        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _ ("A family folder already exists at %s"), name);
        return NULL;
      }
  }

  folder = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (folder, cancellable, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_clear_error (&local_error);

  /* Created exclusively: two people (or two windows) making the same
   * family cannot overwrite each other's page. */
  stream = g_file_create (file, G_FILE_CREATE_NONE, cancellable, &local_error);
  if (stream == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _ ("A page already exists at %s"), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  stripped_title = g_strstrip (g_strdup (title));
  page = ladder_template_page (stripped_title, wording);
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), page, strlen (page), &written,
                                  cancellable, error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    {
      /* No half-written page left behind. */
      g_file_delete (file, NULL, NULL);
      return NULL;
    }

  return g_steal_pointer (&file);
}

typedef struct
{
  GFile                *workspace;
  char                 *department;
  char                 *title;
  LadderTemplateWording wording;
} CreateData;

static void
create_data_free (CreateData *data)
{
  g_object_unref (data->workspace);
  g_free (data->department);
  g_free (data->title);
  g_free (data);
}

static void
create_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  CreateData *data = task_data;
  GError     *error = NULL;
  GFile      *file = ladder_template_create (data->workspace, data->department, data->title,
                                             data->wording, cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

void
ladder_template_create_async (GFile                *workspace,
                              const char           *department,
                              const char           *title,
                              LadderTemplateWording wording,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr (GTask) task = NULL;
  CreateData *data;

  g_return_if_fail (G_IS_FILE (workspace));
  g_return_if_fail (department != NULL);
  g_return_if_fail (title != NULL);

  data = g_new0 (CreateData, 1);
  data->workspace = g_object_ref (workspace);
  data->department = g_strdup (department);
  data->title = g_strdup (title);
  data->wording = wording;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_template_create_async);
  g_task_set_task_data (task, data, (GDestroyNotify) create_data_free);
  g_task_run_in_thread (task, create_thread);
}

GFile *
ladder_template_create_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
