/* ladder-family-folder.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A level page has no heading of its own for its role: its front matter's
 * title names it. It is read with a heading for that title put in front of
 * its body, so that the importer reads the page's reports-to sentence,
 * grade and lists as one role, and written back from the same form with
 * that heading taken out again. Everything else about the page (its front
 * matter, blank lines, how each block was written) is kept by the
 * importer's layout records, as for any page.
 */

#include "ladder-family-folder.h"
#include "ladder-family-folder-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-import.h"
#include "ladder-section.h"
#include "ladder-yaml.h"

G_DEFINE_FINAL_TYPE (LadderFamilyFolder, ladder_family_folder, G_TYPE_OBJECT)

void
ladder_folder_page_free (LadderFolderPage *page)
{
  g_free (page->name);
  g_clear_pointer (&page->contents, g_bytes_unref);
  g_clear_object (&page->shell);
  g_clear_object (&page->role);
  g_free (page);
}

static void
ladder_family_folder_finalize (GObject *object)
{
  LadderFamilyFolder *self = LADDER_FAMILY_FOLDER (object);

  g_clear_object (&self->folder);
  g_clear_object (&self->family);
  g_clear_pointer (&self->index_contents, g_bytes_unref);
  g_clear_pointer (&self->index_roles, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->removed_index_roles, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_family_folder_parent_class)->finalize (object);
}

static void
ladder_family_folder_class_init (LadderFamilyFolderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_family_folder_finalize;
}

static void
ladder_family_folder_init (LadderFamilyFolder *self)
{
  self->index_roles = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  self->removed = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  self->removed_index_roles = g_ptr_array_new_with_free_func (g_object_unref);
}

/* ------------------------------------------------------------------ */
/* Reading a page's front matter and headings                           */

static gsize
line_end (const char *data, gsize length, gsize start)
{
  const char *newline = memchr (data + start, '\n', length - start);

  return newline != NULL ? (gsize) (newline - data) + 1 : length;
}

static gboolean
line_is (const char *data, gsize start, gsize end, const char *text)
{
  gsize length = strlen (text);

  while (end > start && (data[end - 1] == '\n' || data[end - 1] == '\r' || data[end - 1] == ' '))
    end--;

  return end - start == length && memcmp (data + start, text, length) == 0;
}

/* The offset just after the front matter's closing line; 0 without one. */
static gsize
front_matter_end (const char *data, gsize length, gsize *close_start)
{
  gsize start = line_end (data, length, 0);

  if (length == 0 || !line_is (data, 0, start, "---"))
    return 0;

  while (start < length)
    {
      gsize end = line_end (data, length, start);

      if (line_is (data, start, end, "---") || line_is (data, start, end, "..."))
        {
          if (close_start != NULL)
            *close_start = start;
          return end;
        }
      start = end;
    }

  return 0;
}

/* The YAML after `KEY:` on a line of the front matter, or NULL. */
static char *
front_matter_yaml (const char *data, gsize length, const char *key)
{
  gsize close_start = 0;
  gsize key_length = strlen (key);

  if (front_matter_end (data, length, &close_start) == 0)
    return NULL;

  for (gsize start = line_end (data, length, 0); start < close_start;
       start = line_end (data, length, start))
    {
      gsize end = line_end (data, length, start);

      if (end - start > key_length && memcmp (data + start, key, key_length) == 0
          && data[start + key_length] == ':')
        {
          gsize value_end = end;

          while (value_end > start && (data[value_end - 1] == '\n' || data[value_end - 1] == '\r'))
            value_end--;
          return g_strndup (data + start + key_length + 1, value_end - start - key_length - 1);
        }
    }

  return NULL;
}

/**
 * ladder_family_folder_is_level_page:
 * @data: a page's bytes
 * @length: their length
 * @weight: (out) (optional): the page's weight, %G_MAXINT64 when it is not
 *   a number
 *
 * Returns: whether the page's front matter has a `weight:`, as the level
 *   pages of a folder family do
 */
gboolean
ladder_family_folder_is_level_page (const char *data, gsize length, gint64 *weight)
{
  g_autofree char *yaml = front_matter_yaml (data, length, "weight");
  g_autofree char *value = NULL;
  char            *end = NULL;
  gint64           number;

  if (yaml == NULL)
    return FALSE;

  value = ladder_yaml_decode_scalar (yaml);
  number = value != NULL ? g_ascii_strtoll (g_strstrip (value), &end, 10) : 0;
  if (weight != NULL)
    *weight = value != NULL && end != value && *end == '\0' ? number : G_MAXINT64;

  return TRUE;
}

/* The lowest level of the ATX headings outside code blocks; 7 for none. */
static int
lowest_heading_level (const char *data, gsize length, gsize start)
{
  int      lowest = 7;
  gboolean in_fence = FALSE;

  for (; start < length; start = line_end (data, length, start))
    {
      const char *line = data + start;
      gsize       available = length - start;
      gsize       indent = 0;
      int         level = 0;

      while (indent < 3 && indent < available && line[indent] == ' ')
        indent++;

      if (available - indent >= 3
          && (strncmp (line + indent, "```", 3) == 0 || strncmp (line + indent, "~~~", 3) == 0))
        in_fence = !in_fence;
      if (in_fence)
        continue;

      while (indent + (gsize) level < available && line[indent + level] == '#' && level < 7)
        level++;
      if (level >= 1 && level <= 6
          && (indent + (gsize) level == available || line[indent + level] == ' '
              || line[indent + level] == '\n' || line[indent + level] == '\t'))
        lowest = MIN (lowest, level);
    }

  return lowest;
}

static gsize
skip_blank_lines (const char *data, gsize length, gsize start)
{
  while (start < length)
    {
      gsize end = line_end (data, length, start);
      gsize i = start;

      while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
      if (i < end)
        break;
      start = end;
    }

  return start;
}

/* Takes out the heading a level page was read with. */
GBytes *
ladder_family_folder_strip_heading (const char *text, gsize length)
{
  gsize       start = skip_blank_lines (text, length, front_matter_end (text, length, NULL));
  gsize       end;
  GByteArray *out;

  if (start >= length || text[start] != '#')
    return NULL;

  end = line_end (text, length, start);
  if (end < length && text[end] == '\n')
    end++;

  out = g_byte_array_sized_new (length);
  g_byte_array_append (out, (const guint8 *) text, start);
  g_byte_array_append (out, (const guint8 *) text + end, length - end);
  return g_byte_array_free_to_bytes (out);
}

static char *
page_title (const char *data, gsize length, const char *name)
{
  g_autofree char *yaml = front_matter_yaml (data, length, "title");
  g_autofree char *title = yaml != NULL ? ladder_yaml_decode_scalar (yaml) : NULL;

  if (title != NULL && *g_strstrip (title) != '\0')
    return g_steal_pointer (&title);

  return g_strndup (name, g_str_has_suffix (name, ".md") ? strlen (name) - 3 : strlen (name));
}

/**
 * ladder_family_folder_level_text:
 * @data: a level page's text
 * @length: the length of @data
 * @name: the page's file name, its role's title when its front matter has
 *   none
 * @level: (out) (optional): the level of the role's heading
 * @heading_line: (out) (optional): the line of the text the role's heading
 *   is on, from 1; that line and the blank one after it are not the page's,
 *   and the page's lines from there on are two lines further down
 *
 * The text a level page is read as: the page with a heading for its role,
 * titled as its front matter says, where its body starts, one level above
 * the page's own headings.
 *
 * Returns: (transfer full) (nullable): that text, or %NULL when the page
 *   has a top-level (#) heading, which leaves no level for its role's
 */
char *
ladder_family_folder_level_text (const char *data,
                                 gsize       length,
                                 const char *name,
                                 int        *level,
                                 guint      *heading_line)
{
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GString         *text;
  gsize            body;
  int              lowest;

  body = skip_blank_lines (data, length, front_matter_end (data, length, NULL));
  lowest = lowest_heading_level (data, length, body);
  if (lowest == 1)
    return NULL;

  title = page_title (data, length, name);
  heading = ladder_block_title_heading (lowest == 7 ? 2 : lowest - 1, title);

  text = g_string_sized_new (length + strlen (heading) + 2);
  g_string_append_len (text, data, (gssize) body);
  g_string_append (text, heading);
  g_string_append (text, "\n\n");
  g_string_append_len (text, data + body, (gssize) (length - body));

  if (level != NULL)
    *level = lowest == 7 ? 2 : lowest - 1;
  if (heading_line != NULL)
    {
      guint line = 1;

      for (const char *p = memchr (data, '\n', body); p != NULL;
           p = memchr (p + 1, '\n', body - (gsize) (p + 1 - data)))
        line++;
      *heading_line = line;
    }

  return g_string_free (text, FALSE);
}

static gboolean
load_level (LadderFolderPage  *page,
            const char        *display_name,
            const char *const *other_titles,
            GError           **error)
{
  gsize       length;
  const char *data = g_bytes_get_data (page->contents, &length);
  g_autoptr (LadderFamily) plain = NULL;
  g_autofree char *text = NULL;
  guint            n_roles;

  if (data == NULL)
    data = "";

  /* Read once as it is, so that errors give the page's own lines. */
  plain = ladder_markdown_import (data, length, display_name, error);
  if (plain == NULL)
    return FALSE;

  text = ladder_family_folder_level_text (data, length, page->name, &page->level, NULL);
  if (text == NULL)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, display_name, 0, 0,
                           _ ("a level page of a family folder cannot have a top-level (#) "
                              "heading"));
      return FALSE;
    }

  page->shell
      = ladder_markdown_import_among (text, strlen (text), display_name, other_titles, error);
  if (page->shell == NULL)
    return FALSE;

  n_roles = g_list_model_get_n_items (ladder_family_get_roles (page->shell));
  if (n_roles != 1)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, display_name, 0, 0,
                           ngettext ("a level page of a family folder describes one role; "
                                     "this one has %u role",
                                     "a level page of a family folder describes one role; "
                                     "this one has %u roles",
                                     n_roles),
                           n_roles);
      return FALSE;
    }

  return TRUE;
}

static int
compare_pages (gconstpointer a, gconstpointer b)
{
  const LadderFolderPage *first = *(LadderFolderPage *const *) a;
  const LadderFolderPage *second = *(LadderFolderPage *const *) b;

  if (first->weight != second->weight)
    return first->weight < second->weight ? -1 : 1;

  return strcmp (first->name, second->name);
}

static GBytes *
read_child (GFile *folder, const char *name, GError **error)
{
  g_autoptr (GFile) file = g_file_get_child (folder, name);
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _ ("%s is not a local file"), name);
      return NULL;
    }

  return ladder_file_read_bounded (path, error);
}

/* The family of a folder's files: @pages (LadderFolderPage with a name and
 * contents, taken) are the folder's other pages, of which those with a
 * `weight:` are its levels. */
static LadderFamilyFolder *
read_pages (GFile        *folder,
            GBytes       *index_contents,
            GPtrArray    *pages,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr (LadderFamilyFolder) self = NULL;
  g_autoptr (GPtrArray) owned = pages;
  g_autoptr (GFile) index_file = NULL;
  g_autofree char *index_name = NULL;
  g_autofree char *folder_name = NULL;
  GListModel      *roles;
  gsize            length;
  const char      *data;
  guint            levels_region = 0;
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  self = g_object_new (LADDER_TYPE_FAMILY_FOLDER, NULL);
  self->folder = g_object_ref (folder);
  self->index_contents = g_bytes_ref (index_contents);
  folder_name = g_file_get_parse_name (folder);

  index_file = g_file_get_child (folder, LADDER_FAMILY_FOLDER_INDEX);
  index_name = g_file_get_parse_name (index_file);
  data = g_bytes_get_data (self->index_contents, &length);
  self->family = ladder_markdown_import (data != NULL ? data : "", length, index_name, error);
  if (self->family == NULL)
    return NULL;

  roles = ladder_family_get_roles (self->family);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    g_ptr_array_add (self->index_roles, g_list_model_get_item (roles, i));

  /* The levels stand in no run of roles of _index.md: a region of their
   * own, past those of its sections. With the region of _index.md's
   * first run (its "Specialties", say), they were listed under that
   * heading, and a level could be moved in among those roles, which no
   * page can show: saved, nothing was written, and the family reopened
   * in its old order. */
  {
    GListModel *sections = ladder_family_get_sections (self->family);

    for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
      {
        g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

        if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
          levels_region++;
      }
  }

  for (guint i = 0; i < owned->len;)
    {
      LadderFolderPage *page = g_ptr_array_index (owned, i);
      gint64            weight;

      data = g_bytes_get_data (page->contents, &length);
      if (data == NULL || !ladder_family_folder_is_level_page (data, length, &weight))
        {
          i++;
          continue;
        }

      page->weight = page->first_weight = weight;
      g_ptr_array_add (self->pages, g_ptr_array_steal_index (owned, i));
    }

  if (self->pages->len == 0)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, folder_name, 0, 0,
                           _ ("the folder has no level pages (pages with a weight)"));
      return NULL;
    }

  g_ptr_array_sort (self->pages, compare_pages);

  /* A level's "Extends that of the …" names another level, which has a
   * page of its own: each page is read knowing the others' titles. It was
   * read as a bullet, the level extending none, and a level renamed left
   * the pages extending it naming a level that is no more. */
  for (guint i = 0; i < self->index_roles->len; i++)
    g_ptr_array_add (titles,
                     g_strdup (ladder_role_get_title (g_ptr_array_index (self->index_roles, i))));
  for (guint i = 0; i < self->pages->len; i++)
    {
      LadderFolderPage *page = g_ptr_array_index (self->pages, i);

      data = g_bytes_get_data (page->contents, &length);
      g_ptr_array_add (titles, page_title (data != NULL ? data : "", length, page->name));
    }
  g_ptr_array_add (titles, NULL);

  for (guint i = 0; i < self->pages->len; i++)
    {
      LadderFolderPage *page = g_ptr_array_index (self->pages, i);
      g_autoptr (GFile) file = g_file_get_child (folder, page->name);
      g_autofree char *name = g_file_get_parse_name (file);
      g_autoptr (LadderRole) shell_role = NULL;
      LadderRole *role;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (!load_level (page, name, (const char *const *) titles->pdata, error))
        return NULL;

      shell_role = g_list_model_get_item (ladder_family_get_roles (page->shell), 0);
      role = ladder_role_copy (shell_role);
      ladder_role_set_region (role, levels_region);
      ladder_family_append_role (self->family, role);
      page->role = role;
    }

  return g_steal_pointer (&self);
}

/**
 * ladder_family_folder_read:
 * @folder: a folder holding `_index.md` and level pages
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a family folder. A folder without `_index.md` or without a level
 * page (a page whose front matter has a `weight:`) is not a family folder:
 * %LADDER_ERROR_NOT_A_FAMILY.
 *
 * Returns: (transfer full) (nullable): the folder family
 */
LadderFamilyFolder *
ladder_family_folder_read (GFile *folder, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileEnumerator) children = NULL;
  g_autoptr (GBytes) index_contents = NULL;
  g_autoptr (GPtrArray) pages = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  index_contents = read_child (folder, LADDER_FAMILY_FOLDER_INDEX, error);
  if (index_contents == NULL)
    return NULL;

  children = g_file_enumerate_children (
      folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
      G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return NULL;

  pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  for (;;)
    {
      GFileInfo        *info = NULL;
      const char       *name;
      LadderFolderPage *page;

      if (!g_file_enumerator_iterate (children, &info, NULL, cancellable, error))
        return NULL;
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (!g_str_has_suffix (name, ".md") || strcmp (name, LADDER_FAMILY_FOLDER_INDEX) == 0
          || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        continue;

      page = g_new0 (LadderFolderPage, 1);
      page->name = g_strdup (name);
      page->contents = read_child (folder, name, error);
      g_ptr_array_add (pages, page);
      if (page->contents == NULL)
        return NULL;
    }

  return read_pages (folder, index_contents, g_steal_pointer (&pages), cancellable, error);
}

/**
 * ladder_family_folder_read_contents:
 * @folder: where the files are (or were)
 * @index_contents: the contents of `_index.md`
 * @names: (element-type utf8): the names of the folder's other pages
 * @contents: (element-type GBytes): their contents, one for each name
 * @error: return location for a #GError
 *
 * Reads a family folder from files in memory, such as the folder's pages
 * as they are in a commit; see ladder_family_folder_read().
 *
 * Returns: (transfer full) (nullable): the folder family
 */
LadderFamilyFolder *
ladder_family_folder_read_contents (GFile     *folder,
                                    GBytes    *index_contents,
                                    GPtrArray *names,
                                    GPtrArray *contents,
                                    GError   **error)
{
  GPtrArray *pages;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (index_contents != NULL, NULL);
  g_return_val_if_fail (names != NULL && contents != NULL && names->len == contents->len, NULL);

  pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char       *name = g_ptr_array_index (names, i);
      LadderFolderPage *page;

      if (!g_str_has_suffix (name, ".md") || strcmp (name, LADDER_FAMILY_FOLDER_INDEX) == 0)
        continue;

      page = g_new0 (LadderFolderPage, 1);
      page->name = g_strdup (name);
      page->contents = g_bytes_ref (g_ptr_array_index (contents, i));
      g_ptr_array_add (pages, page);
    }

  return read_pages (folder, index_contents, pages, NULL, error);
}

static void
read_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GError             *error = NULL;
  LadderFamilyFolder *folder = ladder_family_folder_read (task_data, cancellable, &error);

  if (folder == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, folder, g_object_unref);
}

void
ladder_family_folder_read_async (GFile              *folder,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_family_folder_read_async);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

LadderFamilyFolder *
ladder_family_folder_read_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
ladder_family_folder_get_folder (LadderFamilyFolder *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY_FOLDER (self), NULL);

  return self->folder;
}

/**
 * ladder_family_folder_get_family:
 * @self: a folder family
 *
 * Returns: (transfer none): the family as it was read
 */
LadderFamily *
ladder_family_folder_get_family (LadderFamilyFolder *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY_FOLDER (self), NULL);

  return self->family;
}

/**
 * ladder_family_folder_dup_files:
 * @self: a folder family
 *
 * Returns: (transfer full) (element-type GFile): the files the family is
 *   made of: `_index.md`, then the level pages in order
 */
GPtrArray *
ladder_family_folder_dup_files (LadderFamilyFolder *self)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LADDER_IS_FAMILY_FOLDER (self), NULL);

  g_ptr_array_add (files, g_file_get_child (self->folder, LADDER_FAMILY_FOLDER_INDEX));
  for (guint i = 0; i < self->pages->len; i++)
    {
      LadderFolderPage *page = g_ptr_array_index (self->pages, i);

      g_ptr_array_add (files, g_file_get_child (self->folder, page->name));
    }

  return files;
}
