/* ladder-workspace-page.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One page of a workspace, or one family folder, as the index records it:
 * whether it is a job family (a quick look at its headings first, then the
 * importer), its department, title and roles, the text a search looks
 * into, or why it could not be read. */

#include "ladder-role-text.h"
#include "ladder-workspace-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-error.h"
#include "ladder-family-folder.h"
#include "ladder-file.h"
#include "ladder-markdown-import.h"
#include "ladder-workspace-search.h"
#include "ladder-yaml.h"

/* The department a path is filed under: the folder below
 * `job-description-library` or `job-families` where there is one, the
 * page's folder otherwise. */
char *
ladder_index_department (const char *path, const char *root_path)
{
  g_auto (GStrv) parts = g_strsplit (path, "/", -1);
  guint n_parts = g_strv_length (parts);

  for (guint i = n_parts; i-- > 0;)
    if ((strcmp (parts[i], "job-description-library") == 0
         || strcmp (parts[i], "job-families") == 0)
        && i + 2 < n_parts)
      return g_strdup (parts[i + 1]);

  if (n_parts >= 2)
    return g_strdup (parts[n_parts - 2]);

  return g_path_get_basename (root_path);
}

static char *
stem (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);

  if (g_str_has_suffix (name, ".md"))
    name[strlen (name) - 3] = '\0';
  if (strcmp (name, "_index") == 0 || strcmp (name, "index.html") == 0)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      return g_path_get_basename (folder);
    }

  return g_steal_pointer (&name);
}

/* A Markdown file that is not a job family. */
GVariant *
ladder_index_other_record (const char *path, gint64 mtime, gint64 size)
{
  return ladder_record_builder_end (
      ladder_record_builder_new (path, LADDER_RECORD_OTHER, mtime, size));
}

/* The value of `title:` in a front matter, or NULL. */
static char *
front_matter_title (const char *data, gsize length)
{
  const char *end = data + length;
  const char *line;

  if (length < 4 || strncmp (data, "---", 3) != 0 || (data[3] != '\n' && data[3] != '\r'))
    return NULL;

  for (line = memchr (data, '\n', length); line != NULL && line + 1 < end;)
    {
      const char *start = line + 1;
      const char *line_end = memchr (start, '\n', (gsize) (end - start));
      gsize       line_length = (gsize) ((line_end != NULL ? line_end : end) - start);

      if (line_length >= 3 && strncmp (start, "---", 3) == 0)
        return NULL;
      if (line_length > 6 && strncmp (start, "title:", 6) == 0)
        {
          g_autofree char *yaml = g_strndup (start + 6, line_length - 6);
          g_autofree char *title = ladder_yaml_decode_scalar (g_strstrip (yaml));

          if (title != NULL && *g_strstrip (title) != '\0' && g_utf8_validate (title, -1, NULL))
            return g_steal_pointer (&title);
          return NULL;
        }
      line = line_end;
    }

  return NULL;
}

/**
 * ladder_index_department_index_record:
 *
 * A department folder's `_index.md` (content/job-description-library/
 * DEPARTMENT/_index.md): not a job family, but its title names the
 * department. Other pages get ladder_index_other_record().
 *
 * Returns: (transfer full): the record, with the department and its title
 *   when the page is one and has a title
 */
GVariant *
ladder_index_department_index_record (const char *path,
                                      const char *root_path,
                                      gint64      mtime,
                                      gint64      size,
                                      const char *data,
                                      gsize       length)
{
  g_autofree char     *department = NULL;
  g_autofree char     *folder = NULL;
  g_autofree char     *folder_name = NULL;
  g_autofree char     *title = NULL;
  g_autofree char     *name = g_path_get_basename (path);
  LadderRecordBuilder *record = ladder_record_builder_new (path, LADDER_RECORD_OTHER, mtime, size);

  if (strcmp (name, LADDER_FAMILY_FOLDER_INDEX) != 0 || data == NULL)
    return ladder_record_builder_end (record);

  department = ladder_index_department (path, root_path);
  folder = g_path_get_dirname (path);
  folder_name = g_path_get_basename (folder);
  if (strcmp (department, folder_name) == 0 && strcmp (folder, ".") != 0
      && (title = front_matter_title (data, length)) != NULL)
    ladder_record_builder_set_family (record, department, title, 0);

  return ladder_record_builder_end (record);
}

static char *
section_text (LadderSection *section)
{
  const char *heading = ladder_section_get_heading (section);
  const char *body = ladder_section_get_body (section);

  if (*heading == '\0')
    return g_strdup (body);
  if (*body == '\0')
    return g_strdup (heading);

  return g_strconcat (heading, "\n\n", body, NULL);
}

/* The text of a family a search looks into, in the family's order. */
static void
add_family_items (LadderRecordBuilder *record, LadderFamily *family)
{
  GListModel *sections = ladder_family_get_sections (family);
  GListModel *roles = ladder_family_get_roles (family);

  ladder_record_builder_add_item (record, -1, LADDER_WORKSPACE_FIELD_TITLE, 0,
                                  ladder_family_get_title (family));
  ladder_record_builder_add_item (record, -1, LADDER_WORKSPACE_FIELD_INTRO, 0,
                                  ladder_family_get_intro (family));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);
      g_autofree char *text = section_text (section);

      ladder_record_builder_add_item (record, -1, LADDER_WORKSPACE_FIELD_SECTION, i, text);
    }

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
      static const struct
      {
        LadderBulletList     list;
        LadderWorkspaceField field;
      } lists[] = {
        { LADDER_BULLET_LIST_RESPONSIBILITIES, LADDER_WORKSPACE_FIELD_RESPONSIBILITY },
        { LADDER_BULLET_LIST_REQUIREMENTS, LADDER_WORKSPACE_FIELD_REQUIREMENT },
      };
      GListModel *subsections = ladder_role_get_subsections (role);

      ladder_record_builder_add_item (record, (int) r, LADDER_WORKSPACE_FIELD_ROLE_TITLE, 0,
                                      ladder_role_get_title (role));
      ladder_record_builder_add_item (record, (int) r, LADDER_WORKSPACE_FIELD_REPORTS_TO, 0,
                                      ladder_role_get_reports_to (role));

      {
        const char *text;

        for (guint t = 0; (text = ladder_role_peek_text (role, t)) != NULL; t++)
          ladder_record_builder_add_item (record, (int) r, LADDER_WORKSPACE_FIELD_ROLE_TEXT, t,
                                          text);
      }

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          GListModel *bullets = ladder_role_get_bullets (role, lists[l].list);

          for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
            {
              g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, b);

              ladder_record_builder_add_item (record, (int) r, lists[l].field, b,
                                              ladder_bullet_get_text (bullet));
            }
        }

      for (guint s = 0; s < g_list_model_get_n_items (subsections); s++)
        {
          g_autoptr (LadderSection) section = g_list_model_get_item (subsections, s);
          g_autofree char *text = section_text (section);

          ladder_record_builder_add_item (record, (int) r, LADDER_WORKSPACE_FIELD_ROLE_SECTION, s,
                                          text);
        }
    }
}

/* Finishes @record (a page's, or a folder's with its files) as @family's. */
GVariant *
ladder_index_family_record (LadderRecordBuilder *record,
                            const char          *path,
                            const char          *root_path,
                            LadderFamily        *family)
{
  g_autofree char *department = ladder_index_department (path, root_path);
  const char      *title = ladder_family_get_title (family);
  g_autofree char *fallback = *title == '\0' ? stem (path) : NULL;

  ladder_record_builder_set_family (record, department, fallback != NULL ? fallback : title,
                                    g_list_model_get_n_items (ladder_family_get_roles (family)));
  add_family_items (record, family);
  return ladder_record_builder_end (record);
}

/* Finishes @record as one that could not be read. */
GVariant *
ladder_index_problem_record (LadderRecordBuilder *record,
                             const char          *path,
                             const char          *root_path,
                             const char          *problem)
{
  g_autofree char *department = ladder_index_department (path, root_path);
  g_autofree char *title = stem (path);

  ladder_record_builder_set_family (record, department, title, 0);
  ladder_record_builder_set_problem (record, problem);
  return ladder_record_builder_end (record);
}

/* Headings that only job-family pages have, looked for before the page is
 * parsed. */
gboolean
ladder_index_looks_like_family (const char *data, gsize length)
{
  gboolean    responsibilities = FALSE;
  gboolean    requirements = FALSE;
  const char *end = data + length;

  for (const char *line = data; line < end;)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));
      const char *line_end = newline != NULL ? newline : end;
      const char *p = line;

      while (p < line_end && p - line < 3 && *p == ' ')
        p++;

      if (p < line_end && *p == '#' && line_end - p < 512)
        {
          g_autofree char *lower = g_ascii_strdown (p, line_end - p);

          if (strstr (lower, "job grade") != NULL || strstr (lower, "job level") != NULL)
            return TRUE;
          responsibilities |= strstr (lower, "responsibilities") != NULL
                              || strstr (lower, "what you'll do") != NULL;
          requirements |= strstr (lower, "requirements") != NULL
                          || strstr (lower, "what you'll bring") != NULL;
          if (responsibilities && requirements)
            return TRUE;
        }
      else if (line_end - line >= 23 && strncmp (line, "layout: job_family_page", 23) == 0)
        {
          return TRUE;
        }

      line = line_end + 1;
    }

  return FALSE;
}

/* Reads a page, never blocking on something that is not a regular file. */
GBytes *
ladder_index_read_page (int root_fd, const char *path, GError **error)
{
  g_autoptr (GByteArray) buffer = NULL;
  struct stat info;
  int         fd;

  fd = openat (root_fd, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("The page could not be read: %s"), g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _ ("Not a regular file"));
      return NULL;
    }

  if (info.st_size > LADDER_MAX_FILE_SIZE)
    {
      close (fd);
      g_set_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE, _ ("Too large for a job family"));
      return NULL;
    }

  buffer = g_byte_array_sized_new ((guint) info.st_size + 1);
  for (;;)
    {
      guint8 chunk[65536];
      gssize got = read (fd, chunk, sizeof chunk);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _ ("The page could not be read: %s"), g_strerror (saved_errno));
          return NULL;
        }
      if (got == 0)
        break;
      if (buffer->len + (gsize) got > LADDER_MAX_FILE_SIZE)
        {
          close (fd);
          g_set_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE,
                       _ ("Too large for a job family"));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) got);
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * ladder_index_page_record:
 * @root_fd: the workspace folder, open
 * @root_path: the workspace folder, canonical
 * @path: the page's path, relative to the workspace
 * @file: what the walk found of it
 * @bytes: (nullable): the page's contents, or %NULL to read them now
 * @checks: the checks to run on a family
 *
 * Returns: (transfer full): the page's record: a job family with its
 *   checks' counts, another page, or why it could not be read
 */
GVariant *
ladder_index_page_record (int                   root_fd,
                          const char           *root_path,
                          const char           *path,
                          const LadderWalkFile *file,
                          GBytes               *bytes,
                          LadderIndexChecks    *checks)
{
  g_autoptr (GBytes) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;
  LadderRecordBuilder *builder;
  const char          *data;
  gsize                length;

  if (bytes == NULL)
    bytes = read = ladder_index_read_page (root_fd, path, &error);

  if (bytes == NULL)
    {
      /* A page too large is not one Ladder would open: not a family. */
      if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE))
        return ladder_index_other_record (path, file->mtime, file->size);
      return ladder_index_problem_record (
          ladder_record_builder_new (path, LADDER_RECORD_UNREADABLE, file->mtime, file->size), path,
          root_path, error->message);
    }

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL || !ladder_index_looks_like_family (data, length))
    return ladder_index_department_index_record (path, root_path, file->mtime, file->size, data,
                                                 length);

  family = ladder_markdown_import (data, length, path, &error);
  if (family == NULL)
    return ladder_index_problem_record (
        ladder_record_builder_new (path, LADDER_RECORD_PAGE, file->mtime, file->size), path,
        root_path, error->message);
  if (g_list_model_get_n_items (ladder_family_get_roles (family)) == 0)
    return ladder_index_other_record (path, file->mtime, file->size);

  builder = ladder_record_builder_new (path, LADDER_RECORD_PAGE, file->mtime, file->size);
  ladder_index_checks_run (checks, builder, path, FALSE, family);
  return ladder_index_family_record (builder, path, root_path, family);
}
